// Firm rows.
#include "firmstore.h"

#include "db/sqlquery.h"

namespace parley::server {

QJsonObject FirmRecord::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name } };
}

FirmStore::FirmStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> FirmStore::create(const QString &name)
{
    SqlQuery query(
        m_db, QStringLiteral("INSERT INTO firms (name, created_at) VALUES (?, ?) RETURNING id"));
    query.bind(name).bind(nowMs());
    if (auto result = query.exec(); !result)
        return result.error();
    return query.insertedId();
}

protocol::Result<QList<FirmRecord>> FirmStore::list()
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, name FROM firms ORDER BY id"));
    if (auto result = query.exec(); !result)
        return result.error();
    QList<FirmRecord> firms;
    while (query.next())
        firms.append(FirmRecord { query.integer(0), query.text(1) });
    return firms;
}

protocol::Result<std::optional<FirmRecord>> FirmStore::find(qint64 id)
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, name FROM firms WHERE id = ?"));
    query.bind(id);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return std::optional<FirmRecord>();
    return std::optional<FirmRecord>(FirmRecord { query.integer(0), query.text(1) });
}

protocol::Result<bool> FirmStore::requiresTotp(qint64 id)
{
    SqlQuery query(m_db, QStringLiteral("SELECT require_totp FROM firms WHERE id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() && query.integer(0) != 0;
}

protocol::Result<void> FirmStore::setRequireTotp(qint64 id, bool required)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE firms SET require_totp = ? WHERE id = ?"));
    query.bind(required ? 1 : 0).bind(id);
    return query.exec();
}

} // namespace parley::server
