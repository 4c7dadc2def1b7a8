// NewDocument / NewDocumentVersion JSON forms.
#include "newdocument.h"

#include "jsonreader.h"

namespace parley::protocol {

QJsonObject NewDocument::toJson() const
{
    QJsonObject json { { QStringLiteral("upload_id"), uploadId } };
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    return json;
}

Result<NewDocument> NewDocument::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    NewDocument document;
    document.uploadId = r.string("upload_id");
    document.name = r.optionalString("name");
    return r.finish(document);
}

QJsonObject NewDocumentVersion::toJson() const
{
    return QJsonObject { { QStringLiteral("upload_id"), uploadId },
        { QStringLiteral("base_version"), baseVersion } };
}

Result<NewDocumentVersion> NewDocumentVersion::fromJson(
    const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    NewDocumentVersion version;
    version.uploadId = r.string("upload_id");
    version.baseVersion = static_cast<int>(r.integer("base_version", -1));
    if (version.baseVersion < 1)
        r.fail(Error::make(ErrorCode::MissingField,
            QStringLiteral("Give base_version: the version the new one was made from."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("base_version") } }));
    return r.finish(version);
}

} // namespace parley::protocol
