// SqlQuery: a prepared statement whose every failure is logged and returned as internal_error.
#pragma once

#include "protocol/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace parley::store {

class CacheDatabase;

// The error every cache failure reports: the detail goes to the log only.
protocol::Error internalError();

class SqlQuery
{
public:
    // A one-off statement, prepared now.
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    // A statement prepared once per connection and reused (preparing dominates small
    // writes). Two SqlQuery objects with the same text must not be alive at once.
    SqlQuery(CacheDatabase &database, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Positional binding, in the order of the '?' placeholders.
    SqlQuery &bind(const QVariant &value);
    SqlQuery &bindOptional(const std::optional<qint64> &value);
    // A null QString is bound as '' so NOT NULL text columns accept it.
    SqlQuery &bindText(const QString &value);
    // An invalid time is bound as NULL; valid ones as milliseconds since the epoch.
    SqlQuery &bindTime(const QDateTime &time);

    // Runs the statement; a failure is logged (the statement, never the values).
    protocol::Result<void> exec();

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    qint64 integer(int index) const { return m_query->value(index).toLongLong(); }
    QString text(int index) const;
    std::optional<qint64> optionalId(int index) const;
    QDateTime time(int index) const;
    int rowsAffected() const { return m_query->numRowsAffected(); }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }

private:
    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
    QString m_sql;
    bool m_prepared = false;
    bool m_cached = false;
};

// Runs each statement in order, stopping at the first failure.
protocol::Result<void> execAll(const QSqlDatabase &db, const QStringList &statements);

} // namespace parley::store
