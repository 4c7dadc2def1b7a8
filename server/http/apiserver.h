// ApiServer: the HTTP front: parses requests (QtHttpServer), checks media type and bearer
// token, dispatches through the Router and writes every answer as JSON.
#pragma once

#include "apireply.h"
#include "common/addressranges.h"
#include "requestfields.h"
#include "router.h"
#include "securityheaders.h"

#include <QAbstractHttpServer>
#include <QUrl>

namespace parley::server {

class AuthService;
class HttpMetrics;
class PortalSessions;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // metrics (not owned, may be null) counts and times every answered request.
    ApiServer(
        const Router &router, AuthService &auth, HttpMetrics *metrics, QObject *parent = nullptr);

    // Upgrades to a WebSocket are accepted on this path only (see StreamHub).
    void setWebSocketPath(const QString &path) { m_webSocketPath = path; }
    // Authenticates the Portal routes (not owned; without it they answer invalid_token).
    void setPortal(PortalSessions *portal) { m_portal = portal; }
    // The address people reach the server at (behind a TLS proxy, say): requests sent by a web
    // page must come from it or from the address they were sent to (Host).
    void setPublicUrl(const QUrl &url) { m_publicUrl = url; }
    // The proxies whose X-Forwarded-For names the client (ApiRequest::client); loopback by
    // default.
    void setTrustedProxies(const AddressRanges &proxies) { m_proxies = proxies; }
    // Whether answers carry Strict-Transport-Security (served over HTTPS).
    void setStrictTransportSecurity(bool https) { m_security = SecurityHeaders(https); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiReply dispatch(
        const QHttpServerRequest &request, const QHostAddress &peer, QString *routeName);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply);

    const Router &m_router;
    protocol::Result<Principal> portalPrincipal(const QHttpServerRequest &request) const;

    AuthService &m_auth;
    HttpMetrics *m_metrics;
    PortalSessions *m_portal = nullptr;
    QString m_webSocketPath;
    QUrl m_publicUrl;
    AddressRanges m_proxies;
    SecurityHeaders m_security;
};

// A header value, matched case-insensitively as HTTP requires.
QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

} // namespace parley::server
