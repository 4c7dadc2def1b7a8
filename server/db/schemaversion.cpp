// Reading and writing the schema version on either backend.
#include "schemaversion.h"

#include "dialect.h"
#include "sqlquery.h"

namespace parley::server {

protocol::Result<void> SchemaVersion::prepare(const QSqlDatabase &db)
{
    if (backendOf(db) == DbBackend::Sqlite)
        return {};
    SqlQuery create(db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                       " id BIGINT PRIMARY KEY CHECK (id = 1),"
                       " version BIGINT NOT NULL)"));
    if (auto result = create.exec(); !result)
        return result;
    SqlQuery first(db,
        QStringLiteral(
            "INSERT INTO schema_version (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING"));
    return first.exec();
}

protocol::Result<int> SchemaVersion::read(const QSqlDatabase &db)
{
    if (backendOf(db) == DbBackend::Sqlite) {
        SqlQuery query(db, QStringLiteral("PRAGMA user_version"));
        if (auto result = query.exec(); !result)
            return result.error();
        return query.next() ? static_cast<int>(query.integer(0)) : 0;
    }
    SqlQuery exists(db,
        QStringLiteral("SELECT count(*) FROM information_schema.tables"
                       " WHERE table_schema = current_schema() AND table_name = 'schema_version'"));
    if (auto result = exists.exec(); !result)
        return result.error();
    if (!exists.next() || exists.integer(0) == 0)
        return 0;
    SqlQuery query(db, QStringLiteral("SELECT version FROM schema_version WHERE id = 1"));
    if (auto result = query.exec(); !result)
        return result.error();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

protocol::Result<void> SchemaVersion::write(const QSqlDatabase &db, int version)
{
    // PRAGMA takes no bound parameters; version is our own integer.
    SqlQuery query(db,
        backendOf(db) == DbBackend::Sqlite
            ? QStringLiteral("PRAGMA user_version = %1").arg(version)
            : QStringLiteral("UPDATE schema_version SET version = %1 WHERE id = 1").arg(version));
    return query.exec();
}

} // namespace parley::server
