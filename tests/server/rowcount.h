// countRows: a COUNT(*) over the running server's database, read beside it (SQLite WAL), for
// what the API does not show (audit entries, rule runs, deleted rows).
#pragma once

#include "app/servercontext.h"
#include "db/sqlquery.h"

#include <catch2/catch.hpp>

namespace parley::test {

// sql: "SELECT COUNT(*) ..." with no parameters.
inline int countRows(const QString &dataDir, const QString &sql)
{
    server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(database.open(dataDir));
    server::SqlQuery query(database.db(), sql);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return static_cast<int>(query.integer(0));
}

// How many audit entries of an action there are.
inline int auditCount(const QString &dataDir, const QString &action)
{
    return countRows(
        dataDir, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'").arg(action));
}

} // namespace parley::test
