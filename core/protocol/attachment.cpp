// Attachment JSON form.
#include "attachment.h"

#include "jsonreader.h"
#include "wiretime.h"

namespace parley::protocol {

namespace {
QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}
} // namespace

const QStringList &Attachment::modes()
{
    static const QStringList list { QStringLiteral("copy"), QStringLiteral("share"),
        QStringLiteral("file") };
    return list;
}

QJsonObject Attachment::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("document_id"), optionalId(documentId) },
        { QStringLiteral("version_id"), optionalId(versionId) }, { QStringLiteral("mode"), mode },
        { QStringLiteral("name"), name }, { QStringLiteral("size"), size },
        { QStringLiteral("sha256"), sha256 }, { QStringLiteral("version"), version },
        { QStringLiteral("updated_at"), wireTimeOrNull(updatedAt) },
        { QStringLiteral("stopped"), stopped } };
}

Result<Attachment> Attachment::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Attachment attachment;
    attachment.id = r.id("id");
    attachment.documentId = r.optionalId("document_id");
    attachment.versionId = r.optionalId("version_id");
    attachment.mode = r.oneOf("mode", modes());
    attachment.name = r.string("name");
    attachment.size = r.integer("size", 0);
    attachment.sha256 = r.optionalString("sha256");
    attachment.version = static_cast<int>(r.integer("version", 0));
    attachment.updatedAt = r.optionalTime("updated_at");
    attachment.stopped = r.boolean("stopped", false);
    return r.finish(attachment);
}

} // namespace parley::protocol
