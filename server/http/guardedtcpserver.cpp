// Accepting connections with a guard attached.
#include "guardedtcpserver.h"

#include "common/logcategories.h"

#include <QTcpSocket>

namespace parley::server {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcHttp) << "cannot adopt an accepted connection:" << socket->errorString();
        delete socket;
        return;
    }
    new ConnectionGuard(socket, m_httpServer, m_limits, m_takeover);
    addPendingConnection(socket);
}

} // namespace parley::server
