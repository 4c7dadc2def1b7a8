// Every wire type survives toJson -> JSON text -> fromJson unchanged.
#include "protocol/change.h"
#include "protocol/conversation.h"
#include "protocol/document.h"
#include "protocol/login.h"
#include "protocol/matter.h"
#include "protocol/message.h"
#include "protocol/newconversation.h"
#include "protocol/newmessage.h"
#include "protocol/receipt.h"
#include "protocol/syncbatch.h"
#include "protocol/wiretime.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace parley::protocol;

namespace {

// Through real JSON text, as on the wire.
template<typename T>
T roundTrip(const T &value)
{
    const QByteArray text = QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
    const QJsonObject parsed = QJsonDocument::fromJson(text).object();
    Result<T> back = T::fromJson(parsed);
    INFO(text.toStdString());
    REQUIRE(back.ok());
    return back.value();
}

QDateTime at(const char *text)
{
    return fromWireTime(QString::fromLatin1(text));
}

User sampleUser()
{
    return User { 7, QStringLiteral("staff"), QStringLiteral("lawyer"),
        QStringLiteral("Alex Morgan"), QStringLiteral("lawyer@demo.test"),
        QStringLiteral("+15551234567"), true };
}

Message sampleMessage()
{
    Message m;
    m.id = 42;
    m.conversationId = 3;
    m.senderId = 7;
    m.senderName = QStringLiteral("Alex Morgan");
    m.kind = QStringLiteral("file");
    m.body = QStringLiteral("Draft will attached — «ünïcödé» 😀");
    m.clientTxnId = QStringLiteral("7c1e2f0a-txn");
    m.channel = QStringLiteral("portal");
    m.attachments.append(Attachment { 5, 11, 12, QStringLiteral("copy"), QStringLiteral("will.pdf"),
        123456, QStringLiteral("ab12") });
    m.attachments.append(Attachment { 6, 13, std::nullopt, QStringLiteral("share"),
        QStringLiteral("estate.xlsx"), 99, QString() });
    Attachment live { 7, 14, 30, QStringLiteral("share"), QStringLiteral("plan.docx"), 2048,
        QStringLiteral("cd34"), 3, at("2026-11-21T09:00:00.000Z"), false };
    m.attachments.append(live);
    m.attachments.append(Attachment { 8, std::nullopt, std::nullopt, QStringLiteral("file"),
        QStringLiteral("scan.pdf"), 77, QStringLiteral("ef56") });
    m.createdAt = at("2026-11-22T10:15:30.123Z");
    return m;
}

} // namespace

TEST_CASE("wire timestamps are UTC with milliseconds")
{
    const QDateTime t = at("2026-11-22T10:15:30.123Z");
    REQUIRE(t.isValid());
    CHECK(toWireTime(t) == QStringLiteral("2026-11-22T10:15:30.123Z"));
    CHECK(toWireTime(at("2026-11-22T11:15:30.123+01:00"))
        == QStringLiteral("2026-11-22T10:15:30.123Z"));
    CHECK_FALSE(fromWireTime(QStringLiteral("yesterday")).isValid());
}

TEST_CASE("user round-trip")
{
    const User user = sampleUser();
    CHECK(roundTrip(user) == user);
}

TEST_CASE("matter with parties and staff round-trip")
{
    Matter matter;
    matter.id = 9;
    matter.number = QStringLiteral("2026-0101");
    matter.title = QStringLiteral("Estate of Harold Finch");
    matter.status = QStringLiteral("open");
    matter.restricted = true;
    matter.parties = { Party { 20, QStringLiteral("client"), QStringLiteral("Grace Finch"),
                           QStringLiteral("grace.finch@client.test"), {},
                           { QStringLiteral("grace@work.test"), QStringLiteral("gf@home.test") },
                           QStringLiteral("grace@work.test"), {} },
        Party { 21, QStringLiteral("spouse"), QStringLiteral("John Finch"), {},
            QStringLiteral("+1555"), {}, {}, at("2026-11-20T10:00:00.000Z") } };
    matter.staff = { sampleUser() };
    matter.updatedAt = at("2026-11-01T09:00:00.000Z");
    CHECK(roundTrip(matter) == matter);
    CHECK(matter.clientName() == QStringLiteral("Grace Finch"));
}

TEST_CASE("the spouse joins a client conversation only when the matter says so")
{
    Matter matter;
    matter.parties = { Party { 20, QStringLiteral("client"), QStringLiteral("Grace Finch"), {}, {},
                           {}, {}, {} },
        Party { 21, QStringLiteral("spouse"), QStringLiteral("John Finch"), {}, {}, {}, {}, {} },
        Party { 22, QStringLiteral("other"), QStringLiteral("Ada Finch"), {}, {}, {}, {}, {} } };
    CHECK(matter.spousesJoining({ 20 }).isEmpty()); // off
    matter.messageSpouse = true;
    CHECK(matter.spousesJoining({ 20 }) == QList<qint64> { 21 });
    CHECK(matter.spousesJoining({ 22 }).isEmpty()); // no client among them
    CHECK(roundTrip(matter) == matter);
    matter.parties[0].cancelledAt = at("2026-11-20T10:00:00.000Z");
    CHECK(matter.spousesJoining({ 20 }).isEmpty()); // the client cancelled
    matter.parties[0].cancelledAt = {};
    matter.clientKind = QStringLiteral("organization");
    CHECK(matter.spousesJoining({ 20 }).isEmpty());
    CHECK(roundTrip(matter) == matter);
}

