// Prepared statements with checked results.
#include "sqlquery.h"

#include "common/errors.h"
#include "common/logcategories.h"
#include "dialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace parley::server {

namespace {

// sql with each '?' outside quotes and comments replaced by the next value as a literal;
// empty when the counts differ.
QString withLiterals(const QString &sql, const QVariantList &values, const QSqlDriver *driver)
{
    QString text;
    text.reserve(sql.size() + values.size() * 8);
    qsizetype next = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A quoted literal or name runs to its closing quote (a doubled quote is inside).
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? sql.size() - 1 : end;
            text += QStringView(sql).mid(i, stop - i + 1);
            i = stop;
            continue;
        }
        if (c != QLatin1Char('?')) {
            text += c;
            continue;
        }
        if (next >= values.size())
            return {};
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        text += driver->formatValue(field);
    }
    return next == values.size() ? text : QString();
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    // QPSQL fetches a forward-only result row by row (libpq's single-row mode), and the rows
    // not yet read are lost when another statement runs on the connection: callers read one
    // result while running others, so PostgreSQL results are fetched whole.
    const bool postgres = backendOf(db) == DbBackend::Postgres;
    m_query.setForwardOnly(!postgres);
    if (postgres) {
        m_direct = true;
        m_prepared = true;
        return;
    }
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        qCWarning(lcDb) << "prepare failed:" << m_query.lastError().text() << "in" << sql;
}

void SqlQuery::add(const QVariant &value)
{
    if (m_direct) {
        // Written into the statement as a literal: only the types whose quoting the driver
        // does itself; anything else would go in as its unquoted text.
        switch (value.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::Float:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::QString:
        case QMetaType::QByteArray:
            break;
        default:
            qCWarning(lcDb) << "a value of type" << value.metaType().name() << "cannot be bound in"
                            << m_sql;
            m_prepared = false; // exec() answers internal_error
            return;
        }
        m_values.append(value);
    } else
        m_query.addBindValue(value);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    add(value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
    return *this;
}

SqlQuery &SqlQuery::bindIds(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        add(id);
    return *this;
}

SqlQuery &SqlQuery::bindText(const QString &value)
{
    return bind(value.isNull() ? QStringLiteral("") : value);
}

SqlQuery &SqlQuery::bindOptional(const std::optional<qint64> &value)
{
    add(value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

protocol::Result<void> SqlQuery::exec()
{
    m_uniqueViolation = false;
    if (!m_prepared)
        return internalError();
    if (m_direct) {
        const QString text = withLiterals(m_sql, m_values, m_query.driver());
        if (text.isEmpty()) {
            qCWarning(lcDb) << "bound values do not match the placeholders in" << m_sql;
            return internalError();
        }
        if (m_query.exec(text))
            return {};
    } else if (m_query.exec()) {
        return {};
    }
    const QSqlError error = m_query.lastError();
    // SQLite extended codes 2067 (UNIQUE) and 1555 (PRIMARY KEY), PostgreSQL's SQLSTATE 23505,
    // are expected by callers that insert idempotently, so they are not warnings.
    const QString native = error.nativeErrorCode();
    m_uniqueViolation = native == QLatin1String("2067") || native == QLatin1String("1555")
        || native == QLatin1String("23505")
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
    if (m_uniqueViolation)
        qCDebug(lcDb) << "unique constraint hit in" << m_sql;
    else
        qCWarning(lcDb) << "query failed:" << error.text() << "in" << m_sql;
    return internalError();
}

protocol::Result<qint64> SqlQuery::insertedId()
{
    if (!m_query.next()) {
        qCWarning(lcDb) << "no id came back from" << m_sql;
        return internalError();
    }
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

std::optional<qint64> SqlQuery::optionalId(int index) const
{
    const QVariant value = m_query.value(index);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QDateTime SqlQuery::time(int index) const
{
    const QVariant value = m_query.value(index);
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

} // namespace parley::server
