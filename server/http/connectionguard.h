// ConnectionGuard: bounds what one HTTP connection can make the server buffer. QtHttpServer
// 6.4 keeps a whole request in memory, so the guard reads ahead of it: headers over the
// cap, bodies without a length, or idle connections are closed; a declared body over the
// cap gets 413 request_too_large and the connection is closed after the answer. A request
// a ConnectionTakeover claims (file transfers) leaves QtHttpServer with its connection.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace parley::server {

class ConnectionTakeover;

struct ConnectionLimits
{
    qint64 maxHeaderBytes = 64 * 1024;
    qint64 maxBodyBytes = 1024 * 1024;
    int idleTimeoutMs = 60 * 1000;
    int drainTimeoutMs = 5 * 1000;
};

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Must be created before the HTTP server connects to the socket, so the guard sees
    // each chunk of bytes first. httpServer is the receiver to cut off from a rejected
    // connection.
    ConnectionGuard(QTcpSocket *socket, QObject *httpServer, const ConnectionLimits &limits,
        ConnectionTakeover *takeover = nullptr);

private:
    enum class State {
        Headers, // reading a request head
        Body, // m_bodyRemaining bytes of the current body still to come
        Draining, // answered 413; discarding input until the client goes
        Passthrough, // upgraded to a WebSocket or taken over: no longer ours to read
    };

    void onReadyRead();
    void inspect(const QByteArray &bytes);
    // Returns false when the head is unacceptable and the connection was dealt with.
    bool acceptHead(const QByteArray &head);
    void reject413(qint64 declaredLength);
    void handOver();
    void closeNow(const char *reason);
    void finishDrain();

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    ConnectionLimits m_limits;
    State m_state = State::Headers;
    QByteArray m_head;
    bool m_headAtChunkStart = false; // the head being read began a socket read
    ConnectionTakeover *m_takeover;
    qint64 m_bodyRemaining = 0;
    QTimer m_timer;
};

} // namespace parley::server
