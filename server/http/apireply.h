// ApiReply: a handler's answer: an HTTP status and a JSON body (an error body for errors).
#pragma once

#include "protocol/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace parley::server {

struct ApiReply
{
    int status = 200;
    QJsonObject body;
    QByteArray allow; // for 405: the methods the path accepts
    // A body that is not JSON (a webhook's XML answer), sent as it is with this type.
    QByteArray raw {};
    QByteArray rawType {};
    // More response headers (Set-Cookie, Content-Security-Policy...), written as they are.
    QList<QPair<QByteArray, QByteArray>> headers {};

    static ApiReply ok(QJsonObject body, int status = 200);
    // The status follows the error code (httpStatusFor).
    static ApiReply error(const protocol::Error &error);
};

} // namespace parley::server
