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

// The wait until a window that began with the failure at lastMs has passed, in seconds.
qint64 secondsUntil(qint64 lastMs, qint64 windowMs, qint64 now)
{
    return std::max<qint64>(1, (lastMs + windowMs - now + 999) / 1000);
}
} // namespace

SignInThrottle::SignInThrottle(QSqlDatabase db, const Clock &clock, SignInPolicy policy)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_policy(policy)
{ }

QString SignInThrottle::addressKey(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped)
        return QHostAddress(ipv4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(std::begin(bytes.c) + 8, std::end(bytes.c), 0);
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

protocol::Result<void> SignInThrottle::check(const QString &email, const QHostAddress &from)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (auto open = checkAddress(from, now); !open)
        return open;
    return checkAccount(email, now);
}

protocol::Result<void> SignInThrottle::checkAddress(const QHostAddress &from, qint64 now)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT COUNT(*), MAX(at) FROM sign_in_attempts WHERE address = ?"
                       " AND success = 0 AND at > ?"));
    query.bindText(addressKey(from)).bind(now - m_policy.lockMinutes * MinuteMs);
    return refuseOver(query, now, m_policy.maxFailuresPerAddress, protocol::ErrorCode::RateLimited,
        [this](qint64 minutesLeft) {
            return QStringLiteral("Too many failed sign-ins from your network (%1 in %2 minutes). "
                                  "Try again in %3 minutes, or ask your administrator.")
                .arg(m_policy.maxFailuresPerAddress)
                .arg(m_policy.lockMinutes)
                .arg(minutesLeft);
        });
}

protocol::Result<void> SignInThrottle::checkAccount(const QString &email, qint64 now)
{
    // The failures since the last success and within the window.
    SqlQuery query(m_db,
        QStringLiteral("SELECT COUNT(*), MAX(at) FROM sign_in_attempts WHERE email = ?"
                       " AND success = 0 AND at > ? AND at > COALESCE((SELECT MAX(at) FROM"
                       " sign_in_attempts WHERE email = ? AND success = 1), 0)"));
    query.bindText(key(email)).bind(now - m_policy.lockMinutes * MinuteMs).bindText(key(email));
    return refuseOver(query, now, m_policy.maxFailures, protocol::ErrorCode::AccountLocked,
        [this](qint64 minutesLeft) {
            return QStringLiteral("Too many failed sign-ins (%1). Try again in %2 minutes, or ask "
                                  "your administrator.")
                .arg(m_policy.maxFailures)
                .arg(minutesLeft);
        });
}

protocol::Result<void> SignInThrottle::refuseOver(SqlQuery &query, qint64 now, qint64 limit,
    const char *code, const std::function<QString(qint64 minutesLeft)> &text)
{
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next() || query.integer(0) < limit)
        return {};
    const qint64 retryAfter = secondsUntil(query.integer(1), m_policy.lockMinutes * MinuteMs, now);
    qCInfo(lcAuth) << "sign-in refused:" << code;
    protocol::Error error
        = protocol::Error::limit(code, text((retryAfter + 59) / 60), limit, query.integer(0));
    error.details.insert(QStringLiteral("retry_after_seconds"), retryAfter);
    return error;
}

protocol::Result<void> SignInThrottle::recordFailure(const QString &email, const QHostAddress &from)
{
    return record(email, from, false);
}

protocol::Result<void> SignInThrottle::recordSuccess(const QString &email, const QHostAddress &from)
{
    return record(email, from, true);
}

protocol::Result<void> SignInThrottle::record(
    const QString &email, const QHostAddress &from, bool success)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "INSERT INTO sign_in_attempts (email, address, success, at) VALUES (?, ?, ?, ?)"));
    query.bindText(key(email))
        .bindText(addressKey(from))
        .bind(success ? 1 : 0)
        .bind(m_clock.now().toMSecsSinceEpoch());
    return query.exec();
}

} // namespace parley::server
