// Fan-out of committed changes to stream sessions.
#include "streamhub.h"

#include "app/servercontext.h"
#include "common/logcategories.h"
#include "pushround.h"
#include "streamsession.h"

#include <QAbstractHttpServer>
#include <QWebSocket>
#include <utility>

namespace parley::server {

StreamHub::StreamHub(QAbstractHttpServer &httpServer, ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_httpServer(httpServer)
    , m_context(context)
{
    connect(&m_httpServer, &QAbstractHttpServer::newWebSocketConnection, this,
        &StreamHub::acceptPending);
    connect(
        &m_context.events(), &ServerEvents::changesCommitted, this, &StreamHub::onChangesCommitted);
    // A commit finishes its HTTP answer first, and the commits of the next few milliseconds
    // join its push.
    m_pushTimer.setSingleShot(true);
    m_pushTimer.setInterval(PushDelayMs);
    connect(&m_pushTimer, &QTimer::timeout, this, &StreamHub::pushPending);
    connect(&m_context.events(), &ServerEvents::tokenRevoked, this, &StreamHub::onTokenRevoked);
    connect(&m_context.events(), &ServerEvents::accessRemoved, this, &StreamHub::onAccessRemoved);
    connect(
        &m_context.events(), &ServerEvents::sessionsRevoked, this, &StreamHub::onSessionsRevoked);
    connect(&m_sweep, &QTimer::timeout, this, &StreamHub::sweepExpired);
    m_sweep.start(SweepIntervalMs);
}

void StreamHub::acceptPending()
{
    while (m_httpServer.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_httpServer.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        if (socket->requestUrl().path() != QLatin1String(Path)) {
            // QtHttpServer 6.4 upgrades on any path; only the stream's is served.
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not_found"));
            socket.release()->deleteLater();
            continue;
        }
        auto *session = new StreamSession(std::move(socket), m_context, this);
        connect(session, &StreamSession::finished, this, [this, session] {
            m_sessions.removeAll(session);
            session->deleteLater();
        });
        m_sessions.append(session);
        qCDebug(lcStream) << "stream connected;" << m_sessions.size() << "open";
    }
}

QList<qint64> StreamHub::firmIds() const
{
    QList<qint64> firms;
    for (const QPointer<StreamSession> &session : m_sessions) {
        if (session && session->isReady() && !firms.contains(session->firmId()))
            firms.append(session->firmId());
    }
    return firms;
}

void StreamHub::onChangesCommitted(qint64 firmId)
{
    if (!m_pendingFirms.contains(firmId))
        m_pendingFirms.append(firmId);
    if (!m_pushTimer.isActive())
        m_pushTimer.start();
}

void StreamHub::pushPending()
{
    const QList<qint64> firms = std::exchange(m_pendingFirms, {});
    for (qint64 firmId : firms)
        pushFirm(firmId);
}

void StreamHub::pushFirm(qint64 firmId)
{
    QList<StreamSession *> sessions;
    for (const QPointer<StreamSession> &session : std::as_const(m_sessions)) {
        if (session && session->isReady() && session->firmId() == firmId)
            sessions.append(session.data());
    }
    if (sessions.isEmpty())
        return;
    // With several servers a commit is heard twice here (its own signal and the database's
    // notification) and others' commits arrive too: when nothing was committed since the last
    // push, the round reads only the latest seq.
    const PushRoundOutcome round
        = runPushRound(m_context.db(), firmId, sessions, m_pushedUpTo.value(firmId, -1));
    if (!round.complete) {
        // Cut short by a failed read: the sessions not yet served get another round.
        onChangesCommitted(firmId);
        return;
    }
    if (round.latest >= 0)
        m_pushedUpTo.insert(firmId, round.latest);
}

void StreamHub::onAccessRemoved(qint64 userId)
{
    closeWhere([userId](const StreamSession &session) { return session.userId() == userId; },
        protocol::Error::make(
            protocol::ErrorCode::Forbidden, QStringLiteral("Your access changed: sync again.")));
}

void StreamHub::onTokenRevoked(qint64 tokenId)
{
    closeWhere([tokenId](const StreamSession &session) { return session.tokenId() == tokenId; },
        protocol::Error::make(
            protocol::ErrorCode::InvalidToken, QStringLiteral("The session was signed out.")));
}

void StreamHub::onSessionsRevoked(qint64 userId)
{
    closeWhere([userId](const StreamSession &session) { return session.userId() == userId; },
        protocol::Error::make(protocol::ErrorCode::InvalidToken,
            QStringLiteral("You signed out on every device. Sign in again.")));
}

void StreamHub::closeWhere(
    const std::function<bool(const StreamSession &)> &pick, const protocol::Error &error)
{
    const auto sessions = m_sessions;
    for (const QPointer<StreamSession> &session : sessions) {
        if (session && session->isReady() && pick(*session))
            session->closeWithError(error);
    }
}

void StreamHub::sweepExpired()
{
    // A session that expires while its stream is open ends the stream too.
    const auto sessions = m_sessions;
    for (const QPointer<StreamSession> &session : sessions) {
        if (session && session->isReady())
            session->recheckSession();
    }
}

} // namespace parley::server
