// NewMessage JSON form and policy validation.
#include "newmessage.h"

#include "jsonreader.h"

namespace parley::protocol {

QJsonObject NewAttachment::toJson() const
{
    if (mode == QLatin1String("file"))
        return QJsonObject { { QStringLiteral("upload_id"), uploadId },
            { QStringLiteral("mode"), mode } };
    return QJsonObject { { QStringLiteral("document_id"), documentId },
        { QStringLiteral("mode"), mode } };
}

Result<NewAttachment> NewAttachment::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    NewAttachment attachment;
    attachment.mode = r.oneOf(
        "mode", { QStringLiteral("copy"), QStringLiteral("share"), QStringLiteral("file") });
    if (attachment.mode == QLatin1String("file"))
        attachment.uploadId = r.string("upload_id");
    else
        attachment.documentId = r.id("document_id");
    return r.finish(attachment);
}

const QStringList &NewMessage::kinds()
{
    static const QStringList list { QStringLiteral("text"), QStringLiteral("status") };
    return list;
}

QJsonObject NewMessage::toJson() const
{
    QJsonObject json { { QStringLiteral("client_txn_id"), clientTxnId },
        { QStringLiteral("kind"), kind }, { QStringLiteral("body"), body } };
    if (!attachments.isEmpty())
        json.insert(QStringLiteral("attachments"), toJsonArray(attachments));
    return json;
}

Result<NewMessage> NewMessage::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    NewMessage message;
    message.clientTxnId = r.string("client_txn_id");
    message.kind
        = json.contains(QStringLiteral("kind")) ? r.oneOf("kind", kinds()) : QStringLiteral("text");
    message.body = r.optionalString("body");
    message.attachments = readList<NewAttachment>(r, "attachments");
    return r.finish(message);
}

Result<void> NewMessage::validate(const Limits &limits) const
{
    if (clientTxnId.isEmpty())
        return Error::make(ErrorCode::MissingField,
            QStringLiteral("The field \"client_txn_id\" must not be empty."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("client_txn_id") } });
    if (auto r = Limits::checkTextLength(
            QStringLiteral("client_txn_id"), clientTxnId, limits.clientTxnIdChars);
        !r)
        return r;
    if (auto r = limits.checkMessageBody(body); !r)
        return r;
    if (auto r = limits.checkFilesPerMessage(attachments.size()); !r)
        return r;
    if (body.trimmed().isEmpty() && attachments.isEmpty())
        return Error::make(ErrorCode::InvalidField,
            QStringLiteral("A message needs some text or at least one file."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("body") } });
    return {};
}

} // namespace parley::protocol
