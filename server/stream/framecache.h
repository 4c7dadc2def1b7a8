// FrameCache: serialised "batch" frames of one read view by what they hold (since, next,
// has_more and the seqs: within one view a seq always has the same current form), so readers
// owed the same batch share one serialisation.
#pragma once

#include "protocol/syncbatch.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace parley::server {

// The compact JSON text of a batch as the stream sends it ({"type": "batch", ...}).
QString batchFrame(const protocol::SyncBatch &batch);

class FrameCache
{
public:
    QString frameFor(const protocol::SyncBatch &batch);

private:
    QHash<QByteArray, QString> m_frames;
};

} // namespace parley::server
