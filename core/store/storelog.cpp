// The logging category of the local cache.
#include "storelog.h"

namespace parley::store {

Q_LOGGING_CATEGORY(lcStore, "parley.store")

} // namespace parley::store
