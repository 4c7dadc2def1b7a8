// StreamClient: the /api/v1/stream WebSocket: authenticates, delivers change batches and
// reconnects with jittered back-off, resuming from the last batch's `next`.
#pragma once

#include "backoff.h"
#include "protocol/error.h"
#include "protocol/syncbatch.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <optional>

namespace parley::net {

class StreamClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Offline, // not started, stopped, or given up (bad token)
        Connecting, // socket opening or waiting for "ready"
        Online, // authenticated; batches arrive
        Waiting, // lost; the next attempt is scheduled
    };
    Q_ENUM(State)

    explicit StreamClient(QObject *parent = nullptr);
    ~StreamClient() override;

    // url: ws(s)://host/api/v1/stream. since: resume after this change; none for live only.
    void start(const QUrl &url, const QString &token, std::optional<qint64> since);
    void stop();

    State state() const { return m_state; }
    // The `next` of the last batch received (what a reconnect resumes from).
    std::optional<qint64> since() const { return m_since; }
    // After a gap (e.g. a catch-up through /sync), continue after this change.
    void setSince(qint64 since) { m_since = since; }
    // Milliseconds until the next attempt while Waiting.
    int retryInMs() const;

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }

Q_SIGNALS:
    void stateChanged(parley::net::StreamClient::State state);
    void ready(qint64 userId);
    void batchReceived(const parley::protocol::SyncBatch &batch);
    // The server resumed after a later change than we asked for: catch up through /sync.
    void gapDetected(qint64 expectedSince, qint64 batchSince);
    // Errors the server reported or the socket hit; fatal ones stop reconnecting.
    void errorOccurred(const parley::protocol::Error &error, bool fatal);

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void scheduleReconnect();
    void dropSocket();
    void setState(State state);

    QWebSocket *m_socket = nullptr; // one per attempt, owned
    QTimer m_retryTimer;
    QTimer m_handshakeTimer;
    Backoff m_backoff;
    QUrl m_url;
    QString m_token;
    std::optional<qint64> m_since;
    State m_state = State::Offline;
    bool m_running = false;
};

} // namespace parley::net
