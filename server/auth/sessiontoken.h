// SessionToken: opaque bearer tokens (32 random bytes, base64url) and their stored hash.
#pragma once

#include <QByteArray>
#include <QString>

namespace parley::server {

class SessionToken
{
public:
    // A fresh token; only the caller ever sees it in clear.
    static QString generate();
    // SHA-256 of the token text: what the database keeps, so a stolen database
    // holds no usable tokens.
    static QByteArray hash(const QString &token);
};

} // namespace parley::server
