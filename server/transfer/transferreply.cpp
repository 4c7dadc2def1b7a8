// Writing a transfer answer's head.
#include "transferreply.h"

#include "common/errors.h"
#include "http/securityheaders.h"

#include <QJsonDocument>

namespace parley::server {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Content";
    case 460:
        return "Checksum Mismatch";
    case 500:
        return "Internal Server Error";
    case 507:
        return "Insufficient Storage";
    default:
        return "Status";
    }
}
} // namespace

TransferReply TransferReply::error(const protocol::Error &error, int status)
{
    TransferReply reply = make(status ? status : httpStatusFor(error));
    reply.body = QJsonDocument(error.toBody()).toJson(QJsonDocument::Compact);
    reply.with("Content-Type", "application/json");
    return reply;
}

TransferReply &TransferReply::with(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

QByteArray TransferReply::head() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &field : headers)
        out += field.first + ": " + field.second + "\r\n";
    // Files are never pages: no sniffing them into one, no framing, nothing run.
    for (const auto &field : SecurityHeaders().missingFrom(headers))
        out += field.first + ": " + field.second + "\r\n";
    // 204 and 304 carry no body and no length.
    if (status != 204 && status != 304)
        out += "Content-Length: " + QByteArray::number(bodyLength()) + "\r\n";
    out += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    return out;
}

} // namespace parley::server
