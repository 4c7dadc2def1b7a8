// Batch frames serialised once per read view.
#include "framecache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::server {

QString batchFrame(const protocol::SyncBatch &batch)
{
    QJsonObject frame = batch.toJson();
    frame.insert(QStringLiteral("type"), QStringLiteral("batch"));
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

QString FrameCache::frameFor(const protocol::SyncBatch &batch)
{
    QByteArray key = QByteArray::number(batch.since) + ' ' + QByteArray::number(batch.next)
        + (batch.hasMore ? " more" : " last");
    for (const protocol::Change &change : batch.changes)
        key += ' ' + QByteArray::number(change.seq);
    if (auto it = m_frames.constFind(key); it != m_frames.cend())
        return *it;
    return *m_frames.insert(key, batchFrame(batch));
}

} // namespace parley::server
