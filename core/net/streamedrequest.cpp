// A request body streamed from a file over a socket of its own.
#include "streamedrequest.h"

#include "netlogging.h"

#include <QSslSocket>

namespace parley::net {

namespace {
constexpr qint64 PieceBytes = 1024 * 1024;
constexpr qint64 WriteQueueBytes = 4 * 1024 * 1024;
constexpr qsizetype MaxAnswerBytes = 1024 * 1024;
constexpr int IdleTimeoutMs = 60 * 1000;
} // namespace

QByteArray StreamedAnswer::header(const QByteArray &lowerName) const
{
    for (const auto &field : headers) {
        if (field.first == lowerName)
            return field.second;
    }
    return {};
}

StreamedRequest::StreamedRequest(const QUrl &url, const QByteArray &method, Headers headers,
    const QString &filePath, qint64 offset, qint64 length, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_method(method)
    , m_headers(std::move(headers))
    , m_file(filePath)
    , m_offset(offset)
    , m_length(length)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this,
        [this] { finish(tr("The server stopped answering for a minute.")); });
}

StreamedRequest::~StreamedRequest()
{
    abort();
}

void StreamedRequest::start()
{
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_offset)
        || m_file.size() < m_offset + m_length) {
        QMetaObject::invokeMethod(
            this, [this] { finish(tr("The file cannot be read any more.")); },
            Qt::QueuedConnection);
        return;
    }
    m_remaining = m_length;
    const bool tls = m_url.scheme() == QLatin1String("https");
    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QAbstractSocket::readyRead, this, &StreamedRequest::readAnswer);
    connect(socket, &QAbstractSocket::bytesWritten, this, &StreamedRequest::pump);
    connect(socket, &QAbstractSocket::disconnected, this, [this] { finish(); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // The answer may have arrived before the server closed: read what is there first.
        if (m_socket)
            readAnswer();
        finish(m_socket ? m_socket->errorString() : QString());
    });
    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::encrypted, this, &StreamedRequest::sendHead);
        ssl->connectToHostEncrypted(m_url.host(), port);
    } else {
        connect(socket, &QAbstractSocket::connected, this, &StreamedRequest::sendHead);
        socket->connectToHost(m_url.host(), port);
    }
    m_idle.start(IdleTimeoutMs);
}

void StreamedRequest::abort()
{
    m_done = true;
    m_idle.stop();
    if (QTcpSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void StreamedRequest::sendHead()
{
    QByteArray path = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (m_url.hasQuery())
        path += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = m_method + ' ' + path
        + " HTTP/1.1\r\nHost: " + m_url.authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    for (const auto &field : m_headers)
        head += field.first + ": " + field.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(m_length) + "\r\nConnection: close\r\n\r\n";
    m_socket->write(head);
    pump();
}

void StreamedRequest::pump()
{
    if (!m_socket || m_done)
        return;
    m_idle.start(IdleTimeoutMs);
    while (m_remaining > 0 && m_socket->bytesToWrite() < WriteQueueBytes) {
        // The socket queues the array as it is, without copying, and lets go once written.
        const QByteArray piece = m_buffers.fill(std::min(PieceBytes, m_remaining),
            [this](char *data, qsizetype size) { return m_file.read(data, size); });
        if (piece.isEmpty())
            return finish(tr("The file cannot be read any more."));
        m_socket->write(piece);
        m_remaining -= piece.size();
    }
    Q_EMIT progress(
        m_length - m_remaining - std::min<qint64>(m_socket->bytesToWrite(), m_length - m_remaining),
        m_length);
}

void StreamedRequest::readAnswer()
{
    if (!m_socket)
        return;
    m_received += m_socket->readAll();
    if (m_received.size() > MaxAnswerBytes)
        return finish(tr("The server's answer is too long."));
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    // The answer is complete once its declared body is here (or when the server closes).
    const QList<QByteArray> lines = m_received.left(end).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:")) {
            const qint64 length = line.mid(15).trimmed().toLongLong();
            if (m_received.size() - (end + 4) >= length)
                finish();
            return;
        }
    }
}

void StreamedRequest::finish(const QString &networkError)
{
    if (m_done)
        return;
    m_done = true;
    m_idle.stop();
    StreamedAnswer answer;
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    if (end >= 0) {
        const QList<QByteArray> lines = m_received.left(end).split('\n');
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        answer.status = status.size() >= 2 ? status.at(1).toInt() : 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                answer.headers.append({ lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed() });
        }
        answer.body = m_received.mid(end + 4);
    }
    if (answer.status == 0)
        answer.networkError
            = networkError.isEmpty() ? tr("The connection was closed.") : networkError;
    if (QTcpSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    qCDebug(lcNet) << "streamed request answered" << answer.status;
    Q_EMIT finished(answer);
}

} // namespace parley::net
