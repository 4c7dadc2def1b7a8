// Definitions of the parley-server logging categories.
#include "logcategories.h"

namespace parley::server {

Q_LOGGING_CATEGORY(lcHttp, "parley.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "parley.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "parley.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMessages, "parley.server.messages", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStream, "parley.server.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAdmin, "parley.server.admin", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransfer, "parley.server.transfer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "parley.server.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAutomation, "parley.server.automation", QtInfoMsg)

} // namespace parley::server
