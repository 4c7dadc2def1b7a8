// Workspace with its local cache against the real server: cached data shows with the server
// down, messages typed offline wait in the durable outbox (across a restart of the
// workspace) and are delivered exactly once when the server returns, and a message the
// server refuses is kept, failed, with its text.
#include "desktoptesthelpers.h"
#include "net/apiclient.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"
#include "store/storeworker.h"
#include "sync/transferqueue.h"
#include "sync/workspace.h"
#include "transfertesthelpers.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace parley;
using models::ConversationsModel;
using models::TimelineModel;
using net::ApiClient;
using store::OutboxItem;
using store::StoreWorker;
using test::await;
using test::rowsWithBody;
using test::signIn;
using test::waitFor;

namespace {

const QString Lawyer = QStringLiteral("lawyer@demo.test");
// Reconnects back off up to a minute: waits for the server's return are generous.
constexpr int ReturnTimeoutMs = 180000;

// The real server with the demo firm, the lawyer signed in, and an empty data folder.
struct LawyerOnServer
{
    test::ServerProcess server;
    QUrl url;
    QTemporaryDir data;
    QNetworkAccessManager nam;
    protocol::LoginResponse session;

    LawyerOnServer()
    {
        REQUIRE(server.start());
        url = server.url();
        ApiClient login(&nam, url);
        session = signIn(login, Lawyer);
    }
};

struct Opened
{
    qint64 matterId = 0;
    qint64 conversationId = 0;
};

// Opens a matter's internal conversation once the matters show (from the cache or the
// server); the first matter unless one is given.
Opened openConversation(sync::Workspace &workspace, std::optional<Opened> which = std::nullopt)
{
    REQUIRE(waitFor([&] { return workspace.mattersReady(); }, 60000));
    REQUIRE(workspace.matters()->rowCount() > 0);
    Opened opened;
    opened.matterId = which ? which->matterId : workspace.matters()->at(0).id;
    REQUIRE(workspace.matters()->rowOf(opened.matterId) >= 0);
    workspace.selectMatter(opened.matterId);
    ConversationsModel *conversations = workspace.conversations();
    const QModelIndex group = conversations->groupIndex(ConversationsModel::Internal);
    REQUIRE(waitFor([&] { return conversations->rowCount(group) > 0; }, 60000));
    opened.conversationId = which
        ? which->conversationId
        : conversations->index(0, 0, group).data(ConversationsModel::IdRole).toLongLong();
    QSignalSpy messagesLoaded(&workspace, &sync::Workspace::messagesLoaded);
    workspace.selectConversation(opened.conversationId);
    REQUIRE((messagesLoaded.count() > 0 || messagesLoaded.wait(60000)));
    return opened;
}

// The outbox as of this call or later. The workspace asks for it too, so the first outbox to
// arrive may be an older request's; results come back in call order, so the last to arrive
// before the ping sent after this request answers is this one or a newer one.
QList<OutboxItem> outboxOf(StoreWorker &store)
{
    QSignalSpy loaded(&store, &StoreWorker::outboxLoaded);
    QSignalSpy pong(&store, &StoreWorker::pong);
    store.loadOutbox();
    store.ping();
    if (!pong.wait(20000) || loaded.isEmpty())
        FAIL("the outbox did not load");
    return loaded.last().at(0).value<QList<OutboxItem>>();
}

int copiesOnServer(const QUrl &url, qint64 conversationId, const QString &txn)
{
    QNetworkAccessManager nam;
    ApiClient check(&nam, url);
    signIn(check, Lawyer);
    auto page = await<net::MessagePage>(
        [&](auto done) { check.messages(conversationId, std::nullopt, 200, done); });
    REQUIRE(page.ok());
    return int(std::count_if(page->messages.cbegin(), page->messages.cend(),
        [&](const protocol::Message &m) { return m.clientTxnId == txn; }));
}

bool restartOnSamePort(test::ServerProcess &server, const QUrl &url)
{
    return server.start(
               { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port()) })
        && server.url() == url;
}

} // namespace

