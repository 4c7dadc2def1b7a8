// The rollback-unless-committed transaction guard.
#include "transaction.h"

#include "common/logcategories.h"
#include "dialect.h"
#include "sqlquery.h"

namespace parley::server {

namespace {

// The advisory lock every PostgreSQL write transaction holds ("parley" in ASCII).
constexpr qint64 WriteLockKey = 0x7061726c6579;

QString beginStatement(DbBackend backend, Transaction::Mode mode)
{
    if (backend == DbBackend::Sqlite)
        return mode == Transaction::Mode::Write ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("BEGIN");
    return mode == Transaction::Mode::Write
        ? QStringLiteral("BEGIN")
        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
}

} // namespace

Transaction::Transaction(const QSqlDatabase &db, Mode mode)
    : m_db(db)
{
    const DbBackend backend = backendOf(m_db);
    SqlQuery begin(m_db, beginStatement(backend, mode));
    m_begin = begin.exec();
    m_open = m_begin.ok();
    if (m_open && backend == DbBackend::Postgres && mode == Mode::Write) {
        SqlQuery lock(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey));
        m_begin = lock.exec();
    }
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
    if (!m_begin.ok())
        return m_begin;
    if (!m_open)
        return m_begin.ok() ? protocol::Result<void>() : m_begin;
    SqlQuery commitQuery(m_db, QStringLiteral("COMMIT"));
    auto result = commitQuery.exec();
    if (result)
        m_open = false;
    return result;
}

} // namespace parley::server
