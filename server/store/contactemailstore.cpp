// Contact email rows.
#include "contactemailstore.h"

#include "common/errors.h"
#include "db/sqlquery.h"

namespace parley::server {

ContactEmailStore::ContactEmailStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<std::optional<qint64>> ContactEmailStore::owner(const QString &email)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id FROM users WHERE email = ?"
                       " UNION ALL SELECT user_id FROM contact_emails WHERE email = ? LIMIT 1"));
    query.bindText(email).bindText(email);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.integer(0));
}

protocol::Result<void> ContactEmailStore::add(
    qint64 userId, const QString &email, qint64 addedBy, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO contact_emails (user_id, email, added_by, added_at)"
                       " VALUES (?, ?, ?, ?)"));
    query.bind(userId).bindText(email).bind(addedBy).bind(atMs);
    return query.exec();
}

protocol::Result<QString> ContactEmailStore::portalEmail(qint64 userId)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT COALESCE(portal_email, email) FROM users WHERE id = ?"));
    query.bind(userId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(QStringLiteral("The contact"));
    return query.text(0);
}

protocol::Result<void> ContactEmailStore::setPortalEmail(
    qint64 userId, const std::optional<QString> &email)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE users SET portal_email = ? WHERE id = ?"));
    query.bind(email ? QVariant(*email) : QVariant(QMetaType::fromType<QString>())).bind(userId);
    return query.exec();
}

} // namespace parley::server
