// Portal events: "participant_added" when a conversation starts with clients, "read" when a
// client first reads through the receipts service, none for staff reads; all as messages of
// kind "event" in the conversation's history.
#include "app/servercontext.h"
#include "demoserver.h"
#include "protocol/message.h"
#include "serverdatabase.h"
#include "store/userstore.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace parley::test;
using namespace parley;

namespace {

QJsonArray messagesOf(HttpClient &client, qint64 conversation)
{
    return client
        .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation))
        .json[QStringLiteral("messages")]
        .toArray();
}

QJsonArray eventsOf(HttpClient &client, qint64 conversation, const QString &type)
{
    QJsonArray events;
    for (const QJsonValue &message : messagesOf(client, conversation)) {
        if (message[QStringLiteral("kind")].toString() == QLatin1String("event")
            && message[QStringLiteral("event")][QStringLiteral("type")].toString() == type)
            events.append(message);
    }
    return events;
}

struct Started
{
    qint64 conversation = 0;
    qint64 creator = 0;
    qint64 client = 0;
};

// An external conversation on demo matter 2026-0101 with its first party.
Started startWithClient(HttpClient &lawyer)
{
    const QJsonArray matters
        = lawyer.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray();
    qint64 matterId = 0;
    Started started;
    for (const QJsonValue &matter : matters) {
        if (matter[QStringLiteral("number")].toString() == QLatin1String("2026-0101")) {
            matterId = matter[QStringLiteral("id")].toInteger();
            started.client
                = matter[QStringLiteral("parties")][0][QStringLiteral("user_id")].toInteger();
        }
    }
    REQUIRE(matterId > 0);
    const HttpReply reply = lawyer.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("kind"), QStringLiteral("external") },
            { QStringLiteral("matter_id"), matterId },
            { QStringLiteral("title"), QStringLiteral("Portal events") },
            { QStringLiteral("member_ids"), QJsonArray { started.client } } });
    REQUIRE(reply.status == 201);
    started.conversation = reply.json[QStringLiteral("id")].toInteger();
    for (const QJsonValue &member : reply.json[QStringLiteral("members")].toArray()) {
        if (member[QStringLiteral("kind")].toString() == QLatin1String("staff"))
            started.creator = member[QStringLiteral("user_id")].toInteger();
    }
    REQUIRE(started.creator > 0);
    return started;
}

qint64 postText(HttpClient &client, qint64 conversation, const QString &txn)
{
    const HttpReply reply
        = client.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
            textMessage(txn, QStringLiteral("The hearing moved.")));
    REQUIRE(reply.status == 201);
    return reply.json[QStringLiteral("id")].toInteger();
}

} // namespace

TEST_CASE("starting a conversation with a client records a participant_added event")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 since
        = lawyer.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();
    const Started started = startWithClient(lawyer);

    const QJsonArray added
        = eventsOf(lawyer, started.conversation, QStringLiteral("participant_added"));
    REQUIRE(added.size() == 1);
    const QJsonObject event = added[0][QStringLiteral("event")].toObject();
    CHECK(event[QStringLiteral("actor_id")].toInteger() == started.creator);
    CHECK(event[QStringLiteral("subject_id")].toInteger() == started.client);
    CHECK(added[0][QStringLiteral("sender_id")].toInteger() == started.creator);
    CHECK_FALSE(added[0][QStringLiteral("created_at")].toString().isEmpty());
    // The creator is staff: only the client member gets an event.
    CHECK(messagesOf(lawyer, started.conversation).size() == 1);

    // /sync carries it like any message.
    const QJsonArray changes = lawyer.get(QStringLiteral("/api/v1/sync?since=%1").arg(since))
                                   .json[QStringLiteral("changes")]
                                   .toArray();
    bool synced = false;
    for (const QJsonValue &change : changes) {
        if (change[QStringLiteral("type")].toString() == QLatin1String("message")
            && change[QStringLiteral("data")][QStringLiteral("id")].toInteger()
                == added[0][QStringLiteral("id")].toInteger())
            synced = true;
    }
    CHECK(synced);
}

TEST_CASE("staff reads record receipts but no read event, and events are never receipted")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    HttpClient partner(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());
    const Started started = startWithClient(lawyer);
    const qint64 text = postText(lawyer, started.conversation, QStringLiteral("e-1"));

    const HttpReply read
        = partner.post(QStringLiteral("/api/v1/conversations/%1/read").arg(started.conversation),
            QJsonObject { { QStringLiteral("message_id"), text } });
    REQUIRE(read.status == 200);
    const QJsonArray receipts = read.json[QStringLiteral("receipts")].toArray();
    // Only the text: the participant_added event is not a message to read.
    REQUIRE(receipts.size() == 1);
    CHECK(receipts[0][QStringLiteral("message_id")].toInteger() == text);
    CHECK(eventsOf(lawyer, started.conversation, QStringLiteral("read")).isEmpty());
}

// Clients cannot sign in over HTTP yet, so the client's read goes through the server's own
// ReceiptService in this process, on the running server's database (SQLite WAL).
TEST_CASE("a client's first read of new messages records one read event")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const Started started = startWithClient(lawyer);
    postText(lawyer, started.conversation, QStringLiteral("e-1"));
    const qint64 second = postText(lawyer, started.conversation, QStringLiteral("e-2"));

    server::ServerContext context { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(
        context.open(server.process.dataDir(), ServerDatabase::urlFor(server.process.dataDir())));
    auto record = server::UserStore(context.db()).find(started.client);
    REQUIRE(record);
    REQUIRE(record.value());
    const server::Principal client { record.value()->user, record.value()->firmId };
    REQUIRE_FALSE(client.isStaff());

    auto receipts = context.receipts().markRead(client, started.conversation, second);
    REQUIRE(receipts);
    CHECK(receipts->size() == 2);
    const QJsonArray reads = eventsOf(lawyer, started.conversation, QStringLiteral("read"));
    REQUIRE(reads.size() == 1);
    const QJsonObject event = reads[0][QStringLiteral("event")].toObject();
    CHECK(event[QStringLiteral("actor_id")].toInteger() == started.client);
    CHECK(event[QStringLiteral("message_id")].toInteger() == second);
    CHECK(reads[0][QStringLiteral("sender_id")].toInteger() == started.client);
    const auto readEvent = protocol::Message::fromJson(reads[0].toObject());
    REQUIRE(readEvent);
    CHECK(readEvent->createdAt == receipts->last().readAt);

    // A repeat creates no receipt and so no event; a later message read makes a second one.
    auto again = context.receipts().markRead(client, started.conversation, second);
    REQUIRE(again);
    CHECK(again->isEmpty());
    CHECK(eventsOf(lawyer, started.conversation, QStringLiteral("read")).size() == 1);
    const qint64 third = postText(lawyer, started.conversation, QStringLiteral("e-3"));
    REQUIRE(context.receipts().markRead(client, started.conversation, third));
    CHECK(eventsOf(lawyer, started.conversation, QStringLiteral("read")).size() == 2);
}
