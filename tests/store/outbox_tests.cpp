// The outbox: queue order, durability across reopen, failures keep the text, no duplicates.
#include "storetestdata.h"

using namespace parley;
using namespace storetest;

namespace {

store::OutboxItem item(const QString &txn, const QString &body)
{
    store::OutboxItem i;
    i.clientTxnId = txn;
    i.conversationId = 5;
    i.body = body;
    return i;
}

QStringList txns(const protocol::Result<QList<store::OutboxItem>> &items)
{
    REQUIRE(items.ok());
    QStringList result;
    for (const auto &i : *items)
        result.append(i.clientTxnId);
    return result;
}

} // namespace

TEST_CASE("The outbox keeps order and survives closing and reopening")
{
    OpenCache cache;
    REQUIRE(cache.store.enqueue(item(QStringLiteral("t-b"), QStringLiteral("first"))).ok());
    REQUIRE(cache.store.enqueue(item(QStringLiteral("t-a"), QStringLiteral("second"))).ok());
    REQUIRE(cache.store.enqueue(item(QStringLiteral("t-c"), QStringLiteral("third"))).ok());
    // The same client_txn_id again is a no-op: the first body and position stay.
    REQUIRE(cache.store.enqueue(item(QStringLiteral("t-b"), QStringLiteral("changed"))).ok());
    CHECK(txns(cache.store.pendingOutbox())
        == QStringList { QStringLiteral("t-b"), QStringLiteral("t-a"), QStringLiteral("t-c") });

    cache.database.close();
    REQUIRE(cache.database.open().ok());
    auto items = cache.store.pendingOutbox();
    REQUIRE(items.ok());
    REQUIRE(items->size() == 3);
    CHECK(items->at(0).body == QStringLiteral("first"));
    CHECK(items->at(0).kind == QStringLiteral("message"));
    CHECK(items->at(0).conversationId == 5);
    CHECK(items->at(0).createdAt.isValid());
    CHECK(items->at(0).state == store::OutboxItem::State::Pending);
    CHECK(items->at(0).seq < items->at(1).seq);
}

TEST_CASE("A failed item keeps its body and error; sent items leave the outbox")
{
    OpenCache cache;
    REQUIRE(cache.store.enqueue(item(QStringLiteral("t1"), QStringLiteral("too long text"))).ok());
    REQUIRE(cache.store.enqueue(item(QStringLiteral("t2"), QStringLiteral("fine"))).ok());
    REQUIRE(cache.store.markAttempted(QStringLiteral("t1")).ok());
    const auto error = protocol::Error::limit(protocol::ErrorCode::MessageTooLong,
        QStringLiteral("The message is too long."), 65518, 70000);
    REQUIRE(cache.store.markFailed(QStringLiteral("t1"), error).ok());
    REQUIRE(cache.store.markSent(QStringLiteral("t2")).ok());
    REQUIRE(cache.store.markSent(QStringLiteral("unknown")).ok());

    CHECK(txns(cache.store.pendingOutbox()).isEmpty());
    cache.database.close();
    REQUIRE(cache.database.open().ok());
    auto all = cache.store.outbox();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    const store::OutboxItem &failed = all->first();
    CHECK(failed.clientTxnId == QStringLiteral("t1"));
    CHECK(failed.body == QStringLiteral("too long text"));
    CHECK(failed.state == store::OutboxItem::State::Failed);
    CHECK(failed.error.code == QStringLiteral("message_too_long"));
    CHECK(failed.error.message == QStringLiteral("The message is too long."));
    CHECK(failed.attempts == 1);

    REQUIRE(cache.store.retry(QStringLiteral("t1")).ok());
    CHECK(txns(cache.store.pendingOutbox()) == QStringList { QStringLiteral("t1") });
}

TEST_CASE("A queued status update stays a status update; other kinds are refused")
{
    OpenCache cache;
    store::OutboxItem status = item(QStringLiteral("t-status"), QStringLiteral("Filed today"));
    status.messageKind = QStringLiteral("status");
    REQUIRE(cache.store.enqueue(status).ok());
    REQUIRE(cache.store.enqueue(item(QStringLiteral("t-text"), QStringLiteral("hello"))).ok());
    store::OutboxItem bogus = item(QStringLiteral("t-bogus"), QStringLiteral("?"));
    bogus.messageKind = QStringLiteral("event");
    CHECK_FALSE(cache.store.enqueue(bogus).ok());

    cache.database.close();
    REQUIRE(cache.database.open().ok());
    const auto items = cache.store.pendingOutbox();
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).messageKind == QStringLiteral("status"));
    CHECK(items->at(1).messageKind == QStringLiteral("text"));
}

TEST_CASE("Unfinished transfers are kept in order across reopening until removed")
{
    OpenCache cache;
    store::TransferRow upload { 0, QStringLiteral("upload"), QStringLiteral("/home/a/Brief.pdf"),
        QStringLiteral("Brief.pdf"), {}, {}, 42, false };
    store::TransferRow download { 0, QStringLiteral("download"), QStringLiteral("/tmp/c.pdf"),
        QStringLiteral("c.pdf"), QString(64, u'a'), {}, 0, true };
    const auto first = cache.store.saveTransfer(upload);
    const auto second = cache.store.saveTransfer(download);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(second.value() > first.value());
    REQUIRE(cache.store
                .updateTransfer(
                    first.value(), QStringLiteral("http://127.0.0.1:1/api/v1/uploads/0123"), true)
                .ok());

    cache.database.close();
    REQUIRE(cache.database.open().ok());
    auto rows = cache.store.transfers();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    upload.id = first.value();
    upload.uploadUrl = QStringLiteral("http://127.0.0.1:1/api/v1/uploads/0123");
    upload.paused = true;
    download.id = second.value();
    CHECK(rows->at(0) == upload);
    CHECK(rows->at(1) == download);

    REQUIRE(cache.store.removeTransfer(first.value()).ok());
    rows = cache.store.transfers();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().id == second.value());
}
