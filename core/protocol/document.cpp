// Document JSON form.
#include "document.h"

#include "jsonreader.h"

namespace parley::protocol {

QJsonObject Document::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("matter_id"), matterId },
        { QStringLiteral("name"), name }, { QStringLiteral("shared"), shared },
        { QStringLiteral("versions"), toJsonArray(versions) } };
}

Result<Document> Document::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Document document;
    document.id = r.id("id");
    document.matterId = r.id("matter_id");
    document.name = r.string("name");
    document.shared = r.boolean("shared", false);
    document.versions = readList<DocumentVersion>(r, "versions");
    return r.finish(document);
}

} // namespace parley::protocol
