// Prepared statements with checked results.
#include "sqlquery.h"

#include "cachedatabase.h"
#include "storelog.h"

#include <QSqlError>

namespace parley::store {

protocol::Error internalError()
{
    return protocol::Error::make(
        protocol::ErrorCode::Internal, QStringLiteral("The local cache could not be used."));
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_own(std::in_place, db)
    , m_query(&*m_own)
    , m_sql(sql)
{
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(sql);
    if (!m_prepared)
        qCWarning(lcStore) << "prepare failed:" << m_query->lastError().text() << "in" << sql;
}

SqlQuery::SqlQuery(CacheDatabase &database, const QString &sql)
    : m_query(database.statement(sql))
    , m_sql(sql)
    , m_prepared(m_query != nullptr)
    , m_cached(true)
{
    if (!m_query) {
        // Keep a valid object to read from; exec() reports the failure.
        m_own.emplace(database.handle());
        m_query = &*m_own;
    }
}

SqlQuery::~SqlQuery()
{
    // A reused statement is reset, so a finished read holds no snapshot of the database.
    if (m_cached && m_prepared)
        m_query->finish();
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query->addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::bindOptional(const std::optional<qint64> &value)
{
    m_query->addBindValue(value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

SqlQuery &SqlQuery::bindText(const QString &value)
{
    return bind(value.isNull() ? QStringLiteral("") : value);
}

SqlQuery &SqlQuery::bindTime(const QDateTime &time)
{
    return bindOptional(
        time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt);
}

protocol::Result<void> SqlQuery::exec()
{
    if (!m_prepared)
        return internalError();
    if (m_query->exec())
        return {};
    qCWarning(lcStore) << "query failed:" << m_query->lastError().text() << "in" << m_sql;
    return internalError();
}

QString SqlQuery::text(int index) const
{
    const QVariant value = m_query->value(index);
    return value.isNull() ? QString() : value.toString();
}

std::optional<qint64> SqlQuery::optionalId(int index) const
{
    const QVariant value = m_query->value(index);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QDateTime SqlQuery::time(int index) const
{
    const QVariant value = m_query->value(index);
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

protocol::Result<void> execAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        SqlQuery query(db, statement);
        if (auto result = query.exec(); !result)
            return result;
    }
    return {};
}

} // namespace parley::store
