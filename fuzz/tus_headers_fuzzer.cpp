// libFuzzer target: the tus upload headers and the download Range header, as the transfer
// listener reads them. The input is a header block, "Name: value" per line; each value goes to
// the reader of its header (a line with another name goes to all of them), and every answer
// must keep the promises the endpoints rely on.
#include "protocol/filename.h"
#include "transfer/byterange.h"
#include "transfer/tusheaders.h"

#include <QList>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace parley;
using namespace parley::server;

namespace {

[[noreturn]] void broken(const char *what, const QByteArray &value)
{
    std::fprintf(stderr, "tus_headers_fuzzer: %s\nvalue: %s\n", what,
        value.toPercentEncoding().constData());
    std::abort();
}

void byteCount(const QByteArray &value)
{
    const std::optional<qint64> count = tus::parseByteCount(value);
    if (count && *count < 0)
        broken("a negative byte count", value);
}

void metadata(const QByteArray &value)
{
    const auto name = tus::parseFileName(value);
    if (!name || name.value().isEmpty())
        return;
    // What TusEndpoint::create stores as the upload's name.
    const auto safe = protocol::sanitizeFileName(name.value());
    if (!safe)
        return;
    const QString &clean = safe.value();
    if (clean.isEmpty() || clean.size() > protocol::MaxFileNameChars || clean.contains(u'/')
        || clean.contains(u'\\') || !QStringView(clean).isValidUtf16())
        broken("sanitizeFileName let an unsafe name through", value);
    for (const QChar c : clean) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            broken("a control or format character in a sanitized name", value);
    }
}

void checksum(const QByteArray &value)
{
    if (const auto parsed = tus::parseChecksum(value)) {
        protocol::Digest digest(parsed->algorithm);
        digest.add(value);
        (void)(digest.result() == parsed->expected);
    }
}

void range(const QByteArray &value, qint64 extraSize)
{
    for (const qint64 size : { qint64(0), qint64(1), qint64(1000), extraSize,
             std::numeric_limits<qint64>::max() }) {
        if (size < 0)
            continue;
        const auto [kind, r] = ByteRange::parse(value, size);
        if (kind != ByteRange::Kind::Satisfiable)
            continue;
        // BlobEndpoint seeks to first and sends length() bytes of a file of size bytes.
        if (r.first < 0 || r.last < r.first || r.last >= size || r.length() <= 0
            || r.length() > size)
            broken("a satisfiable range outside the file", value);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
        static_cast<qsizetype>(size));
    qint64 uploadLength = -1;
    for (const QByteArray &line : bytes.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? QByteArray() : line.left(colon).trimmed().toLower();
        const QByteArray value = colon < 0 ? line.trimmed() : line.mid(colon + 1).trimmed();
        const bool any = name != "upload-offset" && name != "upload-length"
            && name != "upload-metadata" && name != "upload-checksum" && name != "range";
        if (any || name == "upload-offset" || name == "upload-length") {
            byteCount(value);
            if (name == "upload-length")
                uploadLength = tus::parseByteCount(value).value_or(-1);
        }
        if (any || name == "upload-metadata")
            metadata(value);
        if (any || name == "upload-checksum")
            checksum(value);
        if (any || name == "range")
            range(value, uploadLength);
    }
    return 0;
}
