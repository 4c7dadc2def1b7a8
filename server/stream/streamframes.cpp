// Batch frames for a push round.
#include "streamframes.h"

#include "framecache.h"
#include "sync/syncservice.h"

namespace parley::server {

protocol::Result<StreamFrames> streamFramesSince(
    SyncService &sync, ChangeReads &reads, FrameCache &frames, const Principal &who, qint64 since)
{
    StreamFrames out;
    out.next = since;
    qsizetype bytes = 0;
    for (;;) {
        auto batch = sync.changesSince(reads, who, out.next);
        if (!batch)
            return batch.error();
        out.next = batch->next;
        if (!batch->changes.isEmpty()) {
            out.frames.append(frames.frameFor(batch.value()));
            bytes += out.frames.constLast().size();
        }
        if (!batch->hasMore)
            return out;
        if (bytes >= SyncService::BatchBytes) {
            out.more = true;
            return out;
        }
    }
}

} // namespace parley::server
