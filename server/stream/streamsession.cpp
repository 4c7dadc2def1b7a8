// One stream client: authentication, then batches of changes.
#include "streamsession.h"

#include "app/servercontext.h"
#include "common/logcategories.h"
#include "framecache.h"
#include "store/changelog.h"
#include "sync/syncservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace parley::server {

using protocol::Error;
namespace Code = protocol::ErrorCode;

StreamSession::StreamSession(
    std::unique_ptr<QWebSocket> socket, ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_context(context)
{
    m_socket->setMaxAllowedIncomingMessageSize(MaxIncomingBytes);
    m_socket->setMaxAllowedIncomingFrameSize(MaxIncomingBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &StreamSession::onTextMessage);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        closeWithError(Error::make(
            Code::InvalidJson, QStringLiteral("The stream accepts JSON text frames only.")));
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &StreamSession::finished);
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, &StreamSession::resumeCatchUp);
    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        closeWithError(Error::make(Code::MissingToken,
            QStringLiteral("Authenticate within %1 seconds of connecting.")
                .arg(AuthTimeoutMs / 1000)));
    });
    m_authTimer.start(AuthTimeoutMs);
}

StreamSession::~StreamSession() = default;

void StreamSession::onTextMessage(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return closeWithError(
            Error::make(Code::InvalidJson, QStringLiteral("Each frame must be a JSON object.")));
    const QJsonObject frame = document.object();
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (!m_principal) {
        if (type != QLatin1String("auth"))
            return closeWithError(Error::make(Code::MissingToken,
                QStringLiteral("The first frame must be {\"type\": \"auth\", \"token\": ...}.")));
        return authenticate(frame);
    }
    if (type == QLatin1String("ping")) {
        if (!recheckSession())
            return;
        sendFrame(QJsonObject { { QStringLiteral("type"), QStringLiteral("pong") } });
        return;
    }
    sendFrame(QJsonObject { { QStringLiteral("type"), QStringLiteral("error") },
        { QStringLiteral("error"),
            Error::make(Code::InvalidField,
                QStringLiteral("Unknown frame type; the stream accepts \"ping\" after \"auth\"."),
                QJsonObject { { QStringLiteral("field"), QStringLiteral("type") } })
                .toJson() } });
}

void StreamSession::authenticate(const QJsonObject &frame)
{
    const QJsonValue token = frame.value(QStringLiteral("token"));
    if (!token.isString() || token.toString().isEmpty())
        return closeWithError(Error::make(Code::MissingToken,
            QStringLiteral("The auth frame needs the session token in \"token\".")));
    const QJsonValue since = frame.value(QStringLiteral("since"));
    // toInteger(-1): a fraction, or a number too large to be an exact qint64 (1e300), is no
    // cursor; converting such a double to qint64 would be undefined behaviour.
    if (!since.isUndefined() && !since.isNull() && (!since.isDouble() || since.toInteger(-1) < 0))
        return closeWithError(Error::make(Code::InvalidField,
            QStringLiteral("\"since\" must be a non-negative integer."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("since") } }));
    auto principal = m_context.auth().authenticate(token.toString());
    if (!principal)
        return closeWithError(principal.error());
    if (since.isDouble()) {
        m_cursor = since.toInteger();
    } else {
        auto latest = ChangeLog(m_context.db()).latestSeq(principal->firmId);
        if (!latest)
            return closeWithError(latest.error());
        m_cursor = latest.value();
    }
    m_principal = principal.value();
    m_authTimer.stop();
    qCDebug(lcStream) << "stream ready for user" << m_principal->userId();
    sendFrame(QJsonObject { { QStringLiteral("type"), QStringLiteral("ready") },
        { QStringLiteral("user_id"), m_principal->userId() },
        { QStringLiteral("since"), m_cursor } });
    pushChanges();
}

void StreamSession::pushChanges()
{
    if (!m_principal)
        return;
    // Page by page, each in a read view of its own and sent before the next is read, so a
    // long way back is never held in memory at once.
    m_catchingUp = true;
    while (m_socket->bytesToWrite() < CatchUpPauseBytes) {
        auto batch = m_context.sync().changesSince(*m_principal, m_cursor);
        if (!batch) {
            m_catchingUp = false;
            return closeWithError(batch.error());
        }
        if (!batch->changes.isEmpty())
            sendText(batchFrame(batch.value()));
        m_cursor = batch->next;
        if (!batch->hasMore) {
            m_catchingUp = false;
            return;
        }
    }
    // Goes on from bytesWritten once the client has taken enough.
}

void StreamSession::deliver(const QStringList &frames, qint64 next, bool more)
{
    if (!m_principal || m_catchingUp)
        return;
    for (const QString &frame : frames)
        sendText(frame);
    m_cursor = next;
    if (m_socket->bytesToWrite() > MaxUnsentBytes)
        return dropUnread();
    if (more) {
        // Not from inside the round: its read view is still open on this connection.
        m_catchingUp = true;
        QMetaObject::invokeMethod(this, &StreamSession::resumeCatchUp, Qt::QueuedConnection);
    }
}

void StreamSession::resumeCatchUp()
{
    if (m_catchingUp && m_socket->bytesToWrite() < CatchUpPauseBytes)
        pushChanges();
}

void StreamSession::dropUnread()
{
    qCInfo(lcStream) << "dropping a stream whose client stopped reading:"
                     << m_socket->bytesToWrite() << "bytes unsent";
    m_catchingUp = false;
    m_principal.reset();
    m_socket->abort();
}

bool StreamSession::recheckSession()
{
    if (!m_principal)
        return false;
    auto alive = m_context.auth().checkSession(m_principal->tokenId);
    if (!alive) {
        closeWithError(alive.error());
        return false;
    }
    return true;
}

void StreamSession::closeWithError(const Error &error)
{
    m_authTimer.stop();
    qCInfo(lcStream) << "closing stream:" << error.code;
    sendFrame(QJsonObject { { QStringLiteral("type"), QStringLiteral("error") },
        { QStringLiteral("error"), error.toJson() } });
    m_principal.reset();
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, error.code);
}

void StreamSession::sendFrame(const QJsonObject &frame)
{
    sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamSession::sendText(const QString &text)
{
    m_socket->sendTextMessage(text);
}

} // namespace parley::server
