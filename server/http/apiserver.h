// ApiServer: the HTTP front: parses requests (QtHttpServer), checks media type and bearer
// token, dispatches through the Router and writes every answer as JSON.
#pragma once

#include "apireply.h"
#include "router.h"

#include <QAbstractHttpServer>

namespace parley::server {

class AuthService;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(const Router &router, AuthService &auth, QObject *parent = nullptr);

    // Upgrades to a WebSocket are accepted on this path only (see StreamHub).
    void setWebSocketPath(const QString &path) { m_webSocketPath = path; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiReply dispatch(const QHttpServerRequest &request, QString *routeName);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply);

    const Router &m_router;
    AuthService &m_auth;
    QString m_webSocketPath;
};

// The bearer token of an Authorization header value, or empty.
QString bearerToken(const QByteArray &authorization);
// A header value, matched case-insensitively as HTTP requires.
QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

} // namespace parley::server
