// StreamClient: WebSocket life cycle, the auth frame, batch decoding and reconnects.
#include "streamclient.h"

#include "netlogging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::net {

using protocol::Error;
namespace ErrorCode = protocol::ErrorCode;

StreamClient::StreamClient(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &StreamClient::open);
    connect(&m_socket, &QWebSocket::connected, this, &StreamClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &StreamClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &StreamClient::onText);
    // Qt 6.4 names the signal error(); a failed connect may not emit disconnected.
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError socketError) {
            qCInfo(lcNet) << "stream socket error" << socketError;
            if (m_running && m_socket.state() == QAbstractSocket::UnconnectedState)
                scheduleReconnect();
        });
}

StreamClient::~StreamClient()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
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
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    setState(State::Offline);
}

int StreamClient::retryInMs() const
{
    return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : 0;
}

void StreamClient::open()
{
    if (!m_running)
        return;
    setState(State::Connecting);
    qCDebug(lcNet) << "stream connecting to" << m_url.host() << m_url.port();
    m_socket.open(m_url);
}

void StreamClient::onConnected()
{
    QJsonObject auth { { QStringLiteral("type"), QStringLiteral("auth") },
        { QStringLiteral("token"), m_token } };
    if (m_since)
        auth.insert(QStringLiteral("since"), *m_since);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
}

void StreamClient::onDisconnected()
{
    qCInfo(lcNet) << "stream closed" << m_socket.closeCode();
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
        if (m_since && batch->since != *m_since && !batch->snapshot)
            Q_EMIT gapDetected(*m_since, batch->since);
        if (!m_since || batch->next > *m_since)
            m_since = batch->next;
        Q_EMIT batchReceived(batch.value());
        return;
    }
    if (type == QLatin1String("error")) {
        const Error error = Error::fromJson(frame.value(QStringLiteral("error")).toObject());
        const bool fatal = error.is(ErrorCode::InvalidToken) || error.is(ErrorCode::MissingToken);
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