TEST_CASE("A workspace on a saved cache shows matters and messages with the server down, "
          "and keeps what arrives after it reconnects")
{
    LawyerOnServer setup;
    auto &[server, url, data, nam, session] = setup;

    Opened opened;
    int matterCount = 0;
    QString lastBody;
    {
        StoreWorker store;
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        QSignalSpy applied(&store, &StoreWorker::batchApplied);
        workspace.start();
        opened = openConversation(workspace);
        REQUIRE(waitFor([&] { return workspace.isOnline(); }));
        REQUIRE((applied.count() > 0 || applied.wait(20000)));
        CHECK(applied.at(0).at(1).toBool());
        matterCount = workspace.matters()->rowCount();
        REQUIRE(workspace.timeline()->rowCount() > 0);
        lastBody = workspace.timeline()->messageAt(workspace.timeline()->rowCount() - 1).body;
    }
    server.stop();

    const QString awayNote = QStringLiteral("Written while you were away.");
    {
        StoreWorker store;
        sync::Workspace offline(&nam, url, session);
        offline.setStore(&store, data.path());
        offline.start();
        openConversation(offline, opened);
        CHECK(offline.matters()->rowCount() == matterCount);
        CHECK_FALSE(offline.isOnline());
        TimelineModel *timeline = offline.timeline();
        REQUIRE(timeline->rowCount() > 0);
        CHECK(rowsWithBody(timeline, lastBody) == 1);
        // The direct conversations came from the cache too.
        CHECK(offline.conversations()->rowCount(
                  offline.conversations()->groupIndex(ConversationsModel::Direct))
            > 0);

        // The server returns and another user writes: the workspace catches up from its
        // stored since and the cache keeps the message.
        REQUIRE(restartOnSamePort(server, url));
        ApiClient paralegal(&nam, url);
        signIn(paralegal, QStringLiteral("paralegal@demo.test"));
        protocol::NewMessage note;
        note.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        note.body = awayNote;
        auto posted = await<protocol::Message>(
            [&](auto done) { paralegal.sendMessage(opened.conversationId, note, done); });
        REQUIRE(posted.ok());
        REQUIRE(waitFor([&] { return timeline->rowOfId(posted->id) >= 0; }, ReturnTimeoutMs));
        CHECK(rowsWithBody(timeline, awayNote) == 1);
    }
    server.stop();

    // A third start, offline again, shows the message that arrived online.
    StoreWorker store;
    sync::Workspace again(&nam, url, session);
    again.setStore(&store, data.path());
    again.start();
    openConversation(again, opened);
    REQUIRE(waitFor([&] { return rowsWithBody(again.timeline(), awayNote) == 1; }));
    CHECK(rowsWithBody(again.timeline(), lastBody) == 1);
}

