// Recording and reading numbered changes.
#include "changelog.h"

#include "db/changelistener.h"
#include "db/dialect.h"
#include "db/sqlquery.h"

namespace parley::server {

ChangeLog::ChangeLog(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> ChangeLog::record(qint64 firmId, const QString &type, qint64 entityId,
    std::optional<qint64> matterId, std::optional<qint64> conversationId)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO changes (firm_id, type, entity_id, matter_id, conversation_id,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq"));
    query.bind(firmId).bind(type).bind(entityId).bindOptional(matterId).bindOptional(
        conversationId);
    query.bind(nowMs());
    if (auto result = query.exec(); !result)
        return result.error();
    auto seq = query.insertedId();
    if (!seq)
        return seq;
    if (backendOf(m_db) == DbBackend::Postgres) {
        // Delivered on commit (never for a rollback) to every server's ChangeListener, so
        // stream clients on other processes hear of it too; repeats in one transaction fold.
        SqlQuery notify(m_db, QStringLiteral("SELECT pg_notify(?, ?)"));
        notify.bindText(QLatin1String(ChangeListener::ChangesChannel))
            .bindText(QString::number(firmId));
        if (auto result = notify.exec(); !result)
            return result.error();
    }
    return seq;
}

protocol::Result<QList<ChangeRecord>> ChangeLog::after(qint64 firmId, qint64 since, int maxRows)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT seq, firm_id, type, entity_id, matter_id, conversation_id"
                       " FROM changes WHERE firm_id = ? AND seq > ? ORDER BY seq LIMIT ?"));
    query.bind(firmId).bind(since).bind(maxRows);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<ChangeRecord> changes;
    while (query.next()) {
        changes.append(ChangeRecord { query.integer(0), query.integer(1), query.text(2),
            query.integer(3), query.optionalId(4), query.optionalId(5) });
    }
    return changes;
}

protocol::Result<qint64> ChangeLog::latestSeq(qint64 firmId)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes WHERE firm_id = ?"));
    query.bind(firmId);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.next() ? query.integer(0) : 0;
}

} // namespace parley::server
