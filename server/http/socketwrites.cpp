// Write bookkeeping for plain and TLS sockets.
#include "socketwrites.h"

#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace parley::server {

namespace {

void shutdownWrite(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // TLS too: every byte of the answer is out (with its length), so no close_notify is needed.
    ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
#else
    socket->disconnectFromHost();
#endif
}

} // namespace

qint64 unsentBytes(const QTcpSocket *socket)
{
    qint64 unsent = socket->bytesToWrite();
    if (const auto *secure = qobject_cast<const QSslSocket *>(socket))
        unsent += secure->encryptedBytesToWrite();
    return unsent;
}

void onBytesSent(QTcpSocket *socket, QObject *context, const std::function<void()> &sent)
{
    QObject::connect(socket, &QIODevice::bytesWritten, context, sent);
    // A TLS socket reports bytesWritten when it encrypts; these left for the network.
    if (auto *secure = qobject_cast<QSslSocket *>(socket))
        QObject::connect(secure, &QSslSocket::encryptedBytesWritten, context, sent);
}

void closeWriteSide(QTcpSocket *socket)
{
    if (auto *secure = qobject_cast<QSslSocket *>(socket)) {
        // QSslSocket emits bytesWritten when it has encrypted, before it hands the encrypted
        // bytes to the network: look again once that is done, and wait for the rest if any.
        QMetaObject::invokeMethod(
            secure,
            [secure] {
                if (unsentBytes(secure) == 0)
                    return shutdownWrite(secure);
                QObject::connect(
                    secure, &QSslSocket::encryptedBytesWritten, secure,
                    [secure] { closeWriteSide(secure); }, Qt::SingleShotConnection);
            },
            Qt::QueuedConnection);
        return;
    }
    shutdownWrite(socket);
}

} // namespace parley::server
