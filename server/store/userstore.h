// UserStore: staff and client rows, with the sign-in secrets that never leave the server.
#pragma once

#include "protocol/result.h"
#include "protocol/user.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct UserRecord
{
    protocol::User user;
    qint64 firmId = 0;
    QString passwordHash; // empty for clients
    QString totpSecret; // base32; empty unless enrolled
};

struct NewUser
{
    qint64 firmId = 0;
    QString kind; // "staff" | "client"
    QString role;
    QString name;
    QString email;
    QString phone;
    QString passwordHash;
};

class SqlQuery;

// The user columns readUser reads, each prefixed with "table." (for joins), and the record
// read from them starting at column first.
QString userColumns(QLatin1String table);
UserRecord readUser(const SqlQuery &query, int first = 0);

class UserStore
{
public:
    explicit UserStore(QSqlDatabase db);

    // A duplicate email gives a conflict error.
    protocol::Result<qint64> create(const NewUser &user);
    protocol::Result<std::optional<UserRecord>> findByEmail(const QString &email);
    protocol::Result<std::optional<UserRecord>> find(qint64 id);
    protocol::Result<QList<protocol::User>> list(qint64 firmId);
    protocol::Result<void> setTotpSecret(qint64 userId, const QString &secretBase32);

private:
    protocol::Result<std::optional<UserRecord>> findWhere(
        const QString &condition, const QVariant &value);

    QSqlDatabase m_db;
};

} // namespace parley::server
