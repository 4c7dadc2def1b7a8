// TransactionGuard: BEGIN IMMEDIATE, rolled back in the destructor unless commit() succeeded.
#pragma once

#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::store {

class TransactionGuard
{
public:
    // IMMEDIATE takes the write lock up front, so a busy database waits on busy_timeout
    // instead of failing later on a lock upgrade.
    explicit TransactionGuard(const QSqlDatabase &db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // Whether BEGIN succeeded; check before doing work.
    protocol::Result<void> status() const { return m_begin; }
    protocol::Result<void> commit();

private:
    QSqlDatabase m_db;
    protocol::Result<void> m_begin;
    bool m_open = false;
};

} // namespace parley::store