TEST_CASE("A message sent with the server down waits in the outbox and is delivered once")
{
    LawyerOnServer setup;
    auto &[server, url, data, nam, session] = setup;
    const QString body = QStringLiteral("Typed on the train, no network.");

    SECTION("the same workspace sends it when the server returns")
    {
        StoreWorker store;
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        workspace.start();
        const Opened opened = openConversation(workspace);
        REQUIRE(waitFor([&] { return workspace.isOnline(); }));

        server.stop();
        REQUIRE(waitFor([&] { return !workspace.isOnline(); }));
        const auto txn = workspace.sendMessage(body);
        REQUIRE(txn.ok());
        TimelineModel *timeline = workspace.timeline();
        // Queued durably, still pending (not failed) after the network error.
        QList<OutboxItem> queued;
        REQUIRE(waitFor([&] {
            queued = outboxOf(store);
            return queued.size() == 1;
        }));
        CHECK(queued.at(0).clientTxnId == txn.value());
        CHECK(queued.at(0).body == body);
        CHECK(queued.at(0).state == OutboxItem::State::Pending);
        QTest::qWait(1000);
        REQUIRE(timeline->rowOfTxn(txn.value()) >= 0);
        CHECK(timeline->sendState(timeline->rowOfTxn(txn.value()))
            == TimelineModel::SendState::Pending);

        REQUIRE(restartOnSamePort(server, url));
        REQUIRE(waitFor([&] { return workspace.pendingCount() == 0; }, ReturnTimeoutMs));
        REQUIRE(waitFor([&] { return rowsWithBody(timeline, body) == 1; }));
        CHECK(
            timeline->sendState(timeline->rowOfTxn(txn.value())) == TimelineModel::SendState::Sent);
        CHECK(copiesOnServer(url, opened.conversationId, txn.value()) == 1);
        CHECK(outboxOf(store).isEmpty());
    }

    SECTION("a new workspace on the same cache sends it after a restart of the app")
    {
        Opened opened;
        QString txn;
        {
            StoreWorker store;
            sync::Workspace workspace(&nam, url, session);
            workspace.setStore(&store, data.path());
            workspace.start();
            opened = openConversation(workspace);
            REQUIRE(waitFor([&] { return workspace.isOnline(); }));
            server.stop();
            REQUIRE(waitFor([&] { return !workspace.isOnline(); }));
            const auto sent = workspace.sendMessage(body);
            REQUIRE(sent.ok());
            txn = sent.value();
            REQUIRE(waitFor([&] { return outboxOf(store).size() == 1; }));
        }

        StoreWorker store;
        sync::Workspace restarted(&nam, url, session);
        restarted.setStore(&store, data.path());
        restarted.start();
        openConversation(restarted, opened);
        TimelineModel *timeline = restarted.timeline();
        // The queued message shows as pending after the restart.
        REQUIRE(waitFor([&] { return timeline->rowOfTxn(txn) >= 0; }));
        CHECK(timeline->sendState(timeline->rowOfTxn(txn)) == TimelineModel::SendState::Pending);
        CHECK(timeline->messageAt(timeline->rowOfTxn(txn)).body == body);

        REQUIRE(restartOnSamePort(server, url));
        REQUIRE(waitFor([&] { return restarted.pendingCount() == 0; }, ReturnTimeoutMs));
        REQUIRE(waitFor([&] { return rowsWithBody(timeline, body) == 1; }));
        CHECK(copiesOnServer(url, opened.conversationId, txn) == 1);
        CHECK(outboxOf(store).isEmpty());
    }
}

TEST_CASE("A queued message the server refuses is marked failed and keeps its text")
{
    LawyerOnServer setup;
    auto &[server, url, data, nam, session] = setup;

    // A first run fills the cache; then an over-long message is queued as an older client
    // with other limits could have done (sendMessage itself stops it before the outbox).
    Opened opened;
    {
        StoreWorker store;
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        workspace.start();
        opened = openConversation(workspace);
    }
    const QString tooLong(protocol::Limits().messageChars + 1, QLatin1Char('x'));
    OutboxItem item;
    item.clientTxnId = QStringLiteral("over-the-limit-1");
    item.conversationId = opened.conversationId;
    item.body = tooLong;
    item.createdAt = QDateTime::currentDateTimeUtc();
    {
        store::CacheDatabase database(store::CacheDatabase::pathFor(data.path(), url, Lawyer));
        REQUIRE(database.open().ok());
        REQUIRE(store::CacheStore(&database).enqueue(item).ok());
    }

    StoreWorker store;
    sync::Workspace workspace(&nam, url, session);
    workspace.setStore(&store, data.path());
    QSignalSpy failed(&workspace, &sync::Workspace::sendFailed);
    workspace.start();
    REQUIRE(failed.wait(60000));
    CHECK(failed.at(0).at(0).toString() == item.clientTxnId);
    CHECK(failed.at(0).at(1).value<protocol::Error>().code == QStringLiteral("message_too_long"));

    openConversation(workspace, opened);
    TimelineModel *timeline = workspace.timeline();
    const int row = timeline->rowOfTxn(item.clientTxnId);
    REQUIRE(row >= 0);
    CHECK(timeline->sendState(row) == TimelineModel::SendState::Failed);
    CHECK_FALSE(timeline->index(row).data(TimelineModel::ErrorRole).toString().isEmpty());

    QList<OutboxItem> items;
    REQUIRE(waitFor([&] {
        items = outboxOf(store);
        return items.size() == 1 && items.at(0).state == OutboxItem::State::Failed;
    }));
    CHECK(items.at(0).body == tooLong);
    CHECK(items.at(0).error.code == QStringLiteral("message_too_long"));
    CHECK(copiesOnServer(url, opened.conversationId, item.clientTxnId) == 0);
}

