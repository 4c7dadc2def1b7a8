// TokenStore: session tokens, kept only as SHA-256 hashes.
#pragma once

#include "protocol/result.h"
#include "store/userstore.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct TokenRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 lastUsedAt = 0; // ms since the epoch
    bool revoked = false;
    QString kind = QStringLiteral("staff"); // staff (bearer) | portal (a client's cookie)
    qint64 createdAt = 0; // ms since the epoch: when the session was signed in
};

// A session as authenticating a request needs it: the token, its user and whether the
// user's firm requires two-step verification, read together.
struct SessionRecord
{
    TokenRecord token;
    UserRecord user;
    bool firmRequiresTotp = false;
};

class TokenStore
{
public:
    explicit TokenStore(QSqlDatabase db);

    // A token of the given kind, created and last used at atMs.
    protocol::Result<qint64> insert(
        qint64 userId, const QByteArray &tokenHash, const QString &kind, qint64 atMs);
    // One query: every request authenticates with it.
    protocol::Result<std::optional<SessionRecord>> findSession(const QByteArray &tokenHash);
    protocol::Result<std::optional<TokenRecord>> find(qint64 tokenId);
    protocol::Result<void> touch(qint64 tokenId, qint64 atMs);
    protocol::Result<void> revoke(qint64 tokenId);
    // Revokes every open token of the kind the user has; gives back how many there were.
    protocol::Result<int> revokeAllOf(qint64 userId, const QString &kind, qint64 atMs);

private:
    protocol::Result<std::optional<TokenRecord>> findWhere(
        const QString &condition, const QVariant &value);

    QSqlDatabase m_db;
};

} // namespace parley::server
