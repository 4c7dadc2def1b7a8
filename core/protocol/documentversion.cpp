// DocumentVersion JSON form.
#include "documentversion.h"

#include "jsonreader.h"
#include "wiretime.h"

namespace parley::protocol {

QJsonObject DocumentVersion::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("document_id"), documentId }, { QStringLiteral("number"), number },
        { QStringLiteral("size"), size }, { QStringLiteral("sha256"), sha256 },
        { QStringLiteral("author_id"), authorId },
        { QStringLiteral("created_at"), wireTimeOrNull(createdAt) } };
}

Result<DocumentVersion> DocumentVersion::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    DocumentVersion version;
    version.id = r.id("id");
    version.documentId = r.id("document_id");
    version.number = static_cast<int>(r.integer("number", 1));
    version.size = r.integer("size", 0);
    version.sha256 = r.string("sha256");
    version.authorId = r.id("author_id");
    version.createdAt = r.time("created_at");
    return r.finish(version);
}

} // namespace parley::protocol