TEST_CASE("Sends cut off by a killed server are each delivered exactly once after it returns")
{
    LawyerOnServer setup;
    auto &[server, url, data, nam, session] = setup;

    StoreWorker store;
    sync::Workspace workspace(&nam, url, session);
    workspace.setStore(&store, data.path());
    workspace.start();
    const Opened opened = openConversation(workspace);
    REQUIRE(waitFor([&] { return workspace.isOnline(); }));

    // Ten sends in flight when the server dies without warning: some may have been stored
    // with their answer lost, some never arrived.
    QStringList txns;
    QStringList bodies;
    for (int i = 0; i < 10; ++i) {
        bodies << QStringLiteral("Cut-off send %1").arg(i);
        const auto txn = workspace.sendMessage(bodies.last());
        REQUIRE(txn.ok());
        txns << txn.value();
    }
    QTest::qWait(30);
    server.kill();
    REQUIRE(waitFor([&] { return !workspace.isOnline(); }));

    REQUIRE(restartOnSamePort(server, url));
    REQUIRE(waitFor([&] { return workspace.pendingCount() == 0; }, ReturnTimeoutMs));
    TimelineModel *timeline = workspace.timeline();
    for (int i = 0; i < 10; ++i) {
        INFO(bodies.at(i).toStdString());
        REQUIRE(waitFor([&] { return rowsWithBody(timeline, bodies.at(i)) == 1; }));
        CHECK(copiesOnServer(url, opened.conversationId, txns.at(i)) == 1);
    }
    // In the order they were written.
    for (int i = 1; i < 10; ++i)
        CHECK(timeline->rowOfTxn(txns.at(i - 1)) < timeline->rowOfTxn(txns.at(i)));
    CHECK(outboxOf(store).isEmpty());
}

TEST_CASE("Messages another user sent while this app was closed arrive in order at next start")
{
    LawyerOnServer setup;
    auto &[server, url, data, nam, session] = setup;

    Opened opened;
    {
        StoreWorker store;
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        workspace.start();
        opened = openConversation(workspace);
        REQUIRE(waitFor([&] { return workspace.isOnline(); }));
    }

    // The paralegal writes while the lawyer's app is closed.
    ApiClient paralegal(&nam, url);
    signIn(paralegal, QStringLiteral("paralegal@demo.test"));
    QStringList bodies;
    for (int i = 0; i < 5; ++i) {
        bodies << QStringLiteral("While you were away %1").arg(i);
        protocol::NewMessage message;
        message.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        message.body = bodies.last();
        auto sent = await<protocol::Message>(
            [&](auto done) { paralegal.sendMessage(opened.conversationId, message, done); });
        REQUIRE(sent.ok());
    }

    StoreWorker store;
    sync::Workspace workspace(&nam, url, session);
    workspace.setStore(&store, data.path());
    workspace.start();
    openConversation(workspace, opened);
    TimelineModel *timeline = workspace.timeline();
    REQUIRE(waitFor([&] { return rowsWithBody(timeline, bodies.last()) == 1; }, 60000));
    int previous = -1;
    for (const QString &body : bodies) {
        INFO(body.toStdString());
        CHECK(rowsWithBody(timeline, body) == 1);
        int row = -1;
        for (int r = 0; r < timeline->rowCount(); ++r) {
            if (timeline->messageAt(r).body == body)
                row = r;
        }
        CHECK(row > previous);
        previous = row;
    }
}

