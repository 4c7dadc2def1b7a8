// PortalPages: the web portal's own files, built into the server (resources/portal, no build
// step): /portal/assets/<file> as they are, /portal/logo from [firm] logo, and every other
// /portal path the single page (it reads its route from the address). Every page carries a
// strict Content-Security-Policy (its own scripts and styles only, nothing third-party),
// no framing and no referrer, so an invitation link in the address never leaks.
#pragma once

#include "http/apireply.h"

#include <QString>

namespace parley::server {

class PortalPages
{
public:
    // logoPath: the firm's logo file, or empty.
    explicit PortalPages(QString logoPath);

    ApiReply serve(const QString &path) const;

    static QList<QPair<QByteArray, QByteArray>> securityHeaders();

private:
    ApiReply file(const QString &resource, const QByteArray &type, bool cache) const;

    QString m_logoPath;
};

} // namespace parley::server
