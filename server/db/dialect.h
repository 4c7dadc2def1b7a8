// The two SQL backends and the few statement fragments that must be written differently for
// each; everything else the server runs is portable SQL (see docs/architecture.md).
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace parley::server {

enum class DbBackend { Sqlite, Postgres };

// Qt driver names: QSQLITE and QPSQL.
DbBackend backendOf(const QSqlDatabase &db);

namespace dialect {

// Scalar maximum and minimum of two expressions (SQLite MAX(a, b), PostgreSQL GREATEST).
QString greatest(DbBackend backend, const QString &a, const QString &b);
QString least(DbBackend backend, const QString &a, const QString &b);
// Aggregate concatenation of expr (cast to text) with a separator given as SQL text, e.g.
// stringAgg(backend, "name", "', '") (group_concat / string_agg).
QString stringAgg(DbBackend backend, const QString &expr, const QString &separatorSql);
// "(?, ?, ?)" for count placeholders: bind each id after it (SqlQuery::bindIds). An empty
// list gives "(NULL)", which matches nothing. Lists are bounded by the server's limits.
QString inList(qsizetype count);
// "(SELECT ...)" reading a whole id list from ONE bound parameter (idSetValue), for lists with
// no fixed bound, e.g. every conversation a user reaches: one placeholder per id could pass
// SQLite's limit of 32766 variables. SQLite reads a JSON array, PostgreSQL a BIGINT[].
QString idSet(DbBackend backend);
QString idSetValue(DbBackend backend, const QList<qint64> &ids);
// Case-insensitive LIKE of a column against one bound pattern (escape character '\').
QString likeCaseless(const QString &column);
// A schema statement written in SQLite's words, translated for backend: on PostgreSQL
// INTEGER PRIMARY KEY [AUTOINCREMENT] becomes a BIGINT identity, INTEGER BIGINT, BLOB BYTEA,
// TEXT ... COLLATE NOCASE citext and "column COLLATE NOCASE" in an index lower(column).
QString schema(DbBackend backend, const QString &sqliteStatement);

} // namespace dialect

} // namespace parley::server
