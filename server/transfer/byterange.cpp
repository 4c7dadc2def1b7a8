// Reading a single byte range (RFC 9110 §14.1.2).
#include "byterange.h"

namespace parley::server {

namespace {
std::optional<qint64> number(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

std::pair<ByteRange::Kind, ByteRange> ByteRange::parse(const QByteArray &header, qint64 size)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes=") || value.contains(','))
        return { Kind::None, {} };
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return { Kind::None, {} };
    const QByteArray from = spec.left(dash).trimmed();
    const QByteArray to = spec.mid(dash + 1).trimmed();
    if (from.isEmpty()) {
        // The last N bytes.
        const auto suffix = number(to);
        if (!suffix)
            return { Kind::None, {} };
        if (*suffix == 0 || size == 0)
            return { Kind::Unsatisfiable, {} };
        return { Kind::Satisfiable, { std::max<qint64>(0, size - *suffix), size - 1 } };
    }
    const auto first = number(from);
    const auto last = to.isEmpty() ? std::optional<qint64>(size - 1) : number(to);
    if (!first || !last)
        return { Kind::None, {} };
    if (*first >= size)
        return { Kind::Unsatisfiable, {} };
    if (*last < *first)
        return { Kind::None, {} };
    return { Kind::Satisfiable, { *first, std::min(*last, size - 1) } };
}

} // namespace parley::server
