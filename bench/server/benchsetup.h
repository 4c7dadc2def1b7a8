// BenchSetup: on a server started with --demo, signs the demo's staff in (once each: stream
// clients share these tokens) and picks an open conversation every one of them sees.
#pragma once

#include "protocol/result.h"

#include <QStringList>

namespace parley::net {
class ApiClient;
}

class QNetworkAccessManager;
class QUrl;

namespace parley::bench {

struct BenchTarget
{
    QString senderToken; // the lawyer, who sends the messages
    QStringList streamTokens; // of every staff member who sees the conversation
    qint64 conversationId = 0;
};

protocol::Result<BenchTarget> prepareTarget(QNetworkAccessManager &nam, const QUrl &baseUrl);

} // namespace parley::bench
