// Workspace against the real server: loading by selection, sending (pending, then one sent
// row), live messages from others, failed sends that keep their text and retry once, and
// a session ended elsewhere.
#include "desktoptesthelpers.h"
#include "net/apiclient.h"
#include "serverprocess.h"
#include "sync/workspace.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace parley;
using models::ConversationsModel;
using models::TimelineModel;
using net::ApiClient;
using test::await;
using test::rowsWithBody;
using test::signIn;
using test::waitFor;

namespace {

// Starts the workspace and opens the first matter's internal conversation.
qint64 openInternalConversation(sync::Workspace &workspace)
{
    workspace.start();
    REQUIRE(waitFor([&] { return workspace.mattersReady(); }));
    REQUIRE(workspace.matters()->rowCount() > 0);
    QSignalSpy conversationsLoaded(&workspace, &sync::Workspace::conversationsLoaded);
    workspace.selectMatter(workspace.matters()->at(0).id);
    REQUIRE(conversationsLoaded.wait(20000));
    ConversationsModel *conversations = workspace.conversations();
    const QModelIndex group = conversations->groupIndex(ConversationsModel::Internal);
    REQUIRE(conversations->rowCount(group) > 0);
    const qint64 id
        = conversations->index(0, 0, group).data(ConversationsModel::IdRole).toLongLong();
    QSignalSpy messagesLoaded(&workspace, &sync::Workspace::messagesLoaded);
    workspace.selectConversation(id);
    REQUIRE(messagesLoaded.wait(20000));
    return id;
}

} // namespace

TEST_CASE("Workspace loads by selection, sends once and shows other users' messages live")
{
    test::ServerProcess server;
    REQUIRE(server.start());
    QNetworkAccessManager nam;
    ApiClient login(&nam, server.url());
    sync::Workspace workspace(
        &nam, server.url(), signIn(login, QStringLiteral("lawyer@demo.test")));
    const qint64 conversationId = openInternalConversation(workspace);
    TimelineModel *timeline = workspace.timeline();
    CHECK(timeline->rowCount() > 0);
    // The snapshot brought the lawyer's direct conversations.
    CHECK(workspace.conversations()->rowCount(
              workspace.conversations()->groupIndex(ConversationsModel::Direct))
        > 0);
    REQUIRE(
        waitFor([&] { return workspace.stream()->state() == net::StreamClient::State::Online; }));

    const QString body = QStringLiteral("Please file the response by Friday.");
    QSignalSpy sent(&workspace, &sync::Workspace::messageSent);
    const auto txn = workspace.sendMessage(body);
    REQUIRE(txn.ok());
    const int pendingRow = timeline->rowOfTxn(txn.value());
    REQUIRE(pendingRow == timeline->rowCount() - 1);
    CHECK(timeline->sendState(pendingRow) == TimelineModel::SendState::Pending);
    REQUIRE(sent.wait(20000));
    CHECK(workspace.pendingCount() == 0);
    const int row = timeline->rowOfTxn(txn.value());
    REQUIRE(row >= 0);
    CHECK(timeline->sendState(row) == TimelineModel::SendState::Sent);
    CHECK(sent.at(0).at(1).toLongLong() == timeline->messageAt(row).id);

    // The stream echo of our own message arrives too; still one row.
    const qint64 sinceAfterSend = workspace.stream()->since().value_or(0);
    ApiClient paralegal(&nam, server.url());
    signIn(paralegal, QStringLiteral("paralegal@demo.test"));
    protocol::NewMessage reply;
    reply.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reply.body = QStringLiteral("Will do.");
    auto posted = await<protocol::Message>(
        [&](auto done) { paralegal.sendMessage(conversationId, reply, done); });
    REQUIRE(posted.ok());
    REQUIRE(waitFor([&] { return timeline->rowOfId(posted->id) >= 0; }));
    CHECK(workspace.stream()->since().value_or(0) > sinceAfterSend);
    CHECK(rowsWithBody(timeline, body) == 1);
    CHECK(rowsWithBody(timeline, reply.body) == 1);
    CHECK(timeline->rowOfId(posted->id) == timeline->rowCount() - 1);

    SECTION("an over-long or empty message is stopped before sending")
    {
        const int rows = timeline->rowCount();
        auto tooLong = workspace.sendMessage(QString(65519, QLatin1Char('x')));
        REQUIRE_FALSE(tooLong.ok());
        CHECK(tooLong.error().code == QStringLiteral("message_too_long"));
        auto empty = workspace.sendMessage(QStringLiteral("  \n"));
        CHECK_FALSE(empty.ok());
        CHECK(timeline->rowCount() == rows);
    }
}

