// StreamFrames: the "batch" frames a push round sends one reader for the changes after its
// cursor, read in the round's view and serialised once per distinct batch.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"

#include <QStringList>

namespace parley::server {

class ChangeReads;
class FrameCache;
class SyncService;

struct StreamFrames
{
    QStringList frames; // compact JSON text, oldest first; empty when nothing is visible
    qint64 next = 0; // the cursor after them
    bool more = false; // has_more: the batch stopped before the latest change
};

// Reads one batch of the visible changes after `since` (SyncService::changesSince: at most
// DefaultLimit changes and about BatchBytes, so that is what a round holds per reader) as
// its frame, inside the caller's read view (see ChangeReads).
protocol::Result<StreamFrames> streamFramesSince(
    SyncService &sync, ChangeReads &reads, FrameCache &frames, const Principal &who, qint64 since);

} // namespace parley::server
