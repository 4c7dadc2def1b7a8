// Migrations: numbered schema steps driven by the schema version (SchemaVersion), each in a
// write transaction; the same steps for SQLite and PostgreSQL.
#pragma once

#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class Migrations
{
public:
    // The schema version this build writes.
    static constexpr int CurrentVersion = 15;

    // Runs every step after the database's version; a database from a newer build is refused
    // rather than misread. Each step reads the version again inside its write transaction, so
    // servers starting together on one PostgreSQL database migrate it once.
    static protocol::Result<void> apply(const QSqlDatabase &db);
    // The database's schema version (0 when new).
    static protocol::Result<int> version(const QSqlDatabase &db);

private:
    static protocol::Result<void> migrateTo1(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo2(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo3(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo4(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo5(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo6(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo7(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo8(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo9(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo10(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo11(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo12(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo13(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo14(const QSqlDatabase &db);
    static protocol::Result<void> migrateTo15(const QSqlDatabase &db);
};

} // namespace parley::server
