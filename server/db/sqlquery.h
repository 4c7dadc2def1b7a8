// SqlQuery: a prepared statement whose every failure is logged and returned as a typed error.
#pragma once

#include "protocol/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace parley::server {

class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    // Positional binding, in the order of the '?' placeholders. A bool is bound as 0/1 (the
    // boolean columns are integers on both backends).
    SqlQuery &bind(const QVariant &value);
    // One value per placeholder of dialect::inList(ids.size()).
    SqlQuery &bindIds(const QList<qint64> &ids);
    SqlQuery &bindOptional(const std::optional<qint64> &value);
    // For NOT NULL text columns: a null QString is bound as '' rather than NULL.
    SqlQuery &bindText(const QString &value);

    // Runs the statement; a failure is logged (statement, not values) as internal_error.
    protocol::Result<void> exec();
    // For statements that may hit a UNIQUE constraint on purpose: the caller checks
    // uniqueViolation() after a failed exec.
    bool uniqueViolation() const { return m_uniqueViolation; }

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    qint64 integer(int index) const { return m_query.value(index).toLongLong(); }
    QString text(int index) const { return m_query.value(index).toString(); }
    std::optional<qint64> optionalId(int index) const;
    // Timestamps are stored as milliseconds since the epoch, UTC.
    QDateTime time(int index) const;
    // After an INSERT ... RETURNING id: that id (internal_error when no row came back). The
    // statement is finished, so an open transaction can commit.
    protocol::Result<qint64> insertedId();
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    void add(const QVariant &value);

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    // PostgreSQL: statements run directly, with each bound value written into the text as a
    // literal by the driver's own quoting (formatValue). One round trip instead of QPSQL's
    // PREPARE, EXECUTE and DEALLOCATE; schema statements, BEGIN and COMMIT cannot be prepared;
    // and an untyped literal takes the type its place needs, as SQLite's values do.
    bool m_direct = false;
    QVariantList m_values;
    bool m_uniqueViolation = false;
};

// Now, as stored in the database (milliseconds since the epoch).
qint64 nowMs();
qint64 toMs(const QDateTime &time);

} // namespace parley::server
