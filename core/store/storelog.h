// The logging category of the local cache; message bodies are never logged.
#pragma once

#include <QLoggingCategory>

namespace parley::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace parley::store
