// StreamFrames: the "batch" frames a stream sends one reader for the changes after a cursor,
// serialised once so that every connection of the same reader can be sent the same text.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"
#include "protocol/syncbatch.h"

#include <QHash>
#include <QStringList>

namespace parley::server {

class ChangeReads;
class SyncService;

struct StreamFrames
{
    QStringList frames; // compact JSON text, oldest first; empty when nothing is visible
    qint64 next = 0; // the cursor after them
};

// Serialised batch frames of one read view by what they hold (since, next, has_more and the
// seqs: within one view a seq always has the same current form), so readers owed the same
// batch share one serialisation.
class FrameCache
{
public:
    QString frameFor(const protocol::SyncBatch &batch);

private:
    QHash<QByteArray, QString> m_frames;
};

// Reads every visible change after `since` (page after page while has_more) as frames,
// inside the caller's read view (see ChangeReads).
protocol::Result<StreamFrames> streamFramesSince(
    SyncService &sync, ChangeReads &reads, FrameCache &frames, const Principal &who, qint64 since);

} // namespace parley::server
