// Closing a matter and a client cancelling, against the real server with a real SMTP server
// for the client's invitation: the firm leaves the client conversations concerned (its
// requests are refused, its desktops learn it through sync), the client keeps reading what was
// sent but can no longer post, nothing is lost, and the audit log records each step.
#include "app/servercontext.h"
#include "db/sqlquery.h"
#include "mailfixture.h"
#include "portalclient.h"
#include "serverdatabase.h"
#include "transferfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

namespace {

int auditCount(const QString &dataDir, const QString &action)
{
    server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(database.open(dataDir, ServerDatabase::urlFor(dataDir)));
    server::SqlQuery query(
        database.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.bind(action);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return static_cast<int>(query.integer(0));
}

// The conversation changes of a staff member's sync after since, by conversation id.
QJsonObject conversationChange(HttpClient &staff, qint64 since, qint64 conversation)
{
    const QJsonArray changes = staff.get(QStringLiteral("/api/v1/sync?since=%1").arg(since))
                                   .json[QStringLiteral("changes")]
                                   .toArray();
    QJsonObject found;
    for (const QJsonValue &change : changes) {
        const QJsonObject data = change[QStringLiteral("data")].toObject();
        if (change[QStringLiteral("type")].toString() == QLatin1String("conversation")
            && data[QStringLiteral("id")].toInteger() == conversation)
            found = data;
        // Nothing of the conversation's content reaches staff any more.
        if (change[QStringLiteral("type")].toString() == QLatin1String("message"))
            CHECK(data[QStringLiteral("conversation_id")].toInteger() != conversation);
    }
    return found;
}

bool hasEvent(const QJsonArray &messages, const QString &type)
{
    return std::any_of(messages.begin(), messages.end(), [&](const QJsonValue &m) {
        return m[QStringLiteral("event")][QStringLiteral("type")].toString() == type;
    });
}

// The firm has left: each staff member's membership ended, the clients' did not.
void checkOnlyClientsRemain(const QJsonObject &conversation, qint64 client)
{
    const QJsonArray members = conversation[QStringLiteral("members")].toArray();
    REQUIRE_FALSE(members.isEmpty());
    for (const QJsonValue &member : members) {
        const bool removed = !member[QStringLiteral("removed_at")].toString().isEmpty();
        INFO("member " << member[QStringLiteral("user_id")].toInteger());
        CHECK(removed == (member[QStringLiteral("user_id")].toInteger() != client));
    }
}

} // namespace

TEST_CASE("Closing a matter takes the firm out of its client conversations; the client keeps "
          "reading")
{
    InvitedClient fixture;
    HttpClient paralegal(fixture.mailing.server.url());
    HttpClient partner(fixture.mailing.server.url());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());
    const auto [conversation, token]
        = fixture.invited(false, QStringLiteral("Your signed settlement is attached."));
    PortalClient client(fixture.mailing.server.url());
    REQUIRE(client.redeem(token).status == 200);
    const QString messages = QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);
    REQUIRE(paralegal.get(messages).status == 200);
    const qint64 internal
        = conversationOf(paralegal, QStringLiteral("2026-0101"), QStringLiteral("internal"));
    REQUIRE(internal != 0);
    const qint64 since
        = paralegal.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();
    const QString close = QStringLiteral("/api/v1/matters/%1/close").arg(fixture.matter);

    // Only staff who may see the matter close it: a restricted matter is not found for others.
    const qint64 restricted = matterId(partner, RestrictedNumber);
    REQUIRE(restricted != 0);
    CHECK(fixture.lawyer.post(QStringLiteral("/api/v1/matters/%1/close").arg(restricted), {}).status
        == 404);
    CHECK(client.post(close, {}).status == 401);

    const HttpReply closed = fixture.lawyer.post(close, {});
    REQUIRE(closed.status == 200);
    CHECK(closed.json[QStringLiteral("status")].toString() == QLatin1String("closed"));

    // The firm is out of the client conversation at once, and only of that one.
    CHECK(paralegal.get(messages).status == 404);
    CHECK(fixture.lawyer.post(messages, textMessage(QStringLiteral("c-1"), QStringLiteral("Hi")))
              .status
        == 404);
    CHECK(paralegal.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(internal)).status
        == 200);
    // Its desktops learn that it closed and that they left, but nothing of its content.
    const QJsonObject change = conversationChange(paralegal, since, conversation);
    REQUIRE_FALSE(change.isEmpty());
    CHECK_FALSE(change[QStringLiteral("closed_at")].toString().isEmpty());
    CHECK(change[QStringLiteral("closed_reason")].toString() == QLatin1String("matter_closed"));
    checkOnlyClientsRemain(change, fixture.client);

    // The client still reads everything (and sees why it closed) but can no longer post.
    CHECK(client.listed(conversation)[QStringLiteral("closed")].toBool());
    const HttpReply read = client.http.get(client.path(conversation, "messages"));
    REQUIRE(read.status == 200);
    const QJsonArray thread = read.json[QStringLiteral("messages")].toArray();
    CHECK(std::any_of(thread.begin(), thread.end(), [](const QJsonValue &m) {
        return m[QStringLiteral("body")].toString()
            == QLatin1String("Your signed settlement is attached.");
    }));
    CHECK(hasEvent(thread, QStringLiteral("conversation_closed")));
    const HttpReply reply = client.post(client.path(conversation, "messages"),
        textMessage(QStringLiteral("p-1"), QStringLiteral("Thank you!")));
    CHECK(reply.status == 409);
    CHECK(reply.errorCode() == QLatin1String("conversation_closed"));
    CHECK(client
              .post(client.path(conversation, "read"),
                  { { QStringLiteral("message_id"),
                      thread.last()[QStringLiteral("id")].toInteger() } })
              .status
        == 200);

    // Closing again changes nothing; a closed matter takes no new client conversation.
    CHECK(fixture.lawyer.post(close, {}).status == 200);
    const QString dataDir = fixture.mailing.server.dataDir();
    CHECK(auditCount(dataDir, QStringLiteral("matter_closed")) == 1);
    CHECK(auditCount(dataDir, QStringLiteral("conversation_closed")) >= 1);
    CHECK(auditCount(dataDir, QStringLiteral("member_removed")) >= 1);
    const HttpReply another = fixture.lawyer.post(QStringLiteral("/api/v1/conversations"),
        QJsonObject { { QStringLiteral("matter_id"), fixture.matter },
            { QStringLiteral("kind"), QStringLiteral("external") },
            { QStringLiteral("title"), QStringLiteral("Follow-up") },
            { QStringLiteral("member_ids"), QJsonArray { fixture.client } } });
    CHECK(another.status == 409);
    CHECK(another.errorCode() == QLatin1String("matter_closed"));
}

