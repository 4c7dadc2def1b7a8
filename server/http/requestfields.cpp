// Reading the request header fields the servers share.
#include "requestfields.h"

namespace parley::server {

QString bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 7 || qstrnicmp(value.constData(), "bearer ", 7) != 0)
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

bool sameOrigin(const QByteArray &origin, const QByteArray &host, const QUrl &publicUrl)
{
    const QUrl url(QString::fromLatin1(origin));
    if (!url.isValid() || url.host().isEmpty())
        return false; // "null" (a sandboxed frame, a file) and anything unreadable
    const QString authority
        = url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    if (authority.compare(QString::fromLatin1(host), Qt::CaseInsensitive) == 0)
        return true;
    return publicUrl.isValid() && !publicUrl.host().isEmpty() && url.scheme() == publicUrl.scheme()
        && url.host().compare(publicUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == publicUrl.port(publicUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

QByteArray cookieValue(const QByteArray &cookieHeader, const QByteArray &name)
{
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray pair = part.trimmed();
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && pair.left(equals) == name)
            return pair.mid(equals + 1);
    }
    return {};
}

} // namespace parley::server
