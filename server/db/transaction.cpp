// The rollback-unless-committed transaction guard.
#include "transaction.h"

#include "common/logcategories.h"
#include "sqlquery.h"

namespace parley::server {

Transaction::Transaction(const QSqlDatabase &db, Mode mode)
    : m_db(db)
{
    SqlQuery begin(
        m_db, mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_begin = begin.exec();
    m_open = m_begin.ok();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    SqlQuery rollback(m_db, QStringLiteral("ROLLBACK"));
    if (!rollback.exec())
        qCWarning(lcDb) << "rollback failed";
}

protocol::Result<void> Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? protocol::Result<void>() : m_begin;
    SqlQuery commitQuery(m_db, QStringLiteral("COMMIT"));
    auto result = commitQuery.exec();
    if (result)
        m_open = false;
    return result;
}

} // namespace parley::server
