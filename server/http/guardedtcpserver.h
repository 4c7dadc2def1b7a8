// GuardedTcpServer: the listening socket QtHttpServer is bound to; it puts a
// ConnectionGuard on every accepted connection before the HTTP server sees it.
#pragma once

#include "connectionguard.h"

#include <QPointer>
#include <QTcpServer>

namespace parley::server {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);

    // The HTTP server to cut off from connections the guard rejects.
    void setHttpServer(QObject *httpServer) { m_httpServer = httpServer; }
    // Who takes the connections of file transfers (not owned; outlives this server).
    void setTakeover(ConnectionTakeover *takeover) { m_takeover = takeover; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ConnectionLimits m_limits;
    QPointer<QObject> m_httpServer;
    ConnectionTakeover *m_takeover = nullptr;
};

} // namespace parley::server
