// Route matching.
#include "router.h"

namespace parley::server {

void Router::add(QHttpServerRequest::Method method, const QString &pattern, Access access,
    Handler handler, const QByteArray &bodyType)
{
    // {id} segments are decimal ids; anything else in their place is simply no route.
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QStringLiteral("\\{id\\}"), QStringLiteral("([0-9]{1,18})"));
    // A trailing {rest} takes whatever follows (the handler reads the path itself).
    regex.replace(QStringLiteral("\\{rest\\}"), QStringLiteral("(?:.*)"));
    m_routes.push_back(
        Route { method, pattern, QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$')),
            access, std::move(handler), bodyType });
}

Router::Match Router::resolve(QHttpServerRequest::Method method, const QString &path) const
{
    Match match;
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch found = route.regex.match(path);
        if (!found.hasMatch())
            continue;
        if (route.method != method) {
            allowed.append(methodName(route.method));
            continue;
        }
        match.route = &route;
        for (int i = 1; i <= found.lastCapturedIndex(); ++i)
            match.ids.append(found.captured(i).toLongLong());
        return match;
    }
    match.allowed = allowed.join(", ");
    return match;
}

QByteArray Router::methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

} // namespace parley::server
