// Digest: an incremental SHA-1 or SHA-256 (OpenSSL, so the CPU's SHA instructions are
// used) whose state can be copied, so a chunk that fails its checksum can be taken back.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

struct evp_md_ctx_st;

namespace parley::protocol {

class Digest
{
public:
    enum class Algorithm { Sha1, Sha256 };

    explicit Digest(Algorithm algorithm);
    Digest(const Digest &other);
    Digest &operator=(const Digest &other);
    Digest(Digest &&) noexcept;
    Digest &operator=(Digest &&) noexcept;
    ~Digest();

    // The tus checksum algorithm names ("sha1", "sha256"), case-insensitive.
    static std::optional<Algorithm> fromName(const QByteArray &name);

    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    // The digest of everything added so far; adding may go on afterwards.
    QByteArray result() const;

private:
    struct Deleter
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    Algorithm m_algorithm;
    std::unique_ptr<evp_md_ctx_st, Deleter> m_context;
};

} // namespace parley::protocol
