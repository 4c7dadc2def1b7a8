// SyncBatch: the answer of /api/v1/sync and each stream push: the changes after `since`,
// oldest first, and the `next` token to store with them.
#pragma once

#include "change.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace parley::protocol {

struct SyncBatch
{
    qint64 since = 0; // the token this batch follows; 0 for a snapshot
    qint64 next = 0; // store this as the new since, in the same transaction as the changes
    bool snapshot = false;
    bool hasMore = false; // more changes wait after next: ask again at once
    QList<Change> changes;

    QJsonObject toJson() const;
    static Result<SyncBatch> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const SyncBatch &, const SyncBatch &) = default;
};

} // namespace parley::protocol
