// ApiClient and StreamClient against the real parley-server with its demo firm: sign-in,
// access (the restricted matter), idempotent sends, live pushes and refused tokens.
#include "desktoptesthelpers.h"
#include "net/apiclient.h"
#include "net/streamclient.h"
#include "serverprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using net::StreamClient;
using test::await;
using test::signIn;

namespace {

struct Client
{
    QNetworkAccessManager nam;
    ApiClient api { &nam, test::demoServer().url() };
};

QList<protocol::Matter> mattersOf(ApiClient &api)
{
    auto answer = await<QList<protocol::Matter>>([&](auto done) { api.matters(done); });
    REQUIRE(answer.ok());
    return answer.value();
}

// The first conversation of the first matter, of the given kind.
protocol::Conversation firstConversation(ApiClient &api, const QString &kind)
{
    for (const protocol::Matter &matter : mattersOf(api)) {
        auto conversations = await<QList<protocol::Conversation>>(
            [&](auto done) { api.conversations(matter.id, done); });
        REQUIRE(conversations.ok());
        for (const protocol::Conversation &c : conversations.value()) {
            if (c.kind == kind)
                return c;
        }
    }
    FAIL("no " << kind.toStdString() << " conversation in the demo data");
    return {};
}

protocol::NewMessage textMessage(const QString &body)
{
    protocol::NewMessage message;
    message.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.body = body;
    return message;
}

} // namespace

TEST_CASE("ApiClient signs in with the right password and is refused with a wrong one")
{
    Client client;
    const protocol::LoginResponse session = signIn(client.api, QStringLiteral("lawyer@demo.test"));
    CHECK_FALSE(session.token.isEmpty());
    CHECK(session.user.name == QStringLiteral("Alex Morgan"));
    CHECK(session.user.isStaff());

    auto me = await<protocol::User>([&](auto done) { client.api.me(done); });
    REQUIRE(me.ok());
    CHECK(me->email == QStringLiteral("lawyer@demo.test"));

    Client other;
    auto refused = await<protocol::LoginResponse>([&](auto done) {
        other.api.login(protocol::LoginRequest { QStringLiteral("lawyer@demo.test"),
                            QStringLiteral("wrong"), {} },
            done);
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("invalid_credentials"));
    CHECK_FALSE(refused.error().message.isEmpty());

    SECTION("after logout the token is refused")
    {
        auto out = await<void>([&](auto done) { client.api.logout(done); });
        REQUIRE(out.ok());
        auto after = await<protocol::User>([&](auto done) { client.api.me(done); });
        REQUIRE_FALSE(after.ok());
        CHECK(after.error().code == QStringLiteral("invalid_token"));
    }
}

TEST_CASE("The matters list hides the restricted matter from a lawyer who is not on it")
{
    Client lawyer;
    signIn(lawyer.api, QStringLiteral("lawyer@demo.test"));
    const QList<protocol::Matter> seen = mattersOf(lawyer.api);
    CHECK(seen.size() >= 9);
    for (const protocol::Matter &matter : seen) {
        CHECK_FALSE(matter.restricted);
        CHECK(matter.number.startsWith(QStringLiteral("2026-01")));
    }

    Client partner;
    signIn(partner.api, QStringLiteral("partner@demo.test"));
    const QList<protocol::Matter> all = mattersOf(partner.api);
    CHECK(all.size() == seen.size() + 1);
    const auto restricted = std::find_if(
        all.cbegin(), all.cend(), [](const protocol::Matter &m) { return m.restricted; });
    REQUIRE(restricted != all.cend());

    // Asking for it directly gives not_found, so its existence does not leak.
    auto direct
        = await<protocol::Matter>([&](auto done) { lawyer.api.matter(restricted->id, done); });
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().code == QStringLiteral("not_found"));
}

TEST_CASE("Sending with the same client_txn_id twice stores the message once")
{
    Client client;
    signIn(client.api, QStringLiteral("lawyer@demo.test"));
    const protocol::Conversation conversation
        = firstConversation(client.api, QStringLiteral("internal"));
    const protocol::NewMessage message = textMessage(QStringLiteral("Idempotent hello"));

    auto first = await<protocol::Message>(
        [&](auto done) { client.api.sendMessage(conversation.id, message, done); });
    REQUIRE(first.ok());
    auto again = await<protocol::Message>(
        [&](auto done) { client.api.sendMessage(conversation.id, message, done); });
    REQUIRE(again.ok());
    CHECK(again->id == first->id);
    CHECK(first->clientTxnId == message.clientTxnId);
    CHECK(first->senderName == QStringLiteral("Alex Morgan"));

    auto page = await<net::MessagePage>(
        [&](auto done) { client.api.messages(conversation.id, std::nullopt, 100, done); });
    REQUIRE(page.ok());
    const auto copies = std::count_if(page->messages.cbegin(), page->messages.cend(),
        [&](const protocol::Message &m) { return m.clientTxnId == message.clientTxnId; });
    CHECK(copies == 1);
    CHECK(page->messages.last().id == first->id); // oldest first

    SECTION("an over-long message is refused with the limit named")
    {
        protocol::NewMessage tooLong = textMessage(QString(65519, QLatin1Char('x')));
        auto refused = await<protocol::Message>(
            [&](auto done) { client.api.sendMessage(conversation.id, tooLong, done); });
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("message_too_long"));
        CHECK(refused.error().details.value(QStringLiteral("limit")).toInteger() == 65518);
    }
}

