// SignInThrottle: staff sign-in's brute-force guard. Wrong passwords and codes are counted
// per email address (known or not, so the lock says nothing about which addresses exist);
// after maxFailures within lockMinutes of each other, with no successful sign-in since, the
// address is locked until lockMinutes after the last failure: account_locked, naming the
// limit and when to try again, before any password is checked.
#pragma once

#include "protocol/result.h"

#include <QSqlDatabase>
#include <QString>

namespace parley::server {

class Clock;

struct SignInPolicy
{
    qint64 maxFailures = 5;
    qint64 lockMinutes = 15;
};

class SignInThrottle
{
public:
    SignInThrottle(QSqlDatabase db, const Clock &clock, SignInPolicy policy);

    // account_locked while the address is locked.
    protocol::Result<void> check(const QString &email);
    // Counts a wrong password or code; a success starts the count again.
    protocol::Result<void> recordFailure(const QString &email);
    protocol::Result<void> recordSuccess(const QString &email);

private:
    protocol::Result<void> record(const QString &email, bool success);

    QSqlDatabase m_db;
    const Clock &m_clock;
    SignInPolicy m_policy;
};

} // namespace parley::server
