// Logging categories of parley-server, one per area (never log bodies, tokens or passwords).
#pragma once

#include <QLoggingCategory>

namespace parley::server {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
// Sending, retries and deleting messages.
Q_DECLARE_LOGGING_CATEGORY(lcMessages)
Q_DECLARE_LOGGING_CATEGORY(lcStream)
Q_DECLARE_LOGGING_CATEGORY(lcAdmin)
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
// Templates, status rules and what they post; matter settings.
Q_DECLARE_LOGGING_CATEGORY(lcAutomation)

} // namespace parley::server
