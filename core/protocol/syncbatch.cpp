// SyncBatch JSON form.
#include "syncbatch.h"

#include "jsonreader.h"

namespace parley::protocol {

QJsonObject SyncBatch::toJson() const
{
    return QJsonObject { { QStringLiteral("since"), since }, { QStringLiteral("next"), next },
        { QStringLiteral("snapshot"), snapshot }, { QStringLiteral("has_more"), hasMore },
        { QStringLiteral("changes"), toJsonArray(changes) } };
}

Result<SyncBatch> SyncBatch::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    SyncBatch batch;
    batch.since = r.integer("since", 0);
    batch.next = r.id("next");
    batch.snapshot = r.boolean("snapshot", false);
    batch.hasMore = r.boolean("has_more", false);
    batch.changes = readList<Change>(r, "changes");
    return r.finish(batch);
}

} // namespace parley::protocol
