// Batch frames for the stream.
#include "streamframes.h"

#include "sync/syncservice.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::server {

protocol::Result<StreamFrames> streamFramesSince(
    SyncService &sync, ChangeReads &reads, const Principal &who, qint64 since)
{
    StreamFrames out;
    out.next = since;
    for (;;) {
        auto batch = sync.changesSince(reads, who, out.next);
        if (!batch)
            return batch.error();
        out.next = batch->next;
        if (!batch->changes.isEmpty()) {
            QJsonObject frame = batch->toJson();
            frame.insert(QStringLiteral("type"), QStringLiteral("batch"));
            out.frames.append(
                QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        }
        if (!batch->hasMore)
            return out;
    }
}

} // namespace parley::server
