// Batch frames for a push round.
#include "streamframes.h"

#include "framecache.h"
#include "sync/syncservice.h"

namespace parley::server {

protocol::Result<StreamFrames> streamFramesSince(
    SyncService &sync, ChangeReads &reads, FrameCache &frames, const Principal &who, qint64 since)
{
    auto batch = sync.changesSince(reads, who, since);
    if (!batch)
        return batch.error();
    StreamFrames out;
    out.next = batch->next;
    out.more = batch->hasMore;
    if (!batch->changes.isEmpty())
        out.frames.append(frames.frameFor(batch.value()));
    return out;
}

} // namespace parley::server
