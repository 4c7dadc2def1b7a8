// SyncService: builds the SyncBatch answers of /sync and the stream: changes after a
// cursor filtered by AccessPolicy, or a snapshot of everything the user may see.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"
#include "protocol/syncbatch.h"
#include "store/changelog.h"

#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;
class ChangeReads;
class VisibilityCache;

class SyncService
{
public:
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 1000;
    static constexpr int SnapshotMessagesPerConversation = 50;
    // About the most a batch of changes holds (its changes' compact JSON): a batch is built
    // whole, and a push round's is written to every stream client it goes to.
    static constexpr qsizetype BatchBytes = 256 * 1024;

    SyncService(QSqlDatabase db, AccessPolicy &policy);

    // The visible changes with seq > since, oldest first, at most limit and about BatchBytes;
    // `next` is where the batch stopped: the highest seq scanned (so changes the user may not
    // see are skipped for good), or just before the change the byte budget left for the next.
    protocol::Result<protocol::SyncBatch> changesSince(
        const Principal &who, qint64 since, int limit = DefaultLimit);
    // The same inside a read view the caller holds (a Transaction in Read mode), with reads
    // shared between the callers of that view.
    protocol::Result<protocol::SyncBatch> changesSince(
        ChangeReads &reads, const Principal &who, qint64 since, int limit = DefaultLimit);
    // Every visible matter and conversation, the recent messages of each conversation and
    // the users they mention; next is the latest seq at that moment.
    protocol::Result<protocol::SyncBatch> snapshot(const Principal &who);

private:
    QSqlDatabase m_db;
    AccessPolicy &m_policy;
};

} // namespace parley::server
