// Bad JSON shapes decode to one clear missing_field / invalid_field error naming the field.
#include "protocol/conversation.h"
#include "protocol/login.h"
#include "protocol/message.h"
#include "protocol/newconversation.h"
#include "protocol/newmessage.h"
#include "protocol/party.h"
#include "protocol/syncbatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace parley::protocol;

namespace {
QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QString field(const Error &e)
{
    return e.details.value(QStringLiteral("field")).toString();
}
} // namespace

TEST_CASE("missing required field")
{
    const auto r = NewMessage::fromJson(parse(R"({"body":"hi"})"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().is(ErrorCode::MissingField));
    CHECK(field(r.error()) == QStringLiteral("client_txn_id"));
}

TEST_CASE("wrong types name the field and the expected type")
{
    auto r = NewMessage::fromJson(parse(R"({"client_txn_id":"t","body":42})"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().is(ErrorCode::InvalidField));
    CHECK(field(r.error()) == QStringLiteral("body"));
    CHECK(r.error().details.value(QStringLiteral("expected")).toString()
        == QStringLiteral("a string"));

    auto c = NewConversation::fromJson(parse(R"({"kind":"external","matter_id":"9"})"));
    REQUIRE_FALSE(c.ok());
    CHECK(field(c.error()) == QStringLiteral("matter_id"));

    auto mfa = NewConversation::fromJson(
        parse(R"({"kind":"external","matter_id":9,"require_mfa":"yes"})"));
    REQUIRE_FALSE(mfa.ok());
    CHECK(field(mfa.error()) == QStringLiteral("require_mfa"));
}

TEST_CASE("ids must be non-negative integers")
{
    for (const char *json :
        { R"({"kind":"external","matter_id":1.5})", R"({"kind":"external","matter_id":-3})",
            R"({"kind":"external","matter_id":1e300})" }) {
        INFO(json);
        const auto r = NewConversation::fromJson(parse(json));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().is(ErrorCode::InvalidField));
    }
}

TEST_CASE("enumerations accept only their values")
{
    const auto r = NewConversation::fromJson(parse(R"({"kind":"secret","matter_id":1})"));
    REQUIRE_FALSE(r.ok());
    CHECK(field(r.error()) == QStringLiteral("kind"));
    CHECK(r.error().message.contains(QStringLiteral("external")));
}

TEST_CASE("nested errors carry their path")
{
    auto r = NewMessage::fromJson(parse(
        R"({"client_txn_id":"t","attachments":[{"document_id":1,"mode":"copy"},{"document_id":"x","mode":"copy"}]})"));
    REQUIRE_FALSE(r.ok());
    CHECK(field(r.error()) == QStringLiteral("attachments[1].document_id"));

    auto notObject = NewMessage::fromJson(parse(R"({"client_txn_id":"t","attachments":[7]})"));
    REQUIRE_FALSE(notObject.ok());
    CHECK(field(notObject.error()) == QStringLiteral("attachments[0]"));

    auto ids = NewConversation::fromJson(parse(R"({"kind":"direct","member_ids":[1,"two"]})"));
    REQUIRE_FALSE(ids.ok());
    CHECK(field(ids.error()) == QStringLiteral("member_ids[1]"));

    auto batch = SyncBatch::fromJson(
        parse(R"({"next":5,"changes":[{"seq":5,"type":"gossip","data":{}}]})"));
    REQUIRE_FALSE(batch.ok());
    CHECK(field(batch.error()) == QStringLiteral("changes[0].type"));

    auto emails = Party::fromJson(
        parse(R"({"user_id":4,"role":"client","name":"A","other_emails":["a@b.test",7]})"));
    REQUIRE_FALSE(emails.ok());
    CHECK(field(emails.error()) == QStringLiteral("other_emails[1]"));
}

TEST_CASE("a party without a chosen portal address uses the primary one")
{
    auto party = Party::fromJson(
        parse(R"({"user_id":4,"role":"client","name":"A","email":"a@firm.test"})"));
    REQUIRE(party.ok());
    CHECK(party->portalEmail == QStringLiteral("a@firm.test"));
    CHECK(party->otherEmails.isEmpty());
}

TEST_CASE("timestamps must be ISO 8601")
{
    const auto r = Message::fromJson(parse(
        R"({"id":1,"conversation_id":1,"sender_id":1,"kind":"text","created_at":"last tuesday"})"));
    REQUIRE_FALSE(r.ok());
    CHECK(field(r.error()) == QStringLiteral("created_at"));
}

TEST_CASE("the first error wins, later fields do not overwrite it")
{
    const auto r = Conversation::fromJson(parse(R"({"kind":7,"created_at":false})"));
    REQUIRE_FALSE(r.ok());
    CHECK(field(r.error()) == QStringLiteral("id"));
}

TEST_CASE("login field sizes are bounded before any hashing")
{
    QJsonObject json { { QStringLiteral("email"), QStringLiteral("a@b.test") },
        { QStringLiteral("password"), QString(1025, QLatin1Char('p')) } };
    const auto r = LoginRequest::fromJson(json);
    REQUIRE_FALSE(r.ok());
    CHECK(field(r.error()) == QStringLiteral("password"));
    CHECK(r.error().details.value(QStringLiteral("limit")).toInt() == 1024);
}
