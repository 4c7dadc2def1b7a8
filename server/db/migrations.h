// Migrations: numbered schema steps driven by PRAGMA user_version, each in a transaction.
#pragma once

#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class Migrations
{
public:
    // The schema version this build writes.
    static constexpr int CurrentVersion = 14;

    // Runs every step after the database's user_version; a database from a newer build
    // is refused rather than misread.
    static protocol::Result<void> apply(const QSqlDatabase &db);

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
};

} // namespace parley::server