TEST_CASE("conversation with members round-trip, with and without a matter")
{
    Conversation c;
    c.id = 3;
    c.matterId = 9;
    c.kind = QStringLiteral("external");
    c.title = QStringLiteral("Will review");
    c.requireMfa = true;
    c.sms = true;
    c.members = { Member { 7, QStringLiteral("Alex Morgan"), QStringLiteral("staff"),
                      at("2026-11-01T09:00:00.000Z"), {} },
        Member { 20, QStringLiteral("Grace Finch"), QStringLiteral("client"),
            at("2026-11-01T09:00:00.000Z"), at("2026-11-02T09:00:00.000Z") } };
    c.createdAt = at("2026-11-01T09:00:00.000Z");
    c.lastMessageAt = at("2026-11-03T09:00:00.000Z");
    CHECK(roundTrip(c) == c);
    CHECK(c.members.at(0).isActive());
    CHECK_FALSE(c.members.at(1).isActive());

    c.matterId.reset();
    c.kind = QStringLiteral("direct");
    const Conversation back = roundTrip(c);
    CHECK_FALSE(back.matterId.has_value());
    CHECK(back == c);

    // Closed (the matter closed or the client cancelled): when and why travel; a reason that
    // is not one of the two is refused.
    c.closedAt = at("2026-11-20T10:00:00.000Z");
    c.closedReason = QStringLiteral("client_cancelled");
    CHECK(roundTrip(c) == c);
    CHECK(roundTrip(c).isClosed());
    QJsonObject odd = c.toJson();
    odd.insert(QStringLiteral("closed_reason"), QStringLiteral("bored"));
    CHECK_FALSE(Conversation::fromJson(odd));
}

TEST_CASE("message with attachments and an event round-trip")
{
    const Message m = sampleMessage();
    CHECK(roundTrip(m) == m);

    Message event;
    event.id = 43;
    event.conversationId = 3;
    event.senderId = 7;
    event.kind = QStringLiteral("event");
    event.event = QJsonObject { { QStringLiteral("type"), QStringLiteral("member_added") },
        { QStringLiteral("user_id"), 20 } };
    event.createdAt = at("2026-11-22T10:15:31.000Z");
    event.deleted = true;
    CHECK(roundTrip(event) == event);
}

TEST_CASE("document with versions, receipt round-trip")
{
    Document d;
    d.id = 11;
    d.matterId = 9;
    d.name = QStringLiteral("will.pdf");
    d.shared = true;
    d.versions = { DocumentVersion {
                       12, 11, 1, 1000, QStringLiteral("aa"), 7, at("2026-11-01T09:00:00.000Z") },
        DocumentVersion {
            14, 11, 2, 2000, QStringLiteral("bb"), 7, at("2026-11-02T09:00:00.000Z") } };
    CHECK(roundTrip(d) == d);
    REQUIRE(d.currentVersion());
    CHECK(d.currentVersion()->number == 2);

    const Receipt r { 42, 3, 20, at("2026-11-22T10:20:00.000Z") };
    CHECK(roundTrip(r) == r);
}

TEST_CASE("sync change and batch round-trip")
{
    SyncBatch batch;
    batch.since = 100;
    batch.next = 105;
    batch.hasMore = true;
    batch.changes = { Change { 101, QStringLiteral("message"), sampleMessage().toJson() },
        Change { 105, QStringLiteral("user"), sampleUser().toJson() } };
    const SyncBatch back = roundTrip(batch);
    CHECK(back == batch);
    auto message = Message::fromJson(back.changes.at(0).data);
    REQUIRE(message.ok());
    CHECK(message.value() == sampleMessage());
}

TEST_CASE("requests round-trip: new message, new conversation, login")
{
    NewMessage m { QStringLiteral("txn-1"), QStringLiteral("status"),
        QStringLiteral("Hearing moved"), { NewAttachment { 11, QStringLiteral("share") } } };
    CHECK(roundTrip(m) == m);
    NewMessage withFile { QStringLiteral("txn-2"), QStringLiteral("text"), {},
        { NewAttachment { 0, QStringLiteral("file"), QStringLiteral("0123abcd") } } };
    CHECK(roundTrip(withFile) == withFile);

    NewConversation c { 9, QStringLiteral("internal"), QStringLiteral("Strategy"), { 7, 8 }, false,
        false };
    CHECK(roundTrip(c) == c);

    LoginRequest l { QStringLiteral("lawyer@demo.test"), QStringLiteral("parley-demo"),
        QStringLiteral("123456") };
    CHECK(roundTrip(l) == l);
    LoginResponse response { QStringLiteral("tok"), sampleUser() };
    CHECK(roundTrip(response) == response);
}

TEST_CASE("error body round-trip keeps code, message and details")
{
    const Error e
        = Error::limit(ErrorCode::MessageTooLong, QStringLiteral("Too long"), 65518, 70000);
    const QByteArray body = QJsonDocument(e.toBody()).toJson();
    const Error back = Error::fromBody(body, 422);
    CHECK(back == e);
    CHECK(back.is(ErrorCode::MessageTooLong));
    CHECK(back.details.value(QStringLiteral("limit")).toInteger() == 65518);
    CHECK(back.details.value(QStringLiteral("actual")).toInteger() == 70000);
}

TEST_CASE("an unreadable error body becomes invalid_response with the status")
{
    const Error e = Error::fromBody(QByteArrayLiteral("<html>Bad gateway</html>"), 502);
    CHECK(e.is(ErrorCode::InvalidResponse));
    CHECK(e.details.value(QStringLiteral("status")).toInt() == 502);
    CHECK_FALSE(e.message.isEmpty());
}
