// StreamFrames: the "batch" frames a stream sends one reader for the changes after a cursor,
// serialised once so that every connection of the same reader can be sent the same text.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"

#include <QStringList>

namespace parley::server {

class ChangeReads;
class SyncService;

struct StreamFrames
{
    QStringList frames; // compact JSON text, oldest first; empty when nothing is visible
    qint64 next = 0; // the cursor after them
};

// Reads every visible change after `since` (page after page while has_more) as frames,
// inside the caller's read view (see ChangeReads).
protocol::Result<StreamFrames> streamFramesSince(
    SyncService &sync, ChangeReads &reads, const Principal &who, qint64 since);

} // namespace parley::server
