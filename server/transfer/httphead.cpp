// Reading a request head.
#include "httphead.h"

#include <QUrl>

namespace parley::server {

QByteArray HttpHead::header(const QByteArray &lowerName) const
{
    for (const auto &field : headers) {
        if (field.first == lowerName)
            return field.second.isNull() ? QByteArray("") : field.second;
    }
    return {};
}

std::optional<qint64> HttpHead::contentLength() const
{
    std::optional<qint64> length;
    for (const auto &field : headers) {
        if (field.first != "content-length")
            continue;
        bool ok = false;
        const qint64 value = field.second.toLongLong(&ok);
        if (!ok || value < 0 || (length && *length != value))
            return std::nullopt;
        length = value;
    }
    return length.value_or(0);
}

bool HttpHead::websocketUpgrade() const
{
    return header("upgrade").toLower() == "websocket";
}

std::optional<HttpHead> HttpHead::parse(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    // RFC 9110 §5.5: CR, LF or NUL inside a line is refused rather than passed on, as a value
    // may be echoed into an answer's headers (Upload-Metadata).
    for (const QByteArray &line : lines) {
        const QByteArray content = line.trimmed();
        if (content.contains('\r') || content.contains('\0'))
            return std::nullopt;
    }
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return std::nullopt;
    HttpHead parsed;
    parsed.method = requestLine.at(0);
    const QUrl url = QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode);
    if (!url.isValid() || !requestLine.at(1).startsWith('/'))
        return std::nullopt;
    parsed.path = url.path(QUrl::FullyDecoded);
    parsed.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        parsed.headers.append(
            { line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    return parsed;
}

} // namespace parley::server
