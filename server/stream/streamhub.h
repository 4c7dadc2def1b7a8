// StreamHub: accepts the WebSocket connections the HTTP server upgraded, keeps their
// sessions, pushes committed changes to them and closes those whose token was revoked or whose
// session expired (checked every SweepIntervalMs and on every ping). Commits are coalesced:
// the first one after a push waits PushDelayMs for others, then one push round per firm
// serves them all (see runPushRound), so a burst of messages costs one read per reader.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QAbstractHttpServer;

namespace parley::protocol {
struct Error;
}

namespace parley::server {

class ServerContext;
class StreamSession;

class StreamHub : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Path = "/api/v1/stream";
    static constexpr int SweepIntervalMs = 60 * 1000;
    static constexpr int PushDelayMs = 5;

    StreamHub(QAbstractHttpServer &httpServer, ServerContext &context, QObject *parent = nullptr);

    qsizetype sessionCount() const { return m_sessions.size(); }
    // The firms that have stream sessions now.
    QList<qint64> firmIds() const;

private:
    void acceptPending();
    void onChangesCommitted(qint64 firmId);
    // Runs a push round for every firm with commits since the last one.
    void pushPending();
    void pushFirm(qint64 firmId);
    void onTokenRevoked(qint64 tokenId);
    void onAccessRemoved(qint64 userId);
    void onSessionsRevoked(qint64 userId);
    // Closes every ready session the predicate picks with the error.
    void closeWhere(
        const std::function<bool(const StreamSession &)> &pick, const protocol::Error &error);
    void sweepExpired();

    QAbstractHttpServer &m_httpServer;
    ServerContext &m_context;
    QList<QPointer<StreamSession>> m_sessions;
    // Per firm, the latest seq every ready session had been pushed past.
    QHash<qint64, qint64> m_pushedUpTo;
    QList<qint64> m_pendingFirms;
    QTimer m_pushTimer;
    QTimer m_sweep;
};

} // namespace parley::server
