// Incremental digests on OpenSSL's EVP interface.
#include "digest.h"

#include <openssl/evp.h>

namespace parley::protocol {

namespace {
const EVP_MD *methodOf(Digest::Algorithm algorithm)
{
    return algorithm == Digest::Algorithm::Sha1 ? EVP_sha1() : EVP_sha256();
}
} // namespace

void Digest::Deleter::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Digest::Digest(Algorithm algorithm)
    : m_algorithm(algorithm)
    , m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context.get(), methodOf(algorithm), nullptr) != 1)
        qFatal("OpenSSL cannot start a digest");
}

Digest::Digest(const Digest &other)
    : m_algorithm(other.m_algorithm)
    , m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_MD_CTX_copy_ex(m_context.get(), other.m_context.get()) != 1)
        qFatal("OpenSSL cannot copy a digest");
}

Digest &Digest::operator=(const Digest &other)
{
    if (this != &other) {
        Digest copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Digest::Digest(Digest &&) noexcept = default;
Digest &Digest::operator=(Digest &&) noexcept = default;
Digest::~Digest() = default;

std::optional<Digest::Algorithm> Digest::fromName(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    if (lower == "sha1")
        return Algorithm::Sha1;
    if (lower == "sha256")
        return Algorithm::Sha256;
    return std::nullopt;
}

void Digest::add(const char *data, qsizetype size)
{
    if (size > 0 && EVP_DigestUpdate(m_context.get(), data, static_cast<size_t>(size)) != 1)
        qFatal("OpenSSL cannot update a digest");
}

QByteArray Digest::result() const
{
    Digest copy(*this);
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(
            copy.m_context.get(), reinterpret_cast<unsigned char *>(out.data()), &length)
        != 1)
        qFatal("OpenSSL cannot finish a digest");
    out.resize(length);
    return out;
}

} // namespace parley::protocol
