// ReadMarker: tells the server which message the user has read, at most one request per
// conversation at a time, later wishes coalesced into the next request.
#pragma once

#include "protocol/receipt.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace parley::net {
class ApiClient;
}

namespace parley::sync {

class ReadMarker : public QObject
{
    Q_OBJECT

public:
    // api is not owned and must outlive the marker.
    explicit ReadMarker(net::ApiClient *api, QObject *parent = nullptr);

    // Marks the conversation read up to messageId, unless that is known read already; while
    // a request for the conversation is in flight only the highest wish is kept for later.
    void markRead(qint64 conversationId, qint64 messageId);
    // A receipt of the user's arrived (their own request's echo, or another device).
    void noteRead(qint64 conversationId, qint64 messageId);
    qint64 readUpTo(qint64 conversationId) const { return m_readUpTo.value(conversationId); }
    bool isInFlight(qint64 conversationId) const { return m_inFlight.contains(conversationId); }

Q_SIGNALS:
    // The server recorded these receipts (empty when all was read already).
    void marked(qint64 conversationId, const QList<parley::protocol::Receipt> &receipts);

private:
    void send(qint64 conversationId, qint64 messageId);

    net::ApiClient *m_api;
    QHash<qint64, qint64> m_readUpTo; // confirmed by the server
    QSet<qint64> m_inFlight;
    QHash<qint64, qint64> m_wanted; // the newest wish while a request was in flight
};

} // namespace parley::sync
