// Token generation and hashing with libsodium.
#include "sessiontoken.h"

#include "sodium.h"

#include <sodium.h>

namespace parley::server {

QString SessionToken::generate()
{
    if (!ensureSodium())
        return {};
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    const QString token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    return token;
}

QByteArray SessionToken::hash(const QString &token)
{
    ensureSodium();
    const QByteArray text = token.toUtf8();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
        reinterpret_cast<const unsigned char *>(text.constData()),
        static_cast<unsigned long long>(text.size()));
    return digest;
}

} // namespace parley::server
