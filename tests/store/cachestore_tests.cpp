// CacheStore: batches with their since token, upserts in place, matters, conversations, paging.
#include "storetestdata.h"

using namespace parley;
using namespace storetest;

TEST_CASE("A snapshot then increments store the data with the since token")
{
    OpenCache cache;
    CHECK(*cache.store.since() == 0);
    CHECK_FALSE(*cache.store.hasSnapshot());

    const auto snapshot = batch(0, 10,
        { change(1, matter(1, QStringLiteral("Smith v Smith"))),
            change(2, conversation(5, 1, QStringLiteral("Team"))),
            change(3, message(100, 5, QStringLiteral("first"))) },
        true);
    REQUIRE(*cache.store.applyBatch(snapshot));
    CHECK(*cache.store.since() == 10);
    CHECK(*cache.store.hasSnapshot());

    REQUIRE(*cache.store.applyBatch(
        batch(10, 12, { change(12, message(101, 5, QStringLiteral("second"))) })));
    CHECK(*cache.store.since() == 12);

    auto matters = cache.store.matters();
    REQUIRE(matters.ok());
    REQUIRE(matters->size() == 1);
    CHECK(matters->first() == matter(1, QStringLiteral("Smith v Smith")));

    auto conversations = cache.store.conversations(1);
    REQUIRE(conversations.ok());
    REQUIRE(conversations->size() == 1);
    CHECK(conversations->first() == conversation(5, 1, QStringLiteral("Team")));
    CHECK(cache.store.conversations(std::nullopt)->isEmpty());

    auto page = cache.store.messagesPage(5, std::nullopt, 50);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 2);
    CHECK(page->at(0) == message(100, 5, QStringLiteral("first")));
    CHECK(page->at(1) == message(101, 5, QStringLiteral("second")));
}

TEST_CASE("Applying a batch twice leaves the same rows")
{
    OpenCache cache;
    const auto snapshot = batch(0, 3,
        { change(1, conversation(5, std::nullopt, QStringLiteral("Direct"))),
            change(2, message(1, 5, QStringLiteral("a"))),
            change(3, message(2, 5, QStringLiteral("b"))) },
        true);
    REQUIRE(*cache.store.applyBatch(snapshot));
    REQUIRE(*cache.store.applyBatch(snapshot));
    const auto increment = batch(3, 4, { change(4, message(3, 5, QStringLiteral("c"))) });
    REQUIRE(*cache.store.applyBatch(increment));
    // The second time its since no longer matches: dropped, nothing doubled.
    CHECK_FALSE(*cache.store.applyBatch(increment));
    const QSqlDatabase db = cache.database.handle();
    CHECK(countRows(db, QStringLiteral("SELECT COUNT(*) FROM messages")) == 3);
    CHECK(countRows(db, QStringLiteral("SELECT COUNT(*) FROM conversations")) == 1);
    CHECK(countRows(db, QStringLiteral("SELECT COUNT(*) FROM members")) == 1);
    CHECK(*cache.store.since() == 4);
    CHECK(cache.store.conversations(std::nullopt)->size() == 1);
}

TEST_CASE("A batch whose since does not match the stored one is dropped")
{
    OpenCache cache;
    REQUIRE(*cache.store.applyBatch(batch(0, 5, {}, true)));
    auto stale
        = cache.store.applyBatch(batch(3, 8, { change(7, message(1, 5, QStringLiteral("x"))) }));
    REQUIRE(stale.ok());
    CHECK_FALSE(*stale);
    auto ahead
        = cache.store.applyBatch(batch(6, 8, { change(7, message(1, 5, QStringLiteral("x"))) }));
    REQUIRE(ahead.ok());
    CHECK_FALSE(*ahead);
    CHECK(*cache.store.since() == 5);
    CHECK(countRows(cache.database.handle(), QStringLiteral("SELECT COUNT(*) FROM messages")) == 0);
}

TEST_CASE("A change that does not decode rolls the whole batch back")
{
    OpenCache cache;
    protocol::Change bad { 2, QStringLiteral("message"),
        QJsonObject { { QStringLiteral("id"), 1 } } };
    auto result = cache.store.applyBatch(
        batch(0, 2, { change(1, message(9, 5, QStringLiteral("ok"))), bad }));
    CHECK_FALSE(result.ok());
    CHECK(*cache.store.since() == 0);
    CHECK(countRows(cache.database.handle(), QStringLiteral("SELECT COUNT(*) FROM messages")) == 0);
}

TEST_CASE("A message update replaces the row in place, e.g. when deleted")
{
    OpenCache cache;
    REQUIRE(*cache.store.applyBatch(
        batch(0, 1, { change(1, message(1, 5, QStringLiteral("secret plan"))) })));
    REQUIRE(*cache.store.applyBatch(
        batch(1, 2, { change(2, message(2, 5, QStringLiteral("later"))) })));
    auto deleted = message(1, 5, QString());
    deleted.deleted = true;
    REQUIRE(*cache.store.applyBatch(batch(2, 3, { change(3, deleted) })));

    auto page = cache.store.messagesPage(5, std::nullopt, 10);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 2);
    CHECK(page->at(0).id == 1);
    CHECK(page->at(0).deleted);
    CHECK(page->at(0).body.isEmpty());
    CHECK(page->at(1).id == 2);
    CHECK(cache.store.search(QStringLiteral("secret"), 10)->isEmpty());

    auto edited = message(2, 5, QStringLiteral("later edited"));
    REQUIRE(*cache.store.applyBatch(batch(3, 4, { change(4, edited) })));
    CHECK(cache.store.messagesPage(5, std::nullopt, 10)->at(1) == edited);
    CHECK(cache.store.search(QStringLiteral("edited"), 10)->size() == 1);
}

