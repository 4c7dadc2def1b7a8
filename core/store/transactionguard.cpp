// The rollback-unless-committed transaction guard.
#include "transactionguard.h"

#include "sqlquery.h"
#include "storelog.h"

namespace parley::store {

TransactionGuard::TransactionGuard(const QSqlDatabase &db)
    : m_db(db)
{
    SqlQuery begin(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_begin = begin.exec();
    m_open = m_begin.ok();
}

TransactionGuard::~TransactionGuard()
{
    if (!m_open)
        return;
    SqlQuery rollback(m_db, QStringLiteral("ROLLBACK"));
    if (!rollback.exec())
        qCWarning(lcStore) << "rollback failed";
}

protocol::Result<void> TransactionGuard::commit()
{
    if (!m_open)
        return m_begin.ok() ? internalError() : m_begin.error();
    SqlQuery commitQuery(m_db, QStringLiteral("COMMIT"));
    auto result = commitQuery.exec();
    if (result)
        m_open = false;
    return result;
}

} // namespace parley::store
