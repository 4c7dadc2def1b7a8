// Accepting connections with a guard attached.
#include "guardedtcpserver.h"

#include "common/logcategories.h"

#include <QSslSocket>

namespace parley::server {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcHttp) << "cannot adopt an accepted connection:" << socket->errorString();
        delete socket;
        return;
    }
    // The guard's idle timer also ends a handshake that never finishes.
    new ConnectionGuard(socket, m_httpServer, m_limits, m_takeover);
    auto *secure = qobject_cast<QSslSocket *>(socket);
    if (!secure) {
        addPendingConnection(socket);
        return;
    }
    secure->setSslConfiguration(*m_tls);
    // Until the handshake succeeds the socket is ours to drop: plain HTTP, a failed handshake
    // or a client that goes away. From then on the HTTP server owns it.
    auto *handshake = new QObject(secure);
    connect(secure, &QSslSocket::encrypted, handshake, [this, secure, handshake] {
        delete handshake;
        addPendingConnection(secure);
    });
    const auto drop = [secure] {
        qCDebug(lcHttp) << "TLS handshake failed:" << secure->errorString();
        secure->abort();
        secure->deleteLater();
    };
    connect(secure, &QAbstractSocket::errorOccurred, handshake, drop);
    connect(secure, &QAbstractSocket::disconnected, handshake, drop);
    secure->startServerEncryption();
}

} // namespace parley::server
