// countRows: a COUNT(*) over the running server's database (SQLite or PostgreSQL), read
// beside it, for what the API does not show (audit entries, rule runs, deleted rows).
#pragma once

#include "serverdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace parley::test {

// sql: "SELECT COUNT(*) ..." with no parameters.
inline int countRows(const QString &dataDir, const QString &sql)
{
    ServerDatabase database(dataDir);
    INFO(database.errorString().toStdString());
    REQUIRE(database.isOpen());
    QSqlQuery query(database.db());
    const bool ran = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ran);
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// How many audit entries of an action there are.
inline int auditCount(const QString &dataDir, const QString &action)
{
    return countRows(
        dataDir, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'").arg(action));
}

} // namespace parley::test
