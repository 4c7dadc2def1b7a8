// Batch frames for the stream.
#include "streamframes.h"

#include "sync/syncservice.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::server {

QString FrameCache::frameFor(const protocol::SyncBatch &batch)
{
    QByteArray key = QByteArray::number(batch.since) + ' ' + QByteArray::number(batch.next)
        + (batch.hasMore ? " more" : " last");
    for (const protocol::Change &change : batch.changes)
        key += ' ' + QByteArray::number(change.seq);
    if (auto it = m_frames.constFind(key); it != m_frames.cend())
        return *it;
    QJsonObject frame = batch.toJson();
    frame.insert(QStringLiteral("type"), QStringLiteral("batch"));
    const QString text = QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    m_frames.insert(key, text);
    return text;
}

protocol::Result<StreamFrames> streamFramesSince(
    SyncService &sync, ChangeReads &reads, FrameCache &frames, const Principal &who, qint64 since)
{
    StreamFrames out;
    out.next = since;
    for (;;) {
        auto batch = sync.changesSince(reads, who, out.next);
        if (!batch)
            return batch.error();
        out.next = batch->next;
        if (!batch->changes.isEmpty())
            out.frames.append(frames.frameFor(batch.value()));
        if (!batch->hasMore)
            return out;
    }
}

} // namespace parley::server