TEST_CASE("A client who cancels keeps reading their conversations; the firm leaves only those")
{
    InvitedClient fixture;
    const auto [conversation, token]
        = fixture.invited(false, QStringLiteral("The lease draft is ready."));
    PortalClient client(fixture.mailing.server.url());
    REQUIRE(client.redeem(token).status == 200);
    const QString messages = QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);
    const QString cancel = QStringLiteral("/api/v1/matters/%1/parties/%2/cancel")
                               .arg(fixture.matter)
                               .arg(fixture.client);
    const qint64 internal
        = conversationOf(fixture.lawyer, QStringLiteral("2026-0101"), QStringLiteral("internal"));

    // Someone who is no party of the matter cannot cancel with it.
    const qint64 otherMatter = matterId(fixture.lawyer, QStringLiteral("2026-0102"));
    const qint64 stranger = clientOf(fixture.lawyer, otherMatter).first;
    CHECK(fixture.lawyer
              .post(QStringLiteral("/api/v1/matters/%1/parties/%2/cancel")
                        .arg(fixture.matter)
                        .arg(stranger),
                  {})
              .status
        == 404);

    const HttpReply cancelled = fixture.lawyer.post(cancel, {});
    REQUIRE(cancelled.status == 200);
    // The matter stays open; the party shows that they cancelled.
    CHECK(cancelled.json[QStringLiteral("status")].toString() != QLatin1String("closed"));
    const QJsonArray parties = cancelled.json[QStringLiteral("parties")].toArray();
    const auto party = std::find_if(parties.begin(), parties.end(), [&](const QJsonValue &p) {
        return p[QStringLiteral("user_id")].toInteger() == fixture.client;
    });
    REQUIRE(party != parties.end());
    CHECK_FALSE((*party)[QStringLiteral("cancelled_at")].toString().isEmpty());

    CHECK(fixture.lawyer.get(messages).status == 404);
    CHECK(
        fixture.lawyer.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(internal)).status
        == 200);
    const HttpReply read = client.http.get(client.path(conversation, "messages"));
    REQUIRE(read.status == 200);
    const QJsonArray thread = read.json[QStringLiteral("messages")].toArray();
    CHECK(std::any_of(thread.begin(), thread.end(), [](const QJsonValue &m) {
        return m[QStringLiteral("body")].toString() == QLatin1String("The lease draft is ready.");
    }));
    CHECK(client
              .post(client.path(conversation, "messages"),
                  textMessage(QStringLiteral("p-2"), QStringLiteral("Bye")))
              .errorCode()
        == QLatin1String("conversation_closed"));

    // The firm cannot pull the ex-client into a new conversation; cancelling again is a no-op.
    const HttpReply again = fixture.lawyer.post(QStringLiteral("/api/v1/conversations"),
        QJsonObject { { QStringLiteral("matter_id"), fixture.matter },
            { QStringLiteral("kind"), QStringLiteral("external") },
            { QStringLiteral("title"), QStringLiteral("Are you sure?") },
            { QStringLiteral("member_ids"), QJsonArray { fixture.client } } });
    CHECK(again.status == 400);
    CHECK(again.errorCode() == QLatin1String("invalid_field"));
    CHECK(fixture.lawyer.post(cancel, {}).status == 200);
    CHECK(auditCount(fixture.mailing.server.dataDir(), QStringLiteral("client_cancelled")) == 1);
}

