// BenchSetup: on a server started with --demo, signs the demo's staff in (once each: stream
// clients share these tokens) and picks an open conversation every one of them sees; adds
// staff users of its own when more distinct readers are asked for (--readers).
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

// Creates `count` more staff users (`parley-server admin create-staff` on the running server's
// data folder and database, adminArgs) and signs each in: tokens of distinct readers, who all
// see the demo's unrestricted matters.
protocol::Result<QStringList> addStaffReaders(
    QNetworkAccessManager &nam, const QUrl &baseUrl, const QStringList &adminArgs, int count);

} // namespace parley::bench
