// Per-connection byte caps in front of QtHttpServer.
#include "connectionguard.h"

#include "common/logcategories.h"
#include "connectiontakeover.h"
#include "protocol/error.h"
#include "socketwrites.h"
#include "transfer/httphead.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace parley::server {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QObject *httpServer,
    const ConnectionLimits &limits, ConnectionTakeover *takeover)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_limits(limits)
    , m_takeover(takeover)
{
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Draining)
            finishDrain();
        else
            closeNow("idle");
    });
    m_timer.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    if (m_state == State::Passthrough)
        return;
    if (m_state == State::Draining) {
        m_socket->readAll();
        return;
    }
    m_timer.start(m_limits.idleTimeoutMs);
    // The HTTP server reads everything on each readyRead, so what is available now is
    // exactly what arrived since the last call.
    inspect(m_socket->peek(m_socket->bytesAvailable()));
}

void ConnectionGuard::inspect(const QByteArray &bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, bytes.size() - pos);
            m_bodyRemaining -= take;
            pos += take;
            if (m_bodyRemaining == 0)
                m_state = State::Headers;
            continue;
        }
        if (m_state != State::Headers)
            return;
        // Search only as far as the cap allows: a head that long is refused anyway.
        const qsizetype room = m_limits.maxHeaderBytes + 4 - m_head.size();
        const qsizetype take = std::min<qsizetype>(room, bytes.size() - pos);
        const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
        if (m_head.isEmpty())
            m_headAtChunkStart = pos == 0;
        m_head.append(bytes.constData() + pos, take);
        const qsizetype end = m_head.indexOf("\r\n\r\n", searchFrom);
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes)
                return closeNow("request head over the limit");
            pos += take;
            continue;
        }
        const qsizetype headLength = end + 4;
        pos += take - (m_head.size() - headLength);
        const QByteArray head = m_head.left(headLength);
        m_head.clear();
        if (!acceptHead(head))
            return;
        if (m_state == State::Passthrough)
            return;
    }
}

bool ConnectionGuard::acceptHead(const QByteArray &rawHead)
{
    const std::optional<HttpHead> head = HttpHead::parse(rawHead);
    if (!head) {
        closeNow("unreadable request head");
        return false;
    }
    if (m_takeover && m_takeover->claims(*head)) {
        // Pipelined behind another request, part of this read belongs to QtHttpServer.
        if (!m_headAtChunkStart) {
            closeNow("transfer request pipelined behind another request");
            return false;
        }
        handOver();
        return true;
    }
    if (head->chunked()) {
        // Without a declared length the body cannot be bounded before it is buffered.
        closeNow("body without a length");
        return false;
    }
    const std::optional<qint64> contentLength = head->contentLength();
    if (!contentLength) {
        closeNow("unreadable Content-Length");
        return false;
    }
    if (head->websocketUpgrade()) {
        // QtHttpServer hands the socket to its WebSocket server after this head; frames
        // are bounded by the stream code's message size limits from here on.
        m_state = State::Passthrough;
        m_timer.stop();
        return true;
    }
    if (*contentLength > m_limits.maxBodyBytes) {
        reject413(*contentLength);
        return false;
    }
    m_bodyRemaining = *contentLength;
    m_state = *contentLength > 0 ? State::Body : State::Headers;
    return true;
}

void ConnectionGuard::handOver()
{
    m_state = State::Passthrough;
    m_timer.stop();
    if (m_httpServer)
        disconnect(m_socket, nullptr, m_httpServer, nullptr);
    // QtHttpServer reads a request inside a socket transaction until it is complete: give
    // back what it read of this head, so the new owner reads the request from its start.
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_takeover->takeOver(m_socket);
}

void ConnectionGuard::reject413(qint64 declaredLength)
{
    qCInfo(lcHttp) << "request body over the limit of" << m_limits.maxBodyBytes
                   << "bytes; answering 413 and closing";
    if (m_httpServer)
        disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
    // Whatever the HTTP parser kept in the socket's transaction is released here.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    const protocol::Error error = protocol::Error::limit(protocol::ErrorCode::RequestTooLarge,
        QStringLiteral("The request body is larger than the limit of %1 bytes.")
            .arg(m_limits.maxBodyBytes),
        m_limits.maxBodyBytes, declaredLength);
    const QByteArray json = QJsonDocument(error.toBody()).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 413 Payload Too Large\r\n"
                          "Content-Type: application/json\r\n"
                          "Connection: close\r\n"
                          "Content-Length: "
        + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    m_socket->write(response);
    m_state = State::Draining;
    // Close our side once the answer is out, but keep reading a little.
    onBytesSent(m_socket, this, [this] {
        if (unsentBytes(m_socket) == 0)
            closeWriteSide(m_socket);
    });
    m_timer.start(m_limits.drainTimeoutMs);
}

void ConnectionGuard::closeNow(const char *reason)
{
    qCInfo(lcHttp) << "closing connection:" << reason;
    if (m_httpServer)
        disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
    m_timer.stop();
    m_state = State::Draining;
    m_socket->abort();
}

void ConnectionGuard::finishDrain()
{
    m_socket->abort();
}

} // namespace parley::server
