// Serving the portal's files.
#include "portalpages.h"

#include "common/errors.h"

#include <QFile>
#include <QRegularExpression>

namespace parley::server {

namespace {
constexpr qint64 MaxLogoBytes = 1024 * 1024;

QByteArray typeOf(const QString &name)
{
    if (name.endsWith(QLatin1String(".js")))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(QLatin1String(".css")))
        return "text/css; charset=utf-8";
    if (name.endsWith(QLatin1String(".svg")))
        return "image/svg+xml";
    if (name.endsWith(QLatin1String(".png")))
        return "image/png";
    if (name.endsWith(QLatin1String(".jpg")) || name.endsWith(QLatin1String(".jpeg")))
        return "image/jpeg";
    if (name.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    return {};
}
} // namespace

PortalPages::PortalPages(QString logoPath)
    : m_logoPath(std::move(logoPath))
{ }

QList<QPair<QByteArray, QByteArray>> PortalPages::securityHeaders()
{
    return {
        { "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
            "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'" },
        { "X-Frame-Options", "DENY" },
        { "Referrer-Policy", "no-referrer" },
        { "Cross-Origin-Opener-Policy", "same-origin" },
        { "Cross-Origin-Resource-Policy", "same-origin" },
        { "Permissions-Policy", "camera=(), microphone=(), geolocation=()" },
    };
}

ApiReply PortalPages::serve(const QString &path) const
{
    static const QRegularExpression assetName(
        QStringLiteral("^/portal/assets/([a-z0-9-]{1,40}\\.(?:js|css|svg))$"));
    if (const auto asset = assetName.match(path); asset.hasMatch())
        return file(
            QStringLiteral(":/portal/") + asset.captured(1), typeOf(asset.captured(1)), true);
    if (path == QLatin1String("/portal/logo")) {
        const QByteArray type = typeOf(m_logoPath.toLower());
        if (m_logoPath.isEmpty() || type.isEmpty() || type.startsWith("text/"))
            return ApiReply::error(notFound(QStringLiteral("The firm's logo")));
        return file(m_logoPath, type, true);
    }
    if (path.startsWith(QLatin1String("/portal/assets/")))
        return ApiReply::error(notFound(QStringLiteral("The file")));
    return file(QStringLiteral(":/portal/index.html"), "text/html; charset=utf-8", false);
}

ApiReply PortalPages::file(const QString &resource, const QByteArray &type, bool cache) const
{
    QFile source(resource);
    if (!source.open(QIODevice::ReadOnly) || source.size() > MaxLogoBytes * 4)
        return ApiReply::error(notFound(QStringLiteral("The file")));
    ApiReply reply;
    reply.raw = source.read(MaxLogoBytes * 4);
    reply.rawType = type;
    reply.headers = securityHeaders();
    reply.headers.append(
        qMakePair(QByteArray("Cache-Control"), QByteArray(cache ? "no-cache" : "no-store")));
    return reply;
}

} // namespace parley::server
