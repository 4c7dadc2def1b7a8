// NewMessage: the body of POST /api/v1/conversations/{id}/messages.
#pragma once

#include "limits.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace parley::protocol {

struct NewAttachment
{
    qint64 documentId = 0; // copy and share
    QString mode = QStringLiteral("copy"); // "copy" (Send) | "share" (Share) | "file"
    QString uploadId {}; // file: a finished upload of the sender's

    QJsonObject toJson() const;
    static Result<NewAttachment> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const NewAttachment &, const NewAttachment &) = default;
};

struct NewMessage
{
    QString
        clientTxnId; // the sender's idempotency key: the same one again returns the same message
    QString kind = QStringLiteral("text"); // "text" | "status"
    QString body;
    QList<NewAttachment> attachments;

    static const QStringList &kinds();

    QJsonObject toJson() const;
    // Decodes and checks types only; call validate() for the policy limits.
    static Result<NewMessage> fromJson(const QJsonObject &json, const QString &path = {});
    // The policy checks: txn id, body length, file count, not empty.
    Result<void> validate(const Limits &limits) const;
    friend bool operator==(const NewMessage &, const NewMessage &) = default;
};

} // namespace parley::protocol
