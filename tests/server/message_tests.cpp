// Sending and reading messages: idempotency, limits and paging.
#include "demoserver.h"

using namespace parley::test;

TEST_CASE("the same client_txn_id sent twice stores one message")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("external"));
    REQUIRE(conversation > 0);
    const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);

    const HttpReply first = lawyer.post(
        path, textMessage(QStringLiteral("txn-42"), QStringLiteral("Hearing moved to 10 am.")));
    REQUIRE(first.status == 201);
    const HttpReply again = lawyer.post(
        path, textMessage(QStringLiteral("txn-42"), QStringLiteral("Hearing moved to 10 am.")));
    CHECK(again.status == 200);
    CHECK(again.json[QStringLiteral("id")] == first.json[QStringLiteral("id")]);
    CHECK(again.json == first.json);
    CHECK(first.json[QStringLiteral("client_txn_id")].toString() == QStringLiteral("txn-42"));
    CHECK(first.json[QStringLiteral("sender_name")].toString() == QStringLiteral("Alex Morgan"));

    const QJsonArray messages = lawyer.get(path + QStringLiteral("?limit=200"))
                                    .json[QStringLiteral("messages")]
                                    .toArray();
    int copies = 0;
    for (const QJsonValue &message : messages)
        copies += message[QStringLiteral("client_txn_id")].toString() == QStringLiteral("txn-42");
    CHECK(copies == 1);
    CHECK(messages.last()[QStringLiteral("id")] == first.json[QStringLiteral("id")]);

    // The same key from another sender is another message.
    HttpClient paralegal(server.process.url());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    const HttpReply theirs
        = paralegal.post(path, textMessage(QStringLiteral("txn-42"), QStringLiteral("Noted.")));
    CHECK(theirs.status == 201);
    CHECK(theirs.json[QStringLiteral("id")] != first.json[QStringLiteral("id")]);
}

TEST_CASE("a message over 65,518 characters is refused naming the limit; at the limit it is kept")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0102"), QStringLiteral("internal"));
    const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);

    const HttpReply tooLong = lawyer.post(
        path, textMessage(QStringLiteral("long-1"), QString(65519, QLatin1Char('a'))));
    CHECK(tooLong.status == 422);
    CHECK(tooLong.errorCode() == QStringLiteral("message_too_long"));
    CHECK(tooLong.json[QStringLiteral("error")][QStringLiteral("limit")].toInteger() == 65518);
    CHECK(tooLong.json[QStringLiteral("error")][QStringLiteral("actual")].toInteger() == 65519);

    // Characters, not bytes: 65,518 emoji are within the limit though four bytes each in UTF-8
    // (and the request, at 262 KB, within the body cap).
    QString emoji;
    for (int i = 0; i < 65518; ++i)
        emoji += QString::fromUtf8("\xF0\x9F\x93\x84");
    const HttpReply atLimit = lawyer.post(path, textMessage(QStringLiteral("long-2"), emoji));
    CHECK(atLimit.status == 201);
    CHECK(atLimit.json[QStringLiteral("body")].toString() == emoji);

    const HttpReply empty
        = lawyer.post(path, textMessage(QStringLiteral("empty-1"), QStringLiteral("  ")));
    CHECK(empty.status / 100 == 4);
    CHECK_FALSE(empty.errorCode().isEmpty());
}

TEST_CASE("history pages backwards with prev and before")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0103"), QStringLiteral("external"));
    const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);
    const QJsonArray all = lawyer.get(path).json[QStringLiteral("messages")].toArray();
    REQUIRE(all.size() == 8);

    const HttpReply newest = lawyer.get(path + QStringLiteral("?limit=3"));
    const QJsonArray page = newest.json[QStringLiteral("messages")].toArray();
    REQUIRE(page.size() == 3);
    CHECK(page.last()[QStringLiteral("id")] == all.last()[QStringLiteral("id")]);
    const qint64 prev = newest.json[QStringLiteral("prev")].toInteger();
    REQUIRE(prev > 0);
    const QJsonArray older = lawyer.get(path + QStringLiteral("?limit=50&before=%1").arg(prev))
                                 .json[QStringLiteral("messages")]
                                 .toArray();
    CHECK(older.size() == 5);
    CHECK(older.first()[QStringLiteral("id")] == all.first()[QStringLiteral("id")]);
    CHECK_FALSE(lawyer.get(path + QStringLiteral("?limit=50&before=%1").arg(prev))
                    .json.contains(QStringLiteral("prev")));

    for (const QString &bad : { QStringLiteral("?limit=0"), QStringLiteral("?limit=abc"),
             QStringLiteral("?limit=100000"), QStringLiteral("?before=-1") }) {
        const HttpReply reply = lawyer.get(path + bad);
        INFO(bad.toStdString());
        CHECK(reply.status == 400);
        CHECK(reply.errorCode() == QStringLiteral("invalid_field"));
    }
}
