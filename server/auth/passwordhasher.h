// PasswordHasher: Argon2id password hashes (libsodium crypto_pwhash_str) and their checks.
#pragma once

#include "protocol/result.h"

#include <QString>

namespace parley::server {

class PasswordHasher
{
public:
    // libsodium's "interactive" Argon2id parameters (2 passes, 64 MiB): ~0.1 s per hash
    // here, slow enough to make offline guessing costly, fast enough for sign-in.
    PasswordHasher();
    // Explicit parameters, e.g. the library minimum for fast unit tests.
    PasswordHasher(unsigned long long opsLimit, size_t memLimit);

    static PasswordHasher minimal();

    protocol::Result<QString> hash(const QString &password) const;
    // Hashes made with other parameters still verify: the string encodes its own.
    bool verify(const QString &hash, const QString &password) const;
    // Spends the time of a real check, so an unknown email answers as slowly as a
    // known one and timing does not reveal which emails exist.
    void verifyDummy(const QString &password) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
    mutable QString m_dummyHash;
};

} // namespace parley::server
