// ByteRange: the one range of a "Range: bytes=..." header that downloads honour.
#pragma once

#include <QByteArray>
#include <optional>

namespace parley::server {

struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0; // inclusive
    qint64 length() const { return last - first + 1; }

    enum class Kind {
        None, // no header, another unit or several ranges: send the whole file
        Satisfiable,
        Unsatisfiable, // starts past the end: 416
    };
    // Reads the header against a file of size bytes.
    static std::pair<Kind, ByteRange> parse(const QByteArray &header, qint64 size);
};

} // namespace parley::server
