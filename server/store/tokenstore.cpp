// Token rows.
#include "tokenstore.h"

#include "db/sqlquery.h"

namespace parley::server {

namespace {

// id, user_id, last_used_at, revoked, kind, created_at in columns 0 to 5.
TokenRecord readToken(const SqlQuery &query)
{
    return TokenRecord { query.integer(0), query.integer(1), query.integer(2),
        query.integer(3) != 0, query.text(4), query.integer(5) };
}

} // namespace

TokenStore::TokenStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> TokenStore::insert(
    qint64 userId, const QByteArray &tokenHash, const QString &kind, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO tokens (user_id, token_hash, kind, created_at, last_used_at)"
                       " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    query.bind(userId).bind(tokenHash).bindText(kind).bind(atMs).bind(atMs);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.insertedId();
}

protocol::Result<std::optional<SessionRecord>> TokenStore::findSession(const QByteArray &tokenHash)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT t.id, t.user_id, t.last_used_at, t.revoked_at IS NOT NULL, t.kind,"
                       " t.created_at, f.require_totp, %1 FROM tokens t"
                       " JOIN users u ON u.id = t.user_id JOIN firms f ON f.id = u.firm_id"
                       " WHERE t.token_hash = ?")
            .arg(userColumns(QLatin1String("u"))));
    query.bind(tokenHash);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return std::optional<SessionRecord>();
    return std::optional<SessionRecord>(
        SessionRecord { readToken(query), readUser(query, 7), query.integer(6) != 0 });
}

protocol::Result<std::optional<TokenRecord>> TokenStore::find(qint64 tokenId)
{
    return findWhere(QStringLiteral("id = ?"), tokenId);
}

protocol::Result<std::optional<TokenRecord>> TokenStore::findWhere(
    const QString &condition, const QVariant &value)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, user_id, last_used_at, revoked_at IS NOT NULL, kind, created_at"
                       " FROM tokens WHERE ")
            + condition);
    query.bind(value);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return std::optional<TokenRecord>();
    return std::optional<TokenRecord>(readToken(query));
}

protocol::Result<void> TokenStore::touch(qint64 tokenId, qint64 atMs)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ?"));
    query.bind(atMs).bind(tokenId);
    return query.exec();
}

protocol::Result<void> TokenStore::revoke(qint64 tokenId)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    query.bind(nowMs()).bind(tokenId);
    return query.exec();
}

protocol::Result<int> TokenStore::revokeAllOf(qint64 userId, const QString &kind, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND kind = ?"
                       " AND revoked_at IS NULL"));
    query.bind(atMs).bind(userId).bindText(kind);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.rowsAffected();
}

} // namespace parley::server
