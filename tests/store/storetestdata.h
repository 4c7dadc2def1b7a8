// Builders for cache tests: protocol values, changes and batches, and an opened cache.
#pragma once

#include "protocol/syncbatch.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace storetest {

using namespace parley;

inline QDateTime timeFor(qint64 id)
{
    return QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + id * 1000, Qt::UTC);
}

inline protocol::Message message(qint64 id, qint64 conversationId, const QString &body)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.senderId = 7;
    m.senderName = QStringLiteral("Ada Lovelace");
    m.kind = QStringLiteral("text");
    m.body = body;
    m.clientTxnId = QStringLiteral("txn-%1").arg(id);
    m.createdAt = timeFor(id);
    return m;
}

inline protocol::Matter matter(qint64 id, const QString &title)
{
    protocol::Matter m;
    m.id = id;
    m.number = QStringLiteral("2026-%1").arg(id, 4, 10, QLatin1Char('0'));
    m.title = title;
    m.status = QStringLiteral("open");
    m.updatedAt = timeFor(id);
    protocol::Party party;
    party.userId = 50 + id;
    party.role = QStringLiteral("client");
    party.name = QStringLiteral("Client %1").arg(id);
    party.email = QStringLiteral("client%1@example.org").arg(id);
    m.parties.append(party);
    return m;
}

inline protocol::Conversation conversation(
    qint64 id, std::optional<qint64> matterId, const QString &title)
{
    protocol::Conversation c;
    c.id = id;
    c.matterId = matterId;
    c.kind = matterId ? QStringLiteral("internal") : QStringLiteral("direct");
    c.title = title;
    c.createdAt = timeFor(id);
    protocol::Member member;
    member.userId = 7;
    member.name = QStringLiteral("Ada Lovelace");
    member.kind = QStringLiteral("staff");
    member.addedAt = timeFor(id);
    c.members.append(member);
    return c;
}

inline protocol::Change change(qint64 seq, const protocol::Message &m)
{
    return { seq, QStringLiteral("message"), m.toJson() };
}
inline protocol::Change change(qint64 seq, const protocol::Matter &m)
{
    return { seq, QStringLiteral("matter"), m.toJson() };
}
inline protocol::Change change(qint64 seq, const protocol::Conversation &c)
{
    return { seq, QStringLiteral("conversation"), c.toJson() };
}

inline protocol::SyncBatch batch(
    qint64 since, qint64 next, QList<protocol::Change> changes, bool snapshot = false)
{
    protocol::SyncBatch b;
    b.since = since;
    b.next = next;
    b.snapshot = snapshot;
    b.changes = std::move(changes);
    return b;
}

// A freshly opened cache in a temporary folder.
struct OpenCache
{
    QTemporaryDir dir;
    store::CacheDatabase database { dir.filePath(QStringLiteral("cache.sqlite")) };
    store::CacheStore store { &database };

    OpenCache() { REQUIRE(database.open().ok()); }
};

inline qint64 countRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace storetest
