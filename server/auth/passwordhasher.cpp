// Argon2id hashing through libsodium.
#include "passwordhasher.h"

#include "common/errors.h"
#include "common/logcategories.h"
#include "sodium.h"

#include <sodium.h>

namespace parley::server {

PasswordHasher::PasswordHasher()
    : PasswordHasher(crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
{ }

PasswordHasher::PasswordHasher(unsigned long long opsLimit, size_t memLimit)
    : m_opsLimit(opsLimit)
    , m_memLimit(memLimit)
{ }

PasswordHasher PasswordHasher::minimal()
{
    return PasswordHasher(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

protocol::Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (!ensureSodium())
        return internalError();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            m_opsLimit, m_memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        qCCritical(lcAuth) << "password hashing failed (out of memory?)";
        return internalError();
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (!ensureSodium() || hash.isEmpty())
        return false;
    const QByteArray encoded = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(
               encoded.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    if (m_dummyHash.isEmpty()) {
        auto dummy = hash(QStringLiteral("parley-dummy-password-never-matches"));
        if (!dummy)
            return;
        m_dummyHash = dummy.value();
    }
    (void)verify(m_dummyHash, password);
}

} // namespace parley::server
