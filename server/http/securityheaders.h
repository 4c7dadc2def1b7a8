// SecurityHeaders: the response headers every answer of the server carries, so that a browser
// never frames, sniffs, refers from or runs anything it is given; a portal page replaces the
// Content-Security-Policy with its own (its scripts and styles). Served over HTTPS (here or
// at the public address) they also pin the browser to HTTPS (Strict-Transport-Security).
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace parley::server {

using HeaderFields = QList<QPair<QByteArray, QByteArray>>;

class SecurityHeaders
{
public:
    // An answer that is no page: JSON, files, errors.
    static constexpr const char *DefaultPolicy
        = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    explicit SecurityHeaders(bool https = false)
        : m_https(https)
    { }

    // The fields to write after an answer's own: each one the answer does not set itself.
    HeaderFields missingFrom(const HeaderFields &answer) const;

private:
    bool m_https;
};

} // namespace parley::server