TEST_CASE("A closed conversation's share stays at the version it had, and a retried send still "
          "gets its stored message")
{
    InvitedClient fixture;
    const auto [conversation, token] = fixture.invited(false, QStringLiteral("The draft follows."));
    PortalClient client(fixture.mailing.server.url());
    REQUIRE(client.redeem(token).status == 200);
    const QByteArray v1 = randomBytes(3000);
    const QByteArray v2 = randomBytes(2000);
    const HttpReply document
        = fixture.lawyer.post(QStringLiteral("/api/v1/matters/%1/documents").arg(fixture.matter),
            QJsonObject { { QStringLiteral("upload_id"),
                uploadBytes(fixture.lawyer, v1, QStringLiteral("Draft.docx")) } });
    REQUIRE(document.status == 201);
    const qint64 documentId = document.json[QStringLiteral("id")].toInteger();
    const QJsonObject share { { QStringLiteral("client_txn_id"), QStringLiteral("share-c") },
        { QStringLiteral("kind"), QStringLiteral("text") },
        { QStringLiteral("body"), QStringLiteral("The latest draft") },
        { QStringLiteral("attachments"),
            QJsonArray { QJsonObject { { QStringLiteral("document_id"), documentId },
                { QStringLiteral("mode"), QStringLiteral("share") } } } } };
    REQUIRE(fixture.lawyer
                .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), share)
                .status
        == 201);
    const QJsonObject reply = textMessage(QStringLiteral("p-late"), QStringLiteral("Got it."));
    const HttpReply first = client.post(client.path(conversation, "messages"), reply);
    REQUIRE(first.status == 201);

    REQUIRE(fixture.lawyer
                .post(QStringLiteral("/api/v1/matters/%1/parties/%2/cancel")
                          .arg(fixture.matter)
                          .arg(fixture.client),
                    {})
                .status
        == 200);
    // A version made after the closing is not what was sent: the client keeps version 1.
    QThread::msleep(5);
    REQUIRE(
        fixture.lawyer
            .post(QStringLiteral("/api/v1/documents/%1/versions").arg(documentId),
                QJsonObject { { QStringLiteral("upload_id"),
                                  uploadBytes(fixture.lawyer, v2, QStringLiteral("Draft.docx")) },
                    { QStringLiteral("base_version"), 1 } })
            .status
        == 201);
    const QJsonArray thread = client.http.get(client.path(conversation, "messages"))
                                  .json[QStringLiteral("messages")]
                                  .toArray();
    const auto shared = std::find_if(thread.begin(), thread.end(), [](const QJsonValue &m) {
        return m[QStringLiteral("body")].toString() == QLatin1String("The latest draft");
    });
    REQUIRE(shared != thread.end());
    const QJsonObject attached
        = (*shared)[QStringLiteral("attachments")].toArray().first().toObject();
    CHECK(attached[QStringLiteral("version")].toInt() == 1);
    CHECK(attached[QStringLiteral("sha256")].toString() == sha256Hex(v1));
    CHECK(client.http.get(QStringLiteral("/api/v1/blobs/") + sha256Hex(v1)).raw == v1);
    CHECK(client.http.get(QStringLiteral("/api/v1/blobs/") + sha256Hex(v2)).status == 404);

    // The reply was stored before the closing; its retry answers with it, not with a refusal.
    const HttpReply retried = client.post(client.path(conversation, "messages"), reply);
    CHECK(retried.status / 100 == 2);
    CHECK(retried.json[QStringLiteral("id")].toInteger()
        == first.json[QStringLiteral("id")].toInteger());
    // A new one is refused.
    CHECK(client
              .post(client.path(conversation, "messages"),
                  textMessage(QStringLiteral("p-new"), QStringLiteral("One more thing")))
              .status
        == 409);
}
