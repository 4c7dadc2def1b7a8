// ChangeReads: the reads of changesSince that do not depend on who asks (the change rows
// after a cursor, the latest seq, each change's current wire form), kept for the life of one
// read view. A stream push round shares one between all its readers, so a change is read and
// serialised once however many readers it goes to. Use only inside a read transaction.
#pragma once

#include "protocol/result.h"
#include "store/changelog.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

class ChangeReads
{
public:
    explicit ChangeReads(QSqlDatabase db);

    protocol::Result<qint64> latestSeq(qint64 firmId);
    // ChangeLog::after, read once per (firm, since, maxRows).
    protocol::Result<QList<ChangeRecord>> after(qint64 firmId, qint64 since, int maxRows);
    // Reads the current forms of the changes' messages together (one query for the rows,
    // one for their files), so currentForm answers them from the cache.
    protocol::Result<void> loadForms(const QList<ChangeRecord> &changes);
    // The entity's current wire form; nullopt when it no longer exists.
    protocol::Result<std::optional<QJsonObject>> currentForm(const ChangeRecord &change);
    // The size of that form as compact JSON, measured once per view.
    qsizetype formBytes(const ChangeRecord &change, const QJsonObject &form);

private:
    protocol::Result<std::optional<QJsonObject>> readForm(const ChangeRecord &change);

    QSqlDatabase m_db;
    struct PageKey
    {
        qint64 firmId = 0;
        qint64 since = 0;
        int maxRows = 0;
        friend bool operator==(const PageKey &, const PageKey &) = default;
        friend size_t qHash(const PageKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.firmId, key.since, key.maxRows);
        }
    };

    QHash<qint64, qint64> m_latest;
    QHash<PageKey, QList<ChangeRecord>> m_pages;
    QHash<std::pair<QString, qint64>, std::optional<QJsonObject>> m_forms;
    QHash<std::pair<QString, qint64>, qsizetype> m_formBytes;
};

} // namespace parley::server
