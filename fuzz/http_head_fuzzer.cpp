// libFuzzer target: HTTP/1.1 request heads as the connection guard (API listener) and the
// transfer listener read them off the socket, and the header fields the servers then read
// from them (Content-Length, Range, Authorization, Cookie, Origin).
#include "http/requestfields.h"
#include "transfer/byterange.h"
#include "transfer/httphead.h"

#include <cstdio>
#include <cstdlib>

using namespace parley::server;

namespace {

[[noreturn]] void broken(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "http_head_fuzzer: %s\ninput: %s\n", what,
        input.toPercentEncoding().constData());
    std::abort();
}

void readHead(const QByteArray &input)
{
    const std::optional<HttpHead> head = HttpHead::parse(input);
    if (!head)
        return;
    if (head->method.isEmpty())
        broken("a request without a method", input);
    for (const auto &[name, value] : head->headers) {
        if (name.isEmpty() || name != name.toLower() || name.contains(':'))
            broken("a header name that is empty, not lower case or holds a colon", input);
        // RFC 9110 §5.5: CR, LF and NUL in a field value are refused, not passed on (a value
        // can be echoed in an answer, e.g. Upload-Metadata).
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            broken("a header value with CR, LF or NUL", input);
    }
    const std::optional<qint64> length = head->contentLength();
    if (length && *length < 0)
        broken("a negative Content-Length", input);
    (void)head->chunked();
    (void)head->websocketUpgrade();
    (void)head->query.queryItems();

    const QByteArray rangeHeader = head->header("range");
    for (const qint64 size : { qint64(0), qint64(7), length.value_or(0) }) {
        const auto [kind, range] = ByteRange::parse(rangeHeader, size);
        if (kind == ByteRange::Kind::Satisfiable
            && (range.first < 0 || range.last < range.first || range.last >= size))
            broken("a satisfiable range outside the file", input);
    }
    (void)bearerToken(head->header("authorization"));
    (void)cookieValue(head->header("cookie"), "parley_portal");
    static const QUrl publicUrl(QStringLiteral("https://parley.example.com"));
    (void)sameOrigin(head->header("origin"), head->header("host"), publicUrl);
    (void)sameOrigin(head->header("origin"), head->header("host"), QUrl());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
        static_cast<qsizetype>(size));
    readHead(input);
    // The listeners pass only the bytes up to the blank line; what follows is the body.
    const qsizetype end = input.indexOf("\r\n\r\n");
    if (end >= 0)
        readHead(input.left(end + 4));
    return 0;
}
