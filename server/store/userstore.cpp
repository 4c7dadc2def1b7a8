// User rows.
#include "userstore.h"

#include "db/sqlquery.h"

namespace parley::server {

namespace {

const auto UserColumns
    = QLatin1String("id, kind, role, name, email, phone, totp_secret, firm_id, password_hash");

} // namespace

QString userColumns(QLatin1String table)
{
    QStringList columns = QString(UserColumns).split(QLatin1String(", "));
    for (QString &column : columns)
        column.prepend(table + u'.');
    return columns.join(QLatin1String(", "));
}

UserRecord readUser(const SqlQuery &query, int first)
{
    UserRecord record;
    record.user.id = query.integer(first);
    record.user.kind = query.text(first + 1);
    record.user.role = query.text(first + 2);
    record.user.name = query.text(first + 3);
    record.user.email = query.text(first + 4);
    record.user.phone = query.text(first + 5);
    record.totpSecret = query.text(first + 6);
    record.user.totpEnabled = !record.totpSecret.isEmpty();
    record.firmId = query.integer(first + 7);
    record.passwordHash = query.text(first + 8);
    return record;
}

UserStore::UserStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> UserStore::create(const NewUser &user)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "INSERT INTO users (firm_id, kind, role, name, email, phone, password_hash,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"));
    query.bind(user.firmId).bind(user.kind).bind(user.role).bind(user.name).bind(user.email);
    query.bindText(user.phone);
    query.bind(user.passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(user.passwordHash));
    query.bind(nowMs());
    // An address taken inserts nothing (no failed statement, which would end a PostgreSQL
    // transaction).
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return protocol::Error::make(protocol::ErrorCode::Conflict,
            QStringLiteral("A user with this email address already exists."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("email") } });
    return query.integer(0);
}

protocol::Result<std::optional<UserRecord>> UserStore::findWhere(
    const QString &condition, const QVariant &value)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT %1 FROM users WHERE %2").arg(UserColumns, condition));
    query.bind(value);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(query));
}

protocol::Result<std::optional<UserRecord>> UserStore::findByEmail(const QString &email)
{
    return findWhere(QStringLiteral("email = ?"), email.trimmed());
}

protocol::Result<std::optional<UserRecord>> UserStore::find(qint64 id)
{
    return findWhere(QStringLiteral("id = ?"), id);
}

protocol::Result<QList<protocol::User>> UserStore::list(qint64 firmId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT %1 FROM users WHERE firm_id = ? ORDER BY kind DESC, name")
            .arg(UserColumns));
    query.bind(firmId);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::User> users;
    while (query.next())
        users.append(readUser(query).user);
    return users;
}

protocol::Result<void> UserStore::setTotpSecret(qint64 userId, const QString &secretBase32)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE users SET totp_secret = ? WHERE id = ?"));
    query.bind(secretBase32).bind(userId);
    return query.exec();
}

} // namespace parley::server
