// StreamClient: WebSocket life cycle, the auth frame, batch decoding and reconnects.
#include "streamclient.h"

#include "netlogging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::net {

using protocol::Error;
namespace ErrorCode = protocol::ErrorCode;

namespace {
// A connection that is not authenticated by then is given up and retried.
constexpr int HandshakeTimeoutMs = 20000;
} // namespace

StreamClient::StreamClient(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &StreamClient::open);
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcNet) << "stream handshake timed out";
        dropSocket();
        scheduleReconnect();
    });
}

StreamClient::~StreamClient()
{
    m_running = false;
    dropSocket();
}

void StreamClient::start(const QUrl &url, const QString &token, std::optional<qint64> since)
{
    stop();
    m_url = url;
    m_token = token;
    m_since = since;
    m_running = true;
    m_backoff.reset();
    open();
}

void StreamClient::stop()
{
    m_running = false;
    m_retryTimer.stop();
    dropSocket();
    setState(State::Offline);
}

int StreamClient::retryInMs() const
{
    return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : 0;
}

void StreamClient::dropSocket()
{
    m_handshakeTimer.stop();
    if (!m_socket)
        return;
    // Detach first: aborting emits disconnected, which must not schedule another attempt.
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void StreamClient::open()
{
    if (!m_running)
        return;
    // A fresh socket per attempt: a QWebSocket reused after a failed connection can stall.
    dropSocket();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &StreamClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &StreamClient::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &StreamClient::onText);
    // Qt 6.4 names the signal error(); a failed connect may not emit disconnected.
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError socketError) {
            qCInfo(lcNet) << "stream socket error" << socketError;
            if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState) {
                dropSocket();
                scheduleReconnect();
            }
        });
    setState(State::Connecting);
    qCDebug(lcNet) << "stream connecting to" << m_url.host() << m_url.port();
    m_handshakeTimer.start(HandshakeTimeoutMs);
    m_socket->open(m_url);
}

void StreamClient::onConnected()
{
    QJsonObject auth { { QStringLiteral("type"), QStringLiteral("auth") },
        { QStringLiteral("token"), m_token } };
    if (m_since)
        auth.insert(QStringLiteral("since"), *m_since);
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
}

void StreamClient::onDisconnected()
{
    qCInfo(lcNet) << "stream closed" << (m_socket ? int(m_socket->closeCode()) : 0);
    dropSocket();
    if (m_running)
        scheduleReconnect();
    else
        setState(State::Offline);
}

void StreamClient::onText(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject frame = doc.object();
    const QString type = frame.value(QStringLiteral("type")).toString();

    if (type == QLatin1String("ready")) {
        m_backoff.reset();
        m_handshakeTimer.stop();
        qCInfo(lcNet) << "stream ready";
        // Within one connection the server's batches are contiguous (it skips only changes
        // we may not see); a gap can only open when it starts later than we asked.
        const QJsonValue readySince = frame.value(QStringLiteral("since"));
        if (m_since && readySince.isDouble() && readySince.toInteger() > *m_since)
            Q_EMIT gapDetected(*m_since, readySince.toInteger());
        setState(State::Online);
        Q_EMIT ready(frame.value(QStringLiteral("user_id")).toInteger());
        return;
    }
    if (type == QLatin1String("batch")) {
        protocol::Result<protocol::SyncBatch> batch = protocol::SyncBatch::fromJson(frame);
        if (!batch) {
            qCWarning(lcNet) << "undecodable stream batch:" << batch.error().code;
            Q_EMIT errorOccurred(Error::make(ErrorCode::InvalidResponse,
                                     QStringLiteral("The server sent an unreadable update.")),
                false);
            return;
        }
        if (m_since && batch->next <= *m_since) {
            // Already applied (e.g. through a /sync catch-up): a duplicate, dropped.
            qCDebug(lcNet) << "dropping a duplicate stream batch up to" << batch->next;
            return;
        }
        m_since = batch->next;
        Q_EMIT batchReceived(batch.value());
        return;
    }
    if (type == QLatin1String("error")) {
        const Error error = Error::fromJson(frame.value(QStringLiteral("error")).toObject());
        const bool fatal = error.endsSession();
        qCInfo(lcNet) << "stream error" << error.code << (fatal ? "(fatal)" : "");
        if (fatal) {
            m_running = false;
            m_retryTimer.stop();
        }
        Q_EMIT errorOccurred(error, fatal);
        if (fatal)
            setState(State::Offline);
        return;
    }
    qCDebug(lcNet) << "ignoring stream frame of type" << type;
}

void StreamClient::scheduleReconnect()
{
    if (!m_running || m_retryTimer.isActive())
        return;
    const auto delay = m_backoff.next();
    qCInfo(lcNet) << "stream reconnecting in" << delay.count() << "ms";
    m_retryTimer.start(delay);
    setState(State::Waiting);
}

void StreamClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace parley::net
