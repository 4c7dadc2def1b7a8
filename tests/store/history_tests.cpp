// How much of each conversation's history the cache holds: a snapshot's window starts it,
// pages from the server extend it only where they touch it, and the server's "nothing
// older" makes it complete; timeline pages never reach below a gap.
#include "storetestdata.h"

using namespace parley;
using namespace storetest;

namespace {

QList<qint64> ids(const protocol::Result<QList<protocol::Message>> &page)
{
    REQUIRE(page.ok());
    QList<qint64> result;
    for (const auto &m : *page)
        result.append(m.id);
    return result;
}

QList<protocol::Message> messages(qint64 conversationId, const QList<qint64> &messageIds)
{
    QList<protocol::Message> list;
    for (qint64 id : messageIds)
        list.append(message(id, conversationId, QStringLiteral("note %1").arg(id)));
    return list;
}

} // namespace

TEST_CASE("A snapshot's window starts the history; older cached rows below a gap stay hidden")
{
    OpenCache cache;
    CHECK(cache.store.history(5)->contiguousFrom == 0);
    CHECK_FALSE(cache.store.history(5)->complete);

    REQUIRE(*cache.store.applyBatch(batch(0, 3,
        { change(1, message(1, 5, QStringLiteral("first"))),
            change(2, message(2, 5, QStringLiteral("second"))),
            change(3, message(3, 6, QStringLiteral("elsewhere"))) },
        true)));
    CHECK(cache.store.history(5)->contiguousFrom == 1);
    CHECK(cache.store.history(6)->contiguousFrom == 3);
    CHECK(ids(cache.store.messagesPage(5, std::nullopt, 10)) == QList<qint64> { 1, 2 });

    // Incremental changes add to the top and leave the start alone.
    REQUIRE(
        *cache.store.applyBatch(batch(3, 4, { change(4, message(4, 5, QStringLiteral("x"))) })));
    CHECK(cache.store.history(5)->contiguousFrom == 1);
    CHECK(ids(cache.store.messagesPage(5, std::nullopt, 10)) == QList<qint64> { 1, 2, 4 });

    // A later snapshot may leave a gap below its window: paging stops there, search does not.
    REQUIRE(*cache.store.applyBatch(batch(0, 20,
        { change(20, message(10, 5, QStringLiteral("window one"))),
            change(20, message(11, 5, QStringLiteral("window two"))) },
        true)));
    CHECK(cache.store.history(5)->contiguousFrom == 10);
    CHECK_FALSE(cache.store.history(5)->complete);
    CHECK(ids(cache.store.messagesPage(5, std::nullopt, 10)) == QList<qint64> { 10, 11 });
    CHECK(ids(cache.store.messagesPage(5, 10, 10)).isEmpty());
    CHECK(cache.store.search(QStringLiteral("second"), 10)->size() == 1);
}

TEST_CASE("A later snapshot whose window overlaps the cached history keeps it, complete or not")
{
    OpenCache cache;
    REQUIRE(*cache.store.applyBatch(batch(0, 3,
        { change(1, message(1, 5, QStringLiteral("one"))),
            change(2, message(2, 5, QStringLiteral("two"))),
            change(3, message(3, 5, QStringLiteral("three"))) },
        true)));
    // The server says nothing is older: the history is complete from its first message.
    REQUIRE(cache.store.storeHistoryPage(5, 1, {}, std::nullopt).ok());
    REQUIRE(cache.store.history(5)->complete);
    // A new snapshot whose window starts at 3 (cached already): nothing can be missing.
    REQUIRE(*cache.store.applyBatch(batch(0, 9,
        { change(8, message(3, 5, QStringLiteral("three"))),
            change(9, message(4, 5, QStringLiteral("four"))) },
        true)));
    CHECK(cache.store.history(5)->complete);
    CHECK(ids(cache.store.messagesPage(5, 3, 10)) == QList<qint64> { 1, 2 });
    // One whose window starts above everything cached leaves a possible gap.
    REQUIRE(*cache.store.applyBatch(
        batch(0, 12, { change(12, message(30, 5, QStringLiteral("much later"))) }, true)));
    CHECK_FALSE(cache.store.history(5)->complete);
    CHECK(cache.store.history(5)->contiguousFrom == 30);
}

TEST_CASE("Server pages extend the history where they touch it and complete it")
{
    OpenCache cache;
    REQUIRE(*cache.store.applyBatch(batch(0, 2,
        { change(1, message(1, 5, QStringLiteral("island"))),
            change(2, message(20, 5, QStringLiteral("window"))),
            change(2, message(21, 5, QStringLiteral("window"))) },
        false)));
    REQUIRE(*cache.store.applyBatch(batch(0, 3,
        { change(3, message(20, 5, QStringLiteral("window"))),
            change(3, message(21, 5, QStringLiteral("window"))) },
        true)));
    REQUIRE(cache.store.history(5)->contiguousFrom == 20);

    // A page from further back leaves a gap: stored, but the history does not move.
    REQUIRE(cache.store.storeHistoryPage(5, 5, messages(5, { 2, 3, 4 }), 2).ok());
    CHECK(cache.store.history(5)->contiguousFrom == 20);
    CHECK(ids(cache.store.messagesPage(5, std::nullopt, 10)) == QList<qint64> { 20, 21 });

    // The page just before the window extends it; rows of another conversation are ignored.
    QList<protocol::Message> page = messages(5, { 15, 16, 17, 18, 19 });
    page.append(message(99, 6, QStringLiteral("not this conversation")));
    REQUIRE(cache.store.storeHistoryPage(5, 20, page, 15).ok());
    CHECK(cache.store.history(5)->contiguousFrom == 15);
    CHECK_FALSE(cache.store.history(5)->complete);
    CHECK(ids(cache.store.messagesPage(5, 20, 10)) == QList<qint64> { 15, 16, 17, 18, 19 });
    CHECK(ids(cache.store.messagesPage(6, std::nullopt, 10)).isEmpty());

    // The server says nothing is older: the whole history is cached, older rows included.
    REQUIRE(cache.store
                .storeHistoryPage(
                    5, 15, messages(5, { 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 }), std::nullopt)
                .ok());
    CHECK(cache.store.history(5)->contiguousFrom == 0);
    CHECK(cache.store.history(5)->complete);
    CHECK(ids(cache.store.messagesPage(5, 6, 10)) == QList<qint64> { 1, 2, 3, 4, 5 });
    CHECK(countRows(cache.database.handle(),
              QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = 5"))
        == 21);

    // Storing the newest page again changes nothing and doubles nothing.
    REQUIRE(cache.store.storeHistoryPage(5, std::nullopt, messages(5, { 20, 21 }), 20).ok());
    CHECK(cache.store.history(5)->complete);
    CHECK(countRows(cache.database.handle(),
              QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = 5"))
        == 21);
}