TEST_CASE("Pages are the newest messages before an id, oldest first")
{
    OpenCache cache;
    QList<protocol::Change> changes;
    for (qint64 id = 1; id <= 25; ++id)
        changes.append(change(id, message(id, 5, QStringLiteral("m%1").arg(id))));
    changes.append(change(26, message(26, 6, QStringLiteral("other conversation"))));
    REQUIRE(*cache.store.applyBatch(batch(0, 26, changes, true)));

    auto ids = [](const QList<protocol::Message> &page) {
        QList<qint64> result;
        for (const auto &m : page)
            result.append(m.id);
        return result;
    };
    auto newest = cache.store.messagesPage(5, std::nullopt, 10);
    REQUIRE(newest.ok());
    CHECK(ids(*newest) == QList<qint64> { 16, 17, 18, 19, 20, 21, 22, 23, 24, 25 });
    auto older = cache.store.messagesPage(5, 16, 10);
    CHECK(ids(*older) == QList<qint64> { 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 });
    auto oldest = cache.store.messagesPage(5, 6, 10);
    CHECK(ids(*oldest) == QList<qint64> { 1, 2, 3, 4, 5 });
    CHECK(cache.store.messagesPage(5, 1, 10)->isEmpty());
    CHECK(cache.store.messagesPage(99, std::nullopt, 10)->isEmpty());

    // The page walks the (conversation_id, id) index.
    QSqlQuery plan(cache.database.handle());
    REQUIRE(plan.exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM messages"
                       " WHERE conversation_id = 5 AND id < 16 ORDER BY id DESC LIMIT 10")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString();
    CHECK(details.contains(QStringLiteral("messages_conversation")));
    CHECK_FALSE(details.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("Conversations without a matter are the direct ones; users are cached")
{
    OpenCache cache;
    protocol::User user;
    user.id = 7;
    user.kind = QStringLiteral("staff");
    user.role = QStringLiteral("lawyer");
    user.name = QStringLiteral("Ada Lovelace");
    user.email = QStringLiteral("ada@firm.example");
    REQUIRE(*cache.store.applyBatch(batch(0, 4,
        { protocol::Change { 1, QStringLiteral("user"), user.toJson() },
            change(2, conversation(1, 3, QStringLiteral("On matter"))),
            change(3, conversation(2, std::nullopt, QStringLiteral("Direct"))),
            protocol::Change { 4, QStringLiteral("document"), QJsonObject {} } },
        true)));
    auto direct = cache.store.conversations(std::nullopt);
    REQUIRE(direct->size() == 1);
    CHECK(direct->first().id == 2);
    CHECK(cache.store.conversations(3)->first().id == 1);
    CHECK(countRows(cache.database.handle(), QStringLiteral("SELECT COUNT(*) FROM users")) == 1);
}

TEST_CASE("A conversation's assignee and a matter's client kind and spouse setting are cached")
{
    OpenCache cache;
    auto couple = matter(1, QStringLiteral("Smith divorce"));
    couple.messageSpouse = true;
    auto company = matter(2, QStringLiteral("Acme lease"));
    company.clientKind = QStringLiteral("organization");
    auto assigned = conversation(5, 1, QStringLiteral("Portal"));
    assigned.kind = QStringLiteral("external");
    assigned.assigneeId = 7;
    const auto unassigned = conversation(6, 1, QStringLiteral("Team"));
    REQUIRE(*cache.store.applyBatch(batch(0, 4,
        { change(1, couple), change(2, company), change(3, assigned), change(4, unassigned) },
        true)));

    // Matters list newest first, conversations in no promised order: look them up by id.
    auto matters = cache.store.matters();
    REQUIRE(matters->size() == 2);
    const auto matterById = [&](qint64 id) {
        for (const protocol::Matter &m : *matters) {
            if (m.id == id)
                return m;
        }
        FAIL("matter " << id << " is not cached");
        return protocol::Matter {};
    };
    CHECK(matterById(1) == couple);
    CHECK(matterById(1).messageSpouse);
    CHECK(matterById(2) == company);
    CHECK(matterById(2).clientKind == QStringLiteral("organization"));
    auto conversations = cache.store.conversations(1);
    REQUIRE(conversations->size() == 2);
    const auto byId = [&](qint64 id) {
        for (const protocol::Conversation &c : *conversations) {
            if (c.id == id)
                return c;
        }
        FAIL("conversation " << id << " is not cached");
        return protocol::Conversation {};
    };
    CHECK(byId(5) == assigned);
    CHECK(byId(5).assigneeId == 7);
    CHECK_FALSE(byId(6).assigneeId.has_value());

    // Later changes update the rows in place: reassigned, then unassigned; spouse off.
    assigned.assigneeId = 8;
    couple.messageSpouse = false;
    REQUIRE(*cache.store.applyBatch(batch(4, 6, { change(5, assigned), change(6, couple) })));
    conversations = cache.store.conversations(1);
    CHECK(byId(5).assigneeId == 8);
    matters = cache.store.matters();
    CHECK_FALSE(matterById(1).messageSpouse);
    CHECK(matterById(2).clientKind == QStringLiteral("organization"));
    assigned.assigneeId.reset();
    REQUIRE(*cache.store.applyBatch(batch(6, 7, { change(7, assigned) })));
    conversations = cache.store.conversations(1);
    CHECK_FALSE(byId(5).assigneeId.has_value());
    CHECK(countRows(cache.database.handle(),
              QStringLiteral("SELECT COUNT(*) FROM conversations WHERE assignee_id IS NULL"))
        == 2);
}
