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
    bool more = false; // stopped at the round's size budget before the latest change
};

// Reads the visible changes after `since` as frames (page after page while has_more, until
// they hold SyncService::BatchBytes, so a round holds at most about that per reader), inside
// the caller's read view (see ChangeReads).
protocol::Result<StreamFrames> streamFramesSince(
    SyncService &sync, ChangeReads &reads, FrameCache &frames, const Principal &who, qint64 since);

} // namespace parley::server
