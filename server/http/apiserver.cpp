// Request dispatch and JSON answers.
#include "apiserver.h"

#include "auth/authservice.h"
#include "clientaddress.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "metrics/httpmetrics.h"
#include "portal/portalsessions.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QJsonDocument>

namespace parley::server {

using protocol::Error;
namespace Code = protocol::ErrorCode;

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

ApiServer::ApiServer(const Router &router, AuthService &auth, HttpMetrics *metrics, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_auth(auth)
    , m_metrics(metrics)
{ }

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // QtHttpServer 6.4 hands a WebSocket upgrade to its WebSocket server when the handler
    // claims the request without answering it; StreamHub takes it from there.
    if (headerValue(request, "upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && request.url().path() == m_webSocketPath) {
        if (m_metrics)
            m_metrics->recordUpgrade();
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    QString routeName;
    const ApiReply reply = dispatch(request, socket->peerAddress(), &routeName);
    write(request, socket, reply);
    if (m_metrics)
        m_metrics->record(routeName, reply.status, timer.nsecsElapsed());
    // The route pattern, not the path: ids stay out of the log along with bodies and tokens.
    qCDebug(lcHttp).noquote() << Router::methodName(request.method()) << routeName << reply.status
                              << timer.elapsed() << "ms";
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, ApiReply::error(notFound(QStringLiteral("The resource"))));
}

ApiReply ApiServer::dispatch(
    const QHttpServerRequest &request, const QHostAddress &peer, QString *routeName)
{
    const QString path = request.url().path();
    const Router::Match match = m_router.resolve(request.method(), path);
    if (!match.route) {
        *routeName = QString::fromLatin1(HttpMetrics::Unmatched);
        if (!match.allowed.isEmpty()) {
            ApiReply reply = ApiReply::error(Error::make(Code::MethodNotAllowed,
                QStringLiteral("This address does not accept %1 requests.")
                    .arg(QString::fromLatin1(Router::methodName(request.method())))));
            reply.allow = match.allowed;
            return reply;
        }
        return ApiReply::error(
            Error::make(Code::NotFound, QStringLiteral("There is nothing at this address.")));
    }
    *routeName = match.route->pattern;
    if (const QByteArray origin = headerValue(request, "origin");
        !origin.isNull() && !sameOrigin(origin, headerValue(request, "host"), m_publicUrl)) {
        return ApiReply::error(Error::make(
            Code::CrossOrigin, QStringLiteral("Requests from other web sites are refused.")));
    }

    ApiRequest apiRequest;
    apiRequest.method = request.method();
    apiRequest.path = path;
    apiRequest.ids = match.ids;
    apiRequest.query = request.query();
    apiRequest.body = request.body();
    apiRequest.peer = peer;
    // Every X-Forwarded-For line in order, as one list (a proxy may add a line of its own).
    QByteArrayList forwardedFor;
    for (const auto &field : request.headers()) {
        if (field.first.compare("x-forwarded-for", Qt::CaseInsensitive) == 0)
            forwardedFor.append(field.second);
    }
    apiRequest.client = clientAddress(peer, forwardedFor.join(','), m_proxies);
    for (const auto &field : request.headers())
        apiRequest.headers.append({ field.first.toLower(), field.second });

    if (match.route->access == Router::Access::Authenticated) {
        const QByteArray authorization = headerValue(request, "authorization");
        const QString token = bearerToken(authorization);
        if (token.isEmpty())
            return ApiReply::error(Error::make(Code::MissingToken,
                QStringLiteral(
                    "Sign in first: the request needs an Authorization: Bearer token.")));
        auto principal = m_auth.authenticate(token);
        if (!principal)
            return ApiReply::error(principal.error());
        apiRequest.principal = principal.value();
    } else if (match.route->access == Router::Access::Portal) {
        auto principal = portalPrincipal(request);
        if (!principal)
            return ApiReply::error(principal.error());
        apiRequest.principal = principal.value();
    }

    const bool hasBody = !apiRequest.body.isEmpty();
    if (hasBody && request.method() != QHttpServerRequest::Method::Get) {
        const QByteArray contentType = headerValue(request, "content-type");
        const QByteArray mime = contentType.split(';').first().trimmed().toLower();
        if (mime != match.route->bodyType)
            return ApiReply::error(Error::make(Code::UnsupportedMediaType,
                QStringLiteral("Send the request body as %1.")
                    .arg(QString::fromLatin1(match.route->bodyType))));
    }
    return match.route->handler(apiRequest);
}

protocol::Result<Principal> ApiServer::portalPrincipal(const QHttpServerRequest &request) const
{
    const QString token = QString::fromLatin1(
        cookieValue(headerValue(request, "cookie"), PortalSessions::CookieName));
    if (token.isEmpty() || !m_portal)
        return Error::make(
            Code::MissingToken, QStringLiteral("Sign in first, with the link from your email."));
    auto principal = m_portal->authenticate(token);
    if (!principal)
        return principal;
    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Head
        && !PortalSessions::csrfMatches(token, headerValue(request, "x-csrf-token")))
        return Error::make(Code::CsrfFailed,
            QStringLiteral("The request did not come from the portal's own page: reload the "
                           "page and try again."));
    return principal;
}

void ApiServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    const bool raw = !reply.rawType.isEmpty();
    const QByteArray body
        = raw ? reply.raw : QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    responder.writeHeader("Content-Type", raw ? reply.rawType : QByteArray("application/json"));
    bool cacheControl = false;
    for (const auto &header : reply.headers) {
        cacheControl
            = cacheControl || header.first.compare("cache-control", Qt::CaseInsensitive) == 0;
        responder.writeHeader(header.first, header.second);
    }
    if (!cacheControl)
        responder.writeHeader("Cache-Control", "no-store");
    for (const auto &header : m_security.missingFrom(reply.headers))
        responder.writeHeader(header.first, header.second);
    if (!reply.allow.isEmpty())
        responder.writeHeader("Allow", reply.allow);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace parley::server
