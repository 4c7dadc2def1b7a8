// libsodium initialisation.
#include "sodium.h"

#include "common/logcategories.h"

#include <sodium.h>

namespace parley::server {

bool ensureSodium()
{
    // sodium_init() is thread-safe and idempotent: 0 first time, 1 after, -1 on failure.
    static const bool ready = [] {
        const bool ok = sodium_init() >= 0;
        if (!ok)
            qCCritical(lcAuth) << "libsodium could not be initialised";
        return ok;
    }();
    return ready;
}

} // namespace parley::server
