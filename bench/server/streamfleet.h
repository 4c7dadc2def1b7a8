// StreamFleet: N WebSocket clients of /api/v1/stream, opened a few at a time, each signed in
// with one of the given tokens (several clients share a token). Every batch frame is scanned
// for benchmark messages (bodies starting with MessageMarker) and their arrival is written to
// the ledger under the client's number.
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QWebSocket;

namespace parley::bench {

class DeliveryLedger;

class StreamFleet : public QObject
{
    Q_OBJECT
public:
    // What the body of every benchmark message starts with, followed by its number.
    static constexpr const char *MessageMarker = "pbench-";
    // Handshakes under way at once (the server's listen backlog is small).
    static constexpr int MaxOpening = 32;

    StreamFleet(const QUrl &streamUrl, const QStringList &tokens, DeliveryLedger &ledger,
        QObject *parent = nullptr);
    ~StreamFleet() override;

    // Opens ledger.clients() streams; settled() once each is ready or has failed.
    void start();
    // Closes every stream.
    void stop();

    int ready() const { return m_ready; }
    int failed() const { return m_failed; }
    // Ready and still connected.
    int open() const { return m_ready - m_dropped; }

Q_SIGNALS:
    void settled();

private:
    void openNext();
    void onText(int client, const QString &text);
    void onGone(int client);
    void finishOpening();

    QUrl m_url;
    QStringList m_tokens;
    DeliveryLedger &m_ledger;
    QList<QWebSocket *> m_sockets;
    enum class Phase : quint8 { Opening, Ready, Gone };
    QList<Phase> m_phase;
    int m_next = 0;
    int m_opening = 0;
    int m_ready = 0;
    int m_failed = 0;
    int m_dropped = 0;
    bool m_stopping = false;
};

} // namespace parley::bench
