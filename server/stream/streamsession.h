// StreamSession: one WebSocket client of /api/v1/stream. The first frame must authenticate
// ({"type":"auth","token":...,"since":N}) within AuthTimeoutMs; after "ready" the session
// pushes every visible change as a {"type":"batch"} frame, starting after `since`.
#pragma once

#include "common/principal.h"
#include "protocol/error.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class QWebSocket;

namespace parley::server {

class ServerContext;

class StreamSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int AuthTimeoutMs = 10 * 1000;
    static constexpr qint64 MaxIncomingBytes = 16 * 1024;
    // Frames a client has not taken yet that the server keeps for it: beyond MaxUnsentBytes
    // a live stream is dropped (the client reconnects with its cursor and catches up); a
    // catch-up waits for the client above CatchUpPauseBytes, so neither grows without bound.
    static constexpr qint64 MaxUnsentBytes = 4 * 1024 * 1024;
    static constexpr qint64 CatchUpPauseBytes = 1024 * 1024;

    StreamSession(
        std::unique_ptr<QWebSocket> socket, ServerContext &context, QObject *parent = nullptr);
    ~StreamSession() override;

    qint64 firmId() const { return m_principal ? m_principal->firmId : 0; }
    qint64 tokenId() const { return m_principal ? m_principal->tokenId : 0; }
    qint64 userId() const { return m_principal ? m_principal->userId() : 0; }
    bool isReady() const { return m_principal.has_value(); }
    // Reading its way to the latest change on its own (after authenticating); push rounds
    // leave it alone until it is there.
    bool isCatchingUp() const { return m_catchingUp; }
    // Only while ready.
    const Principal &principal() const { return *m_principal; }
    // The seq up to which this session has been sent what it may see.
    qint64 cursor() const { return m_cursor; }

    // Catches up: sends the changes after the cursor that this user may see, page by page,
    // pausing while the client has CatchUpPauseBytes or more still to take.
    void pushChanges();
    // Sends frames read for this session's reader and cursor by a push round, then moves the
    // cursor to next. When the round stopped short of the latest change (more), the session
    // goes on catching up on its own, at its client's pace, as after authenticating.
    void deliver(const QStringList &frames, qint64 next, bool more);
    // Sends an error frame and closes, e.g. when the session's token was revoked.
    void closeWithError(const protocol::Error &error);
    // Closes the stream when its sign-in session has expired meanwhile; true while it lives.
    bool recheckSession();

Q_SIGNALS:
    void finished();

private:
    void onTextMessage(const QString &text);
    void authenticate(const QJsonObject &frame);
    void sendFrame(const QJsonObject &frame);
    void sendText(const QString &text);
    // Goes on catching up once the client has taken enough (and the caller's read is over).
    void resumeCatchUp();
    // Ends the stream at once, unsent frames and all, when its client stopped reading.
    void dropUnread();

    std::unique_ptr<QWebSocket> m_socket;
    ServerContext &m_context;
    std::optional<Principal> m_principal;
    qint64 m_cursor = 0;
    bool m_catchingUp = false;
    QTimer m_authTimer;
};

} // namespace parley::server
