// InboxQuery as the query string of GET /api/v1/inbox.
#include "inboxquery.h"

namespace parley::net {

QUrlQuery InboxQuery::toUrlQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("view"), view);
    if (!search.trimmed().isEmpty())
        query.addQueryItem(
            QStringLiteral("q"), QString::fromUtf8(QUrl::toPercentEncoding(search.trimmed())));
    if (matterId)
        query.addQueryItem(QStringLiteral("matter_id"), QString::number(*matterId));
    if (clientId)
        query.addQueryItem(QStringLiteral("client_id"), QString::number(*clientId));
    if (unreadOnly)
        query.addQueryItem(QStringLiteral("unread"), QStringLiteral("1"));
    if (todoOnly)
        query.addQueryItem(QStringLiteral("todo"), QStringLiteral("1"));
    if (assignedToMe)
        query.addQueryItem(QStringLiteral("assigned"), QStringLiteral("me"));
    if (!sort.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), sort);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (offset > 0)
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return query;
}

} // namespace parley::net