TEST_CASE("Older history paged in from the server stays readable offline, from the cache")
{
    LawyerOnServer setup;
    auto &[server, url, data, nam, session] = setup;
    StoreWorker store;

    // Enough history that the snapshot's recent window holds only part of it.
    Opened opened;
    int total = 0;
    {
        sync::Workspace first(&nam, url, session);
        first.setStore(&store, data.path());
        first.start();
        opened = openConversation(first);
        // The snapshot is applied (the stream starts after it): a snapshot stored after the
        // pages below would mark what it holds as a fresh window and the older pages as
        // possibly separated by a gap, and the offline check would ask the server for them.
        REQUIRE(waitFor([&] { return first.isOnline(); }, 60000));
        ApiClient paralegal(&nam, url);
        signIn(paralegal, QStringLiteral("paralegal@demo.test"));
        for (int i = 0; i < 130; ++i) {
            protocol::NewMessage message;
            message.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            message.body = QStringLiteral("Earlier note %1").arg(i);
            REQUIRE(await<protocol::Message>([&](auto done) {
                paralegal.sendMessage(opened.conversationId, message, done);
            }).ok());
        }
        auto all = await<net::MessagePage>(
            [&](auto done) { paralegal.messages(opened.conversationId, std::nullopt, 200, done); });
        REQUIRE(all.ok());
        REQUIRE_FALSE(all->prev.has_value());
        total = int(all->messages.size());
        TimelineModel *timeline = first.timeline();
        REQUIRE(
            waitFor([&] { return rowsWithBody(timeline, QStringLiteral("Earlier note 129")); }));
        // Scroll back to the first message: pages come from the server and are saved.
        QAbstractItemModelTester tester(
            timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (timeline->rowCount() < total) {
            const int before = timeline->rowCount();
            REQUIRE(waitFor([&] { return timeline->canFetchMore(); }));
            timeline->fetchMore();
            REQUIRE(waitFor([&] { return timeline->rowCount() > before; }));
        }
        REQUIRE(waitFor([&] { return !timeline->olderHistory().has_value(); }));
        QSignalSpy pong(&store, &StoreWorker::pong);
        store.ping();
        REQUIRE(pong.wait(20000));
    }

    // Offline, a new workspace over the same cache pages back through all of it.
    server.stop();
    sync::Workspace offline(&nam, url, session);
    offline.setStore(&store, data.path());
    // Every model the workspace fills from the cache keeps the model contract throughout.
    constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
    QAbstractItemModelTester mattersTester(offline.matters(), Fatal);
    QAbstractItemModelTester conversationsTester(offline.conversations(), Fatal);
    QAbstractItemModelTester searchTester(offline.search(), Fatal);
    offline.start();
    openConversation(offline, opened);
    TimelineModel *timeline = offline.timeline();
    QAbstractItemModelTester tester(timeline, Fatal);
    REQUIRE(timeline->rowCount() > 0);
    CHECK(timeline->rowCount() < total); // a page, not everything at once
    // (The tester itself may have asked for a page already.)
    auto settled = [&] { return timeline->canFetchMore() || !timeline->olderHistory(); };
    int pages = 0;
    // Each page must bring rows (a page that brings none would otherwise be asked for
    // forever, offline, and the test would hang instead of failing).
    while (true) {
        REQUIRE(waitFor(settled));
        if (!timeline->canFetchMore())
            break;
        const int before = timeline->rowCount();
        timeline->fetchMore();
        CHECK_FALSE(timeline->canFetchMore()); // one request at a time
        ++pages;
        REQUIRE(waitFor([&] { return timeline->rowCount() > before || settled(); }));
        INFO("page " << pages << " from row " << before);
        REQUIRE((timeline->rowCount() > before || !timeline->canFetchMore()));
    }
    CHECK(pages >= 1);
    CHECK(timeline->rowCount() == total);
    CHECK_FALSE(timeline->olderHistory().has_value()); // the cache knows where history starts
    for (int row = 1; row < timeline->rowCount(); ++row)
        CHECK(timeline->messageAt(row - 1).id < timeline->messageAt(row).id);
    CHECK(rowsWithBody(timeline, QStringLiteral("Earlier note 0")) == 1);

    // The notes paged in from the server are found by search, offline.
    offline.searchMessages(QStringLiteral("Earlier note"));
    REQUIRE(waitFor([&] { return offline.search()->rowCount() > 0; }));
    while (offline.search()->canFetchMore()) {
        const int before = offline.search()->rowCount();
        offline.search()->fetchMore();
        REQUIRE(waitFor([&] {
            return offline.search()->rowCount() > before || !offline.search()->isFetching();
        }));
    }
    CHECK(offline.search()->rowCount() == 130);
}

TEST_CASE("A status update queued offline is still a status update after a restart")
{
    LawyerOnServer setup;
    auto &[server, url, data, nam, session] = setup;
    StoreWorker store;
    Opened opened;
    const QString body = QStringLiteral("Status: the court accepted the filing.");
    {
        sync::Workspace first(&nam, url, session);
        first.setStore(&store, data.path());
        first.start();
        opened = openConversation(first);
        server.stop();
        REQUIRE(waitFor([&] { return !first.isOnline(); }));
        CHECK_FALSE(first.sendMessage(body, QStringLiteral("bogus")).ok());
        REQUIRE(first.sendMessage(body, QStringLiteral("status")).ok());
        const QList<OutboxItem> queued = outboxOf(store);
        REQUIRE(queued.size() == 1);
        CHECK(queued.first().messageKind == QStringLiteral("status"));
    }
    REQUIRE(server.start(
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port()) }));
    sync::Workspace again(&nam, url, session);
    again.setStore(&store, data.path());
    again.start();
    openConversation(again, opened);
    REQUIRE(waitFor([&] { return outboxOf(store).isEmpty(); }, ReturnTimeoutMs));
    QNetworkAccessManager check;
    ApiClient reader(&check, url);
    signIn(reader, Lawyer);
    auto page = await<net::MessagePage>(
        [&](auto done) { reader.messages(opened.conversationId, std::nullopt, 200, done); });
    REQUIRE(page.ok());
    int found = 0;
    for (const protocol::Message &message : page->messages) {
        if (message.body == body) {
            ++found;
            CHECK(message.kind == QStringLiteral("status"));
        }
    }
    CHECK(found == 1);
}