TEST_CASE("A failed send keeps its text and state, and a retry stores it once")
{
    test::ServerProcess server;
    REQUIRE(server.start());
    const QUrl url = server.url();
    QNetworkAccessManager nam;
    ApiClient login(&nam, url);
    sync::Workspace workspace(&nam, url, signIn(login, QStringLiteral("lawyer@demo.test")));
    const qint64 conversationId = openInternalConversation(workspace);
    TimelineModel *timeline = workspace.timeline();

    server.stop();
    QSignalSpy failed(&workspace, &sync::Workspace::sendFailed);
    const QString body = QStringLiteral("Sent while the server was down.");
    const auto txn = workspace.sendMessage(body);
    REQUIRE(txn.ok());
    REQUIRE(failed.wait(30000));
    CHECK(failed.at(0).at(1).value<protocol::Error>().code == QStringLiteral("network_error"));
    int row = timeline->rowOfTxn(txn.value());
    REQUIRE(row >= 0);
    CHECK(timeline->sendState(row) == TimelineModel::SendState::Failed);
    CHECK(timeline->messageAt(row).body == body);
    CHECK_FALSE(timeline->index(row).data(TimelineModel::ErrorRole).toString().isEmpty());

    // Leaving the conversation and coming back keeps the failed message.
    workspace.selectConversation(std::nullopt);
    CHECK(timeline->rowCount() == 0);
    workspace.selectConversation(conversationId);
    row = timeline->rowOfTxn(txn.value());
    REQUIRE(row >= 0);
    CHECK(timeline->sendState(row) == TimelineModel::SendState::Failed);

    // The server comes back on the same address; the retry uses the same client_txn_id.
    REQUIRE(server.start(
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port()) }));
    REQUIRE(server.url() == url);
    QSignalSpy sent(&workspace, &sync::Workspace::messageSent);
    workspace.retrySend(txn.value());
    CHECK(
        timeline->sendState(timeline->rowOfTxn(txn.value())) == TimelineModel::SendState::Pending);
    REQUIRE(sent.wait(30000));
    // The history that failed to load while the server was down loads once the stream is back.
    REQUIRE(waitFor([&] { return workspace.timeline()->rowCount() > 1; }, 90000));
    CHECK(rowsWithBody(timeline, body) == 1);
    CHECK(timeline->sendState(timeline->rowOfTxn(txn.value())) == TimelineModel::SendState::Sent);

    ApiClient check(&nam, url);
    signIn(check, QStringLiteral("lawyer@demo.test"));
    auto page = await<net::MessagePage>(
        [&](auto done) { check.messages(conversationId, std::nullopt, 100, done); });
    REQUIRE(page.ok());
    CHECK(std::count_if(page->messages.cbegin(), page->messages.cend(),
              [&](const protocol::Message &m) { return m.clientTxnId == txn.value(); })
        == 1);
}

TEST_CASE("Signing the session out elsewhere ends the workspace's session")
{
    test::ServerProcess server;
    REQUIRE(server.start());
    QNetworkAccessManager nam;
    ApiClient login(&nam, server.url());
    const protocol::LoginResponse session = signIn(login, QStringLiteral("lawyer@demo.test"));
    sync::Workspace workspace(&nam, server.url(), session);
    QSignalSpy expired(&workspace, &sync::Workspace::sessionExpired);
    workspace.start();
    REQUIRE(
        waitFor([&] { return workspace.stream()->state() == net::StreamClient::State::Online; }));

    auto out = await<void>([&](auto done) { login.logout(done); });
    REQUIRE(out.ok());
    REQUIRE((expired.count() > 0 || expired.wait(20000)));
    CHECK(workspace.stream()->state() == net::StreamClient::State::Offline);
}

TEST_CASE("Workspace pages older history on demand, oldest first, without duplicates")
{
    test::ServerProcess server;
    REQUIRE(server.start());
    QNetworkAccessManager nam;
    ApiClient paralegal(&nam, server.url());
    signIn(paralegal, QStringLiteral("paralegal@demo.test"));

    ApiClient login(&nam, server.url());
    sync::Workspace workspace(
        &nam, server.url(), signIn(login, QStringLiteral("lawyer@demo.test")));
    const qint64 conversationId = openInternalConversation(workspace);
    // More than one page of history.
    for (int i = 0; i < 60; ++i) {
        protocol::NewMessage message;
        message.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        message.body = QStringLiteral("Note %1").arg(i);
        REQUIRE(await<protocol::Message>([&](auto done) {
            paralegal.sendMessage(conversationId, message, done);
        }).ok());
    }
    auto all = await<net::MessagePage>(
        [&](auto done) { paralegal.messages(conversationId, std::nullopt, 200, done); });
    REQUIRE(all.ok());
    const int total = int(all->messages.size());

    workspace.selectConversation(std::nullopt);
    QSignalSpy loaded(&workspace, &sync::Workspace::messagesLoaded);
    workspace.selectConversation(conversationId);
    REQUIRE(loaded.wait(20000));
    TimelineModel *timeline = workspace.timeline();
    REQUIRE(timeline->rowCount() < total);
    REQUIRE(timeline->canFetchMore());
    while (timeline->canFetchMore() || timeline->rowCount() < total) {
        const int before = timeline->rowCount();
        timeline->fetchMore();
        REQUIRE(waitFor([&] { return timeline->rowCount() > before; }));
    }
    CHECK(timeline->rowCount() == total);
    CHECK_FALSE(timeline->olderHistory().has_value());
    for (int row = 1; row < timeline->rowCount(); ++row)
        CHECK(timeline->messageAt(row - 1).id < timeline->messageAt(row).id);
}
