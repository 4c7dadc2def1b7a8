// SchemaVersion: where a database keeps its migrated schema version: SQLite's PRAGMA
// user_version, PostgreSQL's one-row schema_version table.
#pragma once

#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class SchemaVersion
{
public:
    // Creates PostgreSQL's table (version 0) if missing; nothing to do on SQLite. Run inside
    // the migration's write transaction, so concurrent servers create it once.
    static protocol::Result<void> prepare(const QSqlDatabase &db);
    // 0 for a new database (on PostgreSQL also before prepare()).
    static protocol::Result<int> read(const QSqlDatabase &db);
    static protocol::Result<void> write(const QSqlDatabase &db, int version);
};

} // namespace parley::server
