// Full-text search over the cache: words, recency order, and input taken literally.
#include "storetestdata.h"

using namespace parley;
using namespace storetest;

namespace {

void fill(OpenCache &cache)
{
    REQUIRE(*cache.store.applyBatch(batch(0, 5,
        { change(1, message(1, 5, QStringLiteral("The custody hearing is on Monday"))),
            change(2, message(2, 5, QStringLiteral("Settlement draft for the custody agreement"))),
            change(3, message(3, 6, QStringLiteral("Invoice attached"))),
            change(4, message(4, 6, QStringLiteral("Custody: see the \"final\" OR draft"))),
            change(5, message(5, 6, QStringLiteral("Grüße aus Köln, Zürich"))) },
        true)));
}

QList<qint64> ids(const protocol::Result<QList<protocol::Message>> &found)
{
    REQUIRE(found.ok());
    QList<qint64> result;
    for (const auto &m : *found)
        result.append(m.id);
    return result;
}

} // namespace

TEST_CASE("Search finds words, newest first, all words required")
{
    OpenCache cache;
    fill(cache);
    CHECK(ids(cache.store.search(QStringLiteral("custody"), 10)) == QList<qint64> { 4, 2, 1 });
    CHECK(ids(cache.store.search(QStringLiteral("CUSTODY draft"), 10)) == QList<qint64> { 4, 2 });
    CHECK(ids(cache.store.search(QStringLiteral("custody"), 2)) == QList<qint64> { 4, 2 });
    CHECK(ids(cache.store.search(QStringLiteral("invoice"), 10)) == QList<qint64> { 3 });
    CHECK(ids(cache.store.search(QStringLiteral("köln"), 10)) == QList<qint64> { 5 });
    CHECK(ids(cache.store.search(QStringLiteral("nothing"), 10)).isEmpty());
    const auto found = cache.store.search(QStringLiteral("invoice"), 10);
    CHECK(found->first() == message(3, 6, QStringLiteral("Invoice attached")));
}

TEST_CASE("Search takes hostile input literally and never fails")
{
    OpenCache cache;
    fill(cache);
    const QStringList hostile { QStringLiteral("\""), QStringLiteral("\"foo"), QStringLiteral("*"),
        QStringLiteral("a OR"), QStringLiteral("OR"), QStringLiteral("NEAR("),
        QStringLiteral("NEAR(custody draft)"), QStringLiteral(""), QStringLiteral("   "),
        QStringLiteral("custody*"), QStringLiteral("body:custody"), QStringLiteral("^custody"),
        QStringLiteral("(custody"), QStringLiteral("-custody"), QStringLiteral("AND NOT"),
        QStringLiteral("\"final\""), QStringLiteral("'; DROP TABLE messages; --") };
    for (const QString &input : hostile) {
        INFO(input.toStdString());
        CHECK(cache.store.search(input, 10).ok());
    }
    // Operators are words like any other.
    CHECK(ids(cache.store.search(QStringLiteral("custody OR draft"), 10)) == QList<qint64> { 4 });
    CHECK(ids(cache.store.search(QStringLiteral("\"final\""), 10)) == QList<qint64> { 4 });
    CHECK(ids(cache.store.search(QStringLiteral("custody*"), 10)) == QList<qint64> { 4, 2, 1 });
    CHECK(ids(cache.store.search(QString(), 10)).isEmpty());
    CHECK(countRows(cache.database.handle(), QStringLiteral("SELECT COUNT(*) FROM messages")) == 5);
}

TEST_CASE("The FTS query quotes every word as a phrase")
{
    using store::CacheStore;
    CHECK(CacheStore::ftsQuery(QStringLiteral("a OR b")) == QStringLiteral("\"a\" \"OR\" \"b\""));
    CHECK(CacheStore::ftsQuery(QStringLiteral("say \"hi")) == QStringLiteral("\"say\" \"\"\"hi\""));
    CHECK(CacheStore::ftsQuery(QStringLiteral(" * \" ( ")).isEmpty());
}

TEST_CASE("Search results name where their conversations live")
{
    OpenCache cache;
    REQUIRE(*cache.store.applyBatch(batch(0, 3,
        { change(1, matter(2, QStringLiteral("Doe custody"))),
            change(2, conversation(5, 2, QStringLiteral("Case team"))),
            change(3, conversation(6, std::nullopt, QString())) },
        true)));
    const auto places = cache.store.conversationPlaces({ 5, 6, 5, 99 });
    REQUIRE(places.ok());
    CHECK(places->size() == 2); // repeated ids once, unknown ones left out
    const store::ConversationPlace thread = places->value(5);
    CHECK(thread.matterId == 2);
    CHECK(thread.matterNumber == QStringLiteral("2026-0002"));
    CHECK(thread.title == QStringLiteral("Case team"));
    CHECK(thread.kind == QStringLiteral("internal"));
    const store::ConversationPlace direct = places->value(6);
    CHECK_FALSE(direct.matterId.has_value());
    CHECK(direct.matterNumber.isEmpty());
    CHECK(direct.kind == QStringLiteral("direct"));

    CHECK(cache.store.conversationMatter(5)->value() == 2);
    CHECK_FALSE(cache.store.conversationMatter(6)->has_value());
    const auto unknown = cache.store.conversationMatter(99);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QLatin1String(protocol::ErrorCode::NotFound));
}
