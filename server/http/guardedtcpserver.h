// GuardedTcpServer: the listening socket QtHttpServer is bound to; it puts a
// ConnectionGuard on every accepted connection before the HTTP server sees it. With TLS set,
// every connection is a QSslSocket handed on only once its handshake has succeeded, so the
// API, the stream and the file transfers taken over from it all run over TLS.
#pragma once

#include "connectionguard.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

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
    // Serves TLS with this configuration (see TlsSettings); call before listening.
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool tls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ConnectionLimits m_limits;
    QPointer<QObject> m_httpServer;
    ConnectionTakeover *m_takeover = nullptr;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace parley::server
