// A streamed request on a connection of its own.
#include "transferconnection.h"

#include "common/errors.h"
#include "common/logcategories.h"
#include "http/socketwrites.h"
#include "httphead.h"

#include <QTcpSocket>

namespace parley::server {

namespace {
constexpr int DrainTimeoutMs = 5000;

TransferReply badRequest(const QString &message, int status = 400)
{
    return TransferReply::error(
        protocol::Error::make(protocol::ErrorCode::InvalidField, message), status);
}
} // namespace

TransferConnection::TransferConnection(QTcpSocket *socket, EndpointFor endpoints,
    const TransferLimits &limits, protocol::PieceBuffers *buffers)
    : QObject(socket)
    , m_socket(socket)
    , m_endpoints(std::move(endpoints))
    , m_limits(limits)
    , m_buffers(buffers)
{
    m_socket->setReadBufferSize(m_limits.readBufferBytes);
    connect(m_socket, &QIODevice::readyRead, this, &TransferConnection::readAvailable);
    onBytesSent(m_socket, this, [this] { pump(); });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_state == State::Body)
            abandonSink();
        m_state = State::Closing;
        m_idle.stop();
    });
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_state == State::Closing)
            m_socket->abort();
        else
            cutOff("idle");
    });
    m_idle.start(m_limits.idleTimeoutMs);
}

TransferConnection::~TransferConnection()
{
    abandonSink();
}

void TransferConnection::readAvailable()
{
    if (m_state == State::Head) {
        const QByteArray peeked = m_socket->peek(m_limits.maxHeaderBytes + 4);
        const qsizetype end = peeked.indexOf("\r\n\r\n");
        if (end < 0) {
            if (peeked.size() > m_limits.maxHeaderBytes)
                return cutOff("request head over the limit");
            return;
        }
        m_idle.start(m_limits.idleTimeoutMs);
        startRequest(m_socket->read(end + 4));
        return;
    }
    if (m_state == State::Body) {
        m_idle.start(m_limits.idleTimeoutMs);
        feedBody();
        return;
    }
    // Answering or closing: what the client still sends is not wanted.
    m_socket->skip(m_socket->bytesAvailable());
}

void TransferConnection::startRequest(const QByteArray &rawHead)
{
    m_requestTimer.start();
    const std::optional<HttpHead> head = HttpHead::parse(rawHead);
    if (!head) {
        m_drainAfterAnswer = true;
        return answer(badRequest(QStringLiteral("The request head cannot be read.")));
    }
    const std::optional<qint64> length = head->contentLength();
    if (head->chunked() || !length) {
        m_drainAfterAnswer = true;
        return answer(badRequest(
            QStringLiteral("Send the body with a Content-Length; chunked bodies are not accepted."),
            411));
    }
    TransferEndpoint *endpoint = m_endpoints(head->path);
    if (!endpoint) {
        m_drainAfterAnswer = *length > 0;
        return answer(TransferReply::error(notFound(QStringLiteral("The resource"))));
    }
    TransferEndpoint::Start start = endpoint->start(*head);
    if (!start.sink) {
        m_drainAfterAnswer = *length > 0;
        return answer(std::move(start.reply));
    }
    m_sink = std::move(start.sink);
    m_sink->cancel = [this] { cutOff("superseded by a newer request"); };
    m_sink->resume = [this] { feedBody(); };
    m_bodyRemaining = *length;
    m_state = State::Body;
    feedBody();
}

void TransferConnection::feedBody()
{
    while (m_sink && m_bodyRemaining > 0 && m_socket->bytesAvailable() > 0) {
        if (!m_sink->ready())
            return; // it calls resume() when it has caught up
        const qint64 want = std::min({ m_limits.pieceBytes, m_bodyRemaining,
            static_cast<qint64>(m_socket->bytesAvailable()) });
        // The sink may keep the array; it is reused once the sink lets go of it.
        const QByteArray piece = m_buffers->fill(
            want, [this](char *data, qsizetype size) { return m_socket->read(data, size); });
        if (piece.isEmpty())
            return;
        m_bodyRemaining -= piece.size();
        if (!m_sink->write(piece)) {
            m_drainAfterAnswer = m_bodyRemaining > 0;
            break;
        }
    }
    if (!m_sink || (m_bodyRemaining > 0 && !m_drainAfterAnswer))
        return;
    std::unique_ptr<BodySink> sink = std::move(m_sink);
    answer(sink->finish());
}

void TransferConnection::answer(TransferReply reply)
{
    m_state = State::Answering;
    m_reply = std::move(reply);
    if (m_answered)
        m_answered(m_reply.status, m_requestTimer.isValid() ? m_requestTimer.nsecsElapsed() : 0);
    m_socket->write(m_reply.head());
    if (m_reply.headOnly) {
        m_streamRemaining = 0;
    } else if (m_reply.stream) {
        m_streamRemaining = m_reply.streamLength;
    } else {
        m_socket->write(m_reply.body);
        m_streamRemaining = 0;
    }
    pump();
}

void TransferConnection::pump()
{
    if (m_state != State::Answering)
        return;
    m_idle.start(m_limits.idleTimeoutMs);
    while (m_streamRemaining > 0 && unsentBytes(m_socket) < m_limits.writeQueueBytes) {
        const qint64 want = std::min(m_limits.pieceBytes, m_streamRemaining);
        m_buffer.resize(want);
        const qint64 got = m_reply.stream->read(m_buffer.data(), want);
        if (got <= 0)
            return cutOff("file read failed");
        m_streamRemaining -= got;
        m_socket->write(m_buffer.constData(), got);
    }
    if (m_streamRemaining == 0 && unsentBytes(m_socket) == 0)
        closeAfterAnswer();
}

void TransferConnection::closeAfterAnswer()
{
    m_state = State::Closing;
    m_reply.stream.reset();
    // Close our side but keep reading a little (see closeWriteSide).
    closeWriteSide(m_socket);
    m_socket->skip(m_socket->bytesAvailable());
    m_idle.start(DrainTimeoutMs);
}

void TransferConnection::abandonSink()
{
    if (std::unique_ptr<BodySink> sink = std::move(m_sink))
        sink->abandon();
}

void TransferConnection::cutOff(const char *reason)
{
    qCInfo(lcTransfer) << "connection closed:" << reason;
    abandonSink();
    m_state = State::Closing;
    m_idle.stop();
    m_socket->abort();
}

} // namespace parley::server
