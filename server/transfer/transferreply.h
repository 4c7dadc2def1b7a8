// TransferReply: the answer to a file-transfer request: status, header fields and either a
// small body (JSON errors) or a file streamed piece by piece. Transfer connections always
// close after their answer.
#pragma once

#include "protocol/error.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <memory>

namespace parley::server {

struct TransferReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Streamed after the head instead of body: streamLength bytes from its position.
    std::shared_ptr<QIODevice> stream;
    qint64 streamLength = 0;
    // HEAD: the head announces the length of a body that is not sent.
    bool headOnly = false;

    static TransferReply make(int status) { return TransferReply { status, {}, {}, {}, 0, false }; }
    // The error as the API's JSON body, with the status for its code (or the one given).
    static TransferReply error(const protocol::Error &error, int status = 0);
    TransferReply &with(const QByteArray &name, const QByteArray &value);

    qint64 bodyLength() const { return stream ? streamLength : body.size(); }
    // Status line and header fields, with Content-Length and Connection: close.
    QByteArray head() const;
};

} // namespace parley::server
