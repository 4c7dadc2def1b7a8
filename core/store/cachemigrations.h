// CacheMigrations: the cache schema as numbered steps on PRAGMA user_version.
#pragma once

#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::store {

class CacheMigrations
{
public:
    static constexpr int CurrentVersion = 9;

    // Runs every step after the stored version up to target, each in its own transaction.
    // A database newer than this build is refused: its schema cannot be trusted.
    static protocol::Result<void> apply(const QSqlDatabase &db, int target = CurrentVersion);
    // The stored PRAGMA user_version.
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
};

} // namespace parley::store
