// SignInThrottle: staff sign-in's brute-force guard, counted in the database so every server
// process shares it.
// - Per account: wrong passwords and codes are counted per email address (known or not, so
//   the lock says nothing about which addresses exist); after maxFailures within lockMinutes
//   of each other, with no successful sign-in since, the address is locked until lockMinutes
//   after the last failure: account_locked, naming the limit and when to try again.
// - Per network address: after maxFailuresPerAddress failures from one client address (an
//   IPv6 client counts by its /64) within lockMinutes, whatever the accounts tried, that
//   address is refused with rate_limited until lockMinutes after its last failure. This stops
//   one machine from trying a few passwords on many accounts.
// Both are checked before any password is hashed.
#pragma once

#include "protocol/result.h"

#include <QHostAddress>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace parley::server {

class Clock;
class SqlQuery;

struct SignInPolicy
{
    qint64 maxFailures = 5;
    qint64 lockMinutes = 15;
    qint64 maxFailuresPerAddress = 50;
};

class SignInThrottle
{
public:
    SignInThrottle(QSqlDatabase db, const Clock &clock, SignInPolicy policy);

    // rate_limited while the client address is refused, account_locked while the email
    // address is locked.
    protocol::Result<void> check(const QString &email, const QHostAddress &from);
    // Counts a wrong password or code; a success starts the account's count again.
    protocol::Result<void> recordFailure(const QString &email, const QHostAddress &from);
    protocol::Result<void> recordSuccess(const QString &email, const QHostAddress &from);

    // How attempts from an address are grouped: an IPv4 address as such, an IPv6 one by
    // its /64 (one site's, however many addresses it takes).
    static QString addressKey(const QHostAddress &address);

private:
    protocol::Result<void> checkAddress(const QHostAddress &from, qint64 now);
    protocol::Result<void> checkAccount(const QString &email, qint64 now);
    // query counts failures and gives the last one's time (COUNT(*), MAX(at)): at limit or
    // more, the error code with text (given the minutes left), the limit and when to retry.
    protocol::Result<void> refuseOver(SqlQuery &query, qint64 now, qint64 limit, const char *code,
        const std::function<QString(qint64 minutesLeft)> &text);
    protocol::Result<void> record(const QString &email, const QHostAddress &from, bool success);

    QSqlDatabase m_db;
    const Clock &m_clock;
    SignInPolicy m_policy;
};

} // namespace parley::server
