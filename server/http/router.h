// Router: method + path pattern ("/api/v1/matters/{id}") to handler, telling a path that
// does not exist (404) from a method the path does not accept (405).
#pragma once

#include "apireply.h"
#include "apirequest.h"

#include <QHttpServerRequest>
#include <QRegularExpression>
#include <functional>
#include <vector>

namespace parley::server {

class Router
{
public:
    // Authenticated: a staff bearer token. Portal: a client's portal session cookie, and on
    // any method but GET the session's CSRF token in X-CSRF-Token.
    enum class Access { Public, Authenticated, Portal };
    using Handler = std::function<ApiReply(const ApiRequest &)>;

    struct Route
    {
        QHttpServerRequest::Method method;
        QString pattern;
        QRegularExpression regex;
        Access access;
        Handler handler;
        // The request body type the route reads: JSON for the API; a webhook may take forms.
        QByteArray bodyType = "application/json";
    };

    struct Match
    {
        const Route *route = nullptr;
        QList<qint64> ids;
        // When the path exists with other methods only: those methods, for 405 + Allow.
        QByteArray allowed;
    };

    void add(QHttpServerRequest::Method method, const QString &pattern, Access access,
        Handler handler, const QByteArray &bodyType = "application/json");
    Match resolve(QHttpServerRequest::Method method, const QString &path) const;

    static QByteArray methodName(QHttpServerRequest::Method method);

private:
    std::vector<Route> m_routes;
};

} // namespace parley::server
