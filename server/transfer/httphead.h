// HttpHead: one HTTP/1.1 request head (request line and header fields), as the connection
// guard and the transfer connections read it off the socket before any body.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace parley::server {

struct HttpHead
{
    QByteArray method; // as sent, e.g. "PATCH"
    QString path; // percent-decoded path of the target, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed

    // The first value of a header (name in lower case), or a null QByteArray.
    QByteArray header(const QByteArray &lowerName) const;
    bool hasHeader(const QByteArray &lowerName) const { return !header(lowerName).isNull(); }

    // Content-Length: 0 when absent; nullopt when unreadable or given twice differently.
    std::optional<qint64> contentLength() const;
    bool chunked() const { return hasHeader("transfer-encoding"); }
    bool websocketUpgrade() const;

    // Parses the bytes up to and including the blank line; nullopt when malformed.
    static std::optional<HttpHead> parse(const QByteArray &head);
};

} // namespace parley::server
