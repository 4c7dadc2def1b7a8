// Transaction: a write transaction that rolls back unless commit() succeeded.
#pragma once

#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class Transaction
{
public:
    enum class Mode {
        // SQLite: BEGIN IMMEDIATE takes the write lock up front, so two writers (the server
        // and an admin command) wait on busy_timeout instead of failing on a lock upgrade.
        // PostgreSQL: BEGIN and one transaction-scoped advisory lock, so writers of every
        // process run one at a time as on SQLite: change seqs commit in the order they were
        // taken (no reader skips a seq that commits late) and audit chains stay linear.
        Write,
        // SQLite: BEGIN (deferred); PostgreSQL: REPEATABLE READ. A consistent read view,
        // e.g. a snapshot and its seq.
        Read,
    };

    explicit Transaction(const QSqlDatabase &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; check before doing work.
    protocol::Result<void> status() const { return m_begin; }
    protocol::Result<void> commit();

private:
    QSqlDatabase m_db;
    protocol::Result<void> m_begin;
    bool m_open = false;
};

} // namespace parley::server
