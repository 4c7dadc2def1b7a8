// TOTP through liboath.
#include "totp.h"

#include "common/logcategories.h"
#include "sodium.h"

#include <QUrl>
#include <QUrlQuery>
#include <cstdlib>
#include <liboath/oath.h>
#include <sodium.h>

namespace parley::server {

namespace {

bool ensureOath()
{
    static const bool ready = [] {
        const int rc = oath_init();
        if (rc != OATH_OK)
            qCCritical(lcAuth) << "liboath could not be initialised:" << oath_strerror(rc);
        return rc == OATH_OK;
    }();
    return ready;
}

// The raw secret bytes, or empty when the text is not base32.
QByteArray decodeSecret(const QString &secretBase32)
{
    const QByteArray text = secretBase32.toLatin1();
    char *raw = nullptr;
    size_t length = 0;
    if (oath_base32_decode(text.constData(), static_cast<size_t>(text.size()), &raw, &length)
        != OATH_OK)
        return {};
    QByteArray secret(raw, static_cast<qsizetype>(length));
    sodium_memzero(raw, length);
    std::free(raw);
    return secret;
}

} // namespace

QString Totp::generateSecret()
{
    if (!ensureSodium() || !ensureOath())
        return {};
    unsigned char raw[20];
    randombytes_buf(raw, sizeof raw);
    char *encoded = nullptr;
    size_t length = 0;
    const int rc
        = oath_base32_encode(reinterpret_cast<const char *>(raw), sizeof raw, &encoded, &length);
    sodium_memzero(raw, sizeof raw);
    if (rc != OATH_OK)
        return {};
    QString secret = QString::fromLatin1(encoded, static_cast<qsizetype>(length));
    std::free(encoded);
    return secret;
}

bool Totp::validate(const QString &secretBase32, const QString &code, const QDateTime &now)
{
    if (!ensureOath() || code.size() != Digits)
        return false;
    for (const QChar c : code) {
        if (!c.isDigit())
            return false;
    }
    const QByteArray secret = decodeSecret(secretBase32);
    if (secret.isEmpty())
        return false;
    const QByteArray otp = code.toLatin1();
    const int rc = oath_totp_validate(secret.constData(), static_cast<size_t>(secret.size()),
        static_cast<time_t>(now.toSecsSinceEpoch()), StepSeconds, OATH_TOTP_DEFAULT_START_TIME, 1,
        otp.constData());
    return rc >= 0;
}

QString Totp::generate(const QString &secretBase32, const QDateTime &now)
{
    if (!ensureOath())
        return {};
    const QByteArray secret = decodeSecret(secretBase32);
    if (secret.isEmpty())
        return {};
    char otp[Digits + 1] = {};
    if (oath_totp_generate(secret.constData(), static_cast<size_t>(secret.size()),
            static_cast<time_t>(now.toSecsSinceEpoch()), StepSeconds, OATH_TOTP_DEFAULT_START_TIME,
            Digits, otp)
        != OATH_OK)
        return {};
    return QString::fromLatin1(otp);
}

QString Totp::otpauthUrl(const QString &secretBase32, const QString &account, const QString &issuer)
{
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(QLatin1Char('/') + issuer + QLatin1Char(':') + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), secretBase32);
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("digits"), QString::number(Digits));
    query.addQueryItem(QStringLiteral("period"), QString::number(StepSeconds));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace parley::server
