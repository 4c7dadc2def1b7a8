// Counting failed sign-ins.
#include "signinthrottle.h"

#include "common/clock.h"
#include "common/logcategories.h"
#include "db/sqlquery.h"

namespace parley::server {

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
// Addresses are compared as typed apart from case and surrounding spaces.
QString key(const QString &email)
{
    return email.trimmed().toLower().left(320);
}
} // namespace

SignInThrottle::SignInThrottle(QSqlDatabase db, const Clock &clock, SignInPolicy policy)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_policy(policy)
{ }

protocol::Result<void> SignInThrottle::check(const QString &email)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 window = m_policy.lockMinutes * MinuteMs;
    // The failures since the last success and within the window, newest first.
    SqlQuery query(m_db,
        QStringLiteral("SELECT COUNT(*), MAX(at) FROM sign_in_attempts WHERE email = ?"
                       " AND success = 0 AND at > ? AND at > COALESCE((SELECT MAX(at) FROM"
                       " sign_in_attempts WHERE email = ? AND success = 1), 0)"));
    query.bindText(key(email)).bind(now - window).bindText(key(email));
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next() || query.integer(0) < m_policy.maxFailures)
        return {};
    const qint64 until = query.integer(1) + window;
    const qint64 retryAfter = std::max<qint64>(1, (until - now + 999) / 1000);
    protocol::Error error = protocol::Error::limit(protocol::ErrorCode::AccountLocked,
        QStringLiteral("Too many failed sign-ins (%1). Try again in %2 minutes, or ask your "
                       "administrator.")
            .arg(m_policy.maxFailures)
            .arg((retryAfter + 59) / 60),
        m_policy.maxFailures, query.integer(0));
    error.details.insert(QStringLiteral("retry_after_seconds"), retryAfter);
    return error;
}

protocol::Result<void> SignInThrottle::recordFailure(const QString &email)
{
    return record(email, false);
}

protocol::Result<void> SignInThrottle::recordSuccess(const QString &email)
{
    return record(email, true);
}

protocol::Result<void> SignInThrottle::record(const QString &email, bool success)
{
    SqlQuery query(
        m_db, QStringLiteral("INSERT INTO sign_in_attempts (email, success, at) VALUES (?, ?, ?)"));
    query.bindText(key(email)).bind(success ? 1 : 0).bind(m_clock.now().toMSecsSinceEpoch());
    return query.exec();
}

} // namespace parley::server
