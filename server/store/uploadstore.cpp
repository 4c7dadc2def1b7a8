// Upload and blob rows.
#include "uploadstore.h"

#include "db/sqlquery.h"
#include "db/transaction.h"

namespace parley::server {

UploadStore::UploadStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<void> UploadStore::create(const UploadRow &row)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO uploads (id, firm_id, user_id, length, name, metadata,"
                       " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindText(row.id)
        .bind(row.firmId)
        .bind(row.userId)
        .bind(row.length)
        .bindText(row.name)
        .bindText(row.metadata)
        .bind(toMs(row.createdAt))
        .bind(toMs(row.expiresAt));
    return query.exec();
}

protocol::Result<std::optional<UploadRow>> UploadStore::find(const QString &id)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, firm_id, user_id, length, name, metadata, created_at,"
                       " expires_at, verified_offset, sha256, completed_at, terminated_at"
                       " FROM uploads WHERE id = ?"));
    query.bindText(id);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return std::optional<UploadRow>();
    UploadRow row;
    row.id = query.text(0);
    row.firmId = query.integer(1);
    row.userId = query.integer(2);
    row.length = query.integer(3);
    row.name = query.text(4);
    row.metadata = query.text(5);
    row.createdAt = query.time(6);
    row.expiresAt = query.time(7);
    row.verifiedOffset = query.optionalId(8);
    row.sha256 = query.text(9);
    row.completed = !query.value(10).isNull();
    row.terminated = !query.value(11).isNull();
    return std::optional<UploadRow>(row);
}

protocol::Result<void> UploadStore::setVerifiedOffset(
    const QString &id, std::optional<qint64> offset)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE uploads SET verified_offset = ? WHERE id = ?"));
    query.bindOptional(offset).bindText(id);
    return query.exec();
}

protocol::Result<void> UploadStore::setExpiry(const QString &id, const QDateTime &expiresAt)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE uploads SET expires_at = ? WHERE id = ?"));
    query.bind(toMs(expiresAt)).bindText(id);
    return query.exec();
}

protocol::Result<void> UploadStore::complete(const QString &id, const QString &sha256, qint64 size)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun;
    const qint64 now = nowMs();
    if (auto result = recordBlob(sha256, size); !result)
        return result;
    SqlQuery upload(m_db,
        QStringLiteral("UPDATE uploads SET sha256 = ?, completed_at = ?, verified_offset = NULL"
                       " WHERE id = ?"));
    upload.bindText(sha256).bind(now).bindText(id);
    if (auto result = upload.exec(); !result)
        return result;
    return transaction.commit();
}

protocol::Result<void> UploadStore::recordBlob(const QString &sha256, qint64 size)
{
    SqlQuery blob(m_db,
        QStringLiteral("INSERT INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)"
                       " ON CONFLICT DO NOTHING"));
    blob.bindText(sha256).bind(size).bind(nowMs());
    return blob.exec();
}

protocol::Result<void> UploadStore::terminate(const QString &id)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE uploads SET terminated_at = ? WHERE id = ?"));
    query.bind(nowMs()).bindText(id);
    return query.exec();
}

protocol::Result<QStringList> UploadStore::expiredBefore(const QDateTime &now)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id FROM uploads WHERE expires_at < ? AND completed_at IS NULL"
                       " AND terminated_at IS NULL"));
    query.bind(toMs(now));
    if (auto result = query.exec(); !result)
        return result.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

} // namespace parley::server