TEST_CASE("History pages go back with prev")
{
    Client client;
    signIn(client.api, QStringLiteral("lawyer@demo.test"));
    const protocol::Conversation conversation
        = firstConversation(client.api, QStringLiteral("external"));
    auto latest = await<net::MessagePage>(
        [&](auto done) { client.api.messages(conversation.id, std::nullopt, 2, done); });
    REQUIRE(latest.ok());
    REQUIRE(latest->messages.size() == 2);
    REQUIRE(latest->prev.has_value());
    auto older = await<net::MessagePage>(
        [&](auto done) { client.api.messages(conversation.id, latest->prev, 2, done); });
    REQUIRE(older.ok());
    REQUIRE_FALSE(older->messages.isEmpty());
    CHECK(older->messages.last().id < latest->messages.first().id);
}

TEST_CASE("StreamClient receives a message another user posts")
{
    Client lawyer;
    signIn(lawyer.api, QStringLiteral("lawyer@demo.test"));
    const protocol::Conversation conversation
        = firstConversation(lawyer.api, QStringLiteral("internal"));

    auto snapshot
        = await<protocol::SyncBatch>([&](auto done) { lawyer.api.sync(std::nullopt, 0, done); });
    REQUIRE(snapshot.ok());
    CHECK(snapshot->next > 0);

    StreamClient stream;
    QSignalSpy ready(&stream, &StreamClient::ready);
    QSignalSpy batches(&stream, &StreamClient::batchReceived);
    QSignalSpy errors(&stream, &StreamClient::errorOccurred);
    CHECK(lawyer.api.streamUrl().scheme() == QStringLiteral("ws"));
    CHECK(lawyer.api.streamUrl().path() == QStringLiteral("/api/v1/stream"));
    stream.start(lawyer.api.streamUrl(), lawyer.api.token(), snapshot->next);
    INFO("stream errors: " << errors.count());
    REQUIRE(ready.wait(20000));
    CHECK(stream.state() == StreamClient::State::Online);

    Client paralegal;
    signIn(paralegal.api, QStringLiteral("paralegal@demo.test"));
    const protocol::NewMessage message = textMessage(QStringLiteral("Filed the motion today."));
    auto sent = await<protocol::Message>(
        [&](auto done) { paralegal.api.sendMessage(conversation.id, message, done); });
    REQUIRE(sent.ok());

    auto received = [&] {
        for (const QList<QVariant> &args : std::as_const(batches)) {
            const auto batch = args.at(0).value<protocol::SyncBatch>();
            for (const protocol::Change &change : batch.changes) {
                if (change.type != QStringLiteral("message"))
                    continue;
                auto m = protocol::Message::fromJson(change.data);
                if (m && m->id == sent->id)
                    return true;
            }
        }
        return false;
    };
    for (int i = 0; i < 40 && !received(); ++i)
        batches.wait(500);
    REQUIRE(received());
    CHECK(stream.since().value_or(0) > snapshot->next);
    CHECK(errors.isEmpty());
    stream.stop();
    CHECK(stream.state() == StreamClient::State::Offline);
}

TEST_CASE("A bad token is refused by the API and the stream")
{
    Client client;
    client.api.setToken(QStringLiteral("not-a-real-token"));
    auto me = await<protocol::User>([&](auto done) { client.api.me(done); });
    REQUIRE_FALSE(me.ok());
    CHECK(me.error().code == QStringLiteral("invalid_token"));

    Client anonymous;
    auto none = await<QList<protocol::Matter>>([&](auto done) { anonymous.api.matters(done); });
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == QStringLiteral("missing_token"));

    StreamClient stream;
    QSignalSpy errors(&stream, &StreamClient::errorOccurred);
    stream.start(client.api.streamUrl(), client.api.token(), std::nullopt);
    REQUIRE(errors.wait(20000));
    const auto error = errors.at(0).at(0).value<protocol::Error>();
    CHECK(error.code == QStringLiteral("invalid_token"));
    CHECK(errors.at(0).at(1).toBool()); // fatal: no reconnect loop
    CHECK(stream.state() == StreamClient::State::Offline);
}

TEST_CASE("ApiClient reports transport failures and refuses plain http to other hosts")
{
    auto insecure = ApiClient::checkBaseUrl(QUrl(QStringLiteral("http://parley.example.com")));
    REQUIRE_FALSE(insecure.ok());
    CHECK(insecure.error().code == QStringLiteral("insecure_url"));
    CHECK(ApiClient::checkBaseUrl(QUrl(QStringLiteral("https://parley.example.com"))).ok());
    CHECK(ApiClient::checkBaseUrl(QUrl(QStringLiteral("http://localhost:8080"))).ok());
    CHECK(ApiClient::checkBaseUrl(QUrl(QStringLiteral("http://[::1]:8080"))).ok());

    QNetworkAccessManager nam;
    ApiClient refused(&nam, QUrl(QStringLiteral("http://parley.example.com")));
    auto answer = await<protocol::User>([&](auto done) { refused.me(done); });
    REQUIRE_FALSE(answer.ok());
    CHECK(answer.error().code == QStringLiteral("insecure_url"));

    // A loopback port nobody listens on: the server's own port after it stopped is unknown,
    // so use port 1, which is never a Parley server.
    ApiClient nobody(&nam, QUrl(QStringLiteral("http://127.0.0.1:1")));
    auto unreachable = await<protocol::User>([&](auto done) { nobody.me(done); });
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.error().code == QStringLiteral("network_error"));

    // An answer that is not the API's: /healthz is plain, /api/v1/nothing answers not_found.
    ApiClient api(&nam, test::demoServer().url());
    auto missing = await<protocol::Matter>([&](auto done) { api.matter(0, done); });
    REQUIRE_FALSE(missing.ok());
    CHECK_FALSE(missing.error().code.isEmpty());
}
