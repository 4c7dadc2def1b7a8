// Request header fields read as pure functions of their values (the API server, the transfer
// listener and the portal share them; the fuzz targets drive them directly).
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace parley::server {

// Strict CORS: a request carrying an Origin (sent by browsers) is refused unless the origin is
// the server's own, by Host or by its public URL; no request is ever allowed cross-origin.
bool sameOrigin(const QByteArray &origin, const QByteArray &host, const QUrl &publicUrl);

// The bearer token of an Authorization header value, or empty.
QString bearerToken(const QByteArray &authorization);
// The value of a cookie in a Cookie header, or empty.
QByteArray cookieValue(const QByteArray &cookieHeader, const QByteArray &name);

} // namespace parley::server