TEST_CASE("An upload paused before the app closed is taken up again at the next start")
{
    LawyerOnServer setup;
    auto &[server, url, data, nam, session] = setup;
    const QString file = test::writeRandomFile(
        data.filePath(QStringLiteral("Trial bundle.pdf")), 48 * 1024 * 1024);
    qint64 matterId = 0;
    {
        StoreWorker store;
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        workspace.start();
        REQUIRE(waitFor([&] { return workspace.mattersReady(); }, 60000));
        matterId = workspace.matters()->at(0).id;
        sync::TransferQueue *queue = workspace.transfers();
        queue->enqueueDocumentUpload(file, QStringLiteral("Trial bundle.pdf"), matterId);
        REQUIRE(waitFor(
            [&] {
                return queue->index(0).data(sync::TransferQueue::BytesDoneRole).toLongLong() > 0;
            },
            60000));
        queue->pause(0);
        CHECK(
            queue->index(0).data(sync::TransferQueue::StateRole).value<sync::TransferQueue::State>()
            == sync::TransferQueue::State::Paused);
    } // the app closes: the store finishes its queued writes first

    StoreWorker store;
    sync::Workspace workspace(&nam, url, session);
    workspace.setStore(&store, data.path());
    sync::TransferQueue *queue = workspace.transfers();
    std::optional<protocol::Document> created;
    QObject::connect(queue, &sync::TransferQueue::documentCreated,
        [&](qint64 matter, const protocol::Document &document) {
            CHECK(matter == matterId);
            created = document;
        });
    workspace.start();
    REQUIRE(waitFor([&] { return queue->rowCount() == 1; }, 60000));
    CHECK(queue->index(0).data(sync::TransferQueue::NameRole).toString()
        == QStringLiteral("Trial bundle.pdf"));
    CHECK(queue->index(0).data(sync::TransferQueue::StateRole).value<sync::TransferQueue::State>()
        == sync::TransferQueue::State::Paused);
    queue->resume(0);
    REQUIRE(waitFor([&] { return created.has_value(); }, 120000));
    REQUIRE(created->currentVersion());
    CHECK(created->name == QStringLiteral("Trial bundle.pdf"));
    CHECK(created->currentVersion()->sha256 == test::sha256OfFile(file));
    CHECK(queue->pendingCount() == 0);
}
