// StreamHub: accepts the WebSocket connections the HTTP server upgraded, keeps their
// sessions, pushes to them after every commit and closes those whose token was revoked.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractHttpServer;

namespace parley::server {

class ServerContext;
class StreamSession;

class StreamHub : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Path = "/api/v1/stream";

    StreamHub(QAbstractHttpServer &httpServer, ServerContext &context, QObject *parent = nullptr);

    qsizetype sessionCount() const { return m_sessions.size(); }

private:
    void acceptPending();
    void onChangesCommitted(qint64 firmId);
    void onTokenRevoked(qint64 tokenId);
    void onAccessRemoved(qint64 userId);

    QAbstractHttpServer &m_httpServer;
    ServerContext &m_context;
    QList<QPointer<StreamSession>> m_sessions;
};

} // namespace parley::server
