// A sync cut off by a crashing server: the real parley-server is SIGKILLed while the
// workspace is catching up (or taking its first snapshot) into its local cache, restarted on
// the same port with the same data, and the cache must end up with every message exactly
// once, the server's bodies, a sound database and the server's latest since.
//
// The kill happens at an exact point of the client's conversation with the server, never
// after a delay: a QNetworkAccessManager of the test's own sees every request the workspace
// makes and kills the server as a given sync request is made, so that request and every
// later one find no server.
//
// Also: the server's answers that come before the cache has opened are still kept in it, and
// what the cache already held for a conversation opened before it (who read what) shows.
#include "desktoptesthelpers.h"
#include "httpclient.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/storeworker.h"
#include "sync/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>
#include <catch2/catch.hpp>
#include <functional>

using namespace parley;
using store::StoreWorker;
using test::HttpClient;
using test::HttpReply;
using test::waitFor;

namespace {

const QString Lawyer = QStringLiteral("lawyer@demo.test");
const QString Paralegal = QStringLiteral("paralegal@demo.test");
// Reconnects back off up to a minute: waits for the server's return are generous.
constexpr int ReturnTimeoutMs = 180000;
// Messages written while the lawyer's app is closed: several pages of the client's
// catch-up (it asks for 500 changes at a time).
constexpr int SeededMessages = 3000;
constexpr int SeededConversations = 4;

// Sees every request the workspace's ApiClient makes, before it leaves.
class WatchedNetwork : public QNetworkAccessManager
{
public:
    std::function<void(const QNetworkRequest &)> onRequest;

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *data) override
    {
        if (onRequest)
            onRequest(request);
        return QNetworkAccessManager::createRequest(operation, request, data);
    }
};

bool isSyncRequest(const QNetworkRequest &request)
{
    return request.url().path() == QLatin1String("/api/v1/sync");
}

bool hasSince(const QNetworkRequest &request)
{
    return QUrlQuery(request.url()).hasQueryItem(QStringLiteral("since"));
}

struct CachedMessage
{
    qint64 conversationId = 0;
    QString body;
    QString clientTxnId;
};

// The cache file through a connection of the test's own (read-only unless asked), so it can
// be looked at while the workspace's store has it open and after it closed.
class CacheFile
{
public:
    explicit CacheFile(const QString &path, bool readOnly = true)
        : m_name(QStringLiteral("test-cache-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            FAIL("cannot open the cache " << path.toStdString() << ": "
                                          << db.lastError().text().toStdString());
    }
    ~CacheFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    CacheFile(const CacheFile &) = delete;
    CacheFile &operator=(const CacheFile &) = delete;

    QSqlQuery run(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
        return query;
    }
    // Keeps every other connection from reading or writing the file while this one lives
    // (in WAL mode only a connection in exclusive locking mode keeps readers out): the store's
    // open waits (its busy timeout), as a slow disk or a long migration would make it wait.
    void lockOut() const
    {
        run(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"));
        run(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query = run(sql);
        if (!query.next())
            FAIL(sql.toStdString() << ": no row");
        return query.value(0);
    }
    qint64 since() const
    {
        return scalar(QStringLiteral("SELECT since FROM sync_state WHERE id = 1")).toLongLong();
    }
    QHash<qint64, CachedMessage> messages() const
    {
        QHash<qint64, CachedMessage> messages;
        QSqlQuery query
            = run(QStringLiteral("SELECT id, conversation_id, body, client_txn_id FROM messages"));
        while (query.next()) {
            messages.insert(query.value(0).toLongLong(),
                CachedMessage { query.value(1).toLongLong(), query.value(2).toString(),
                    query.value(3).toString() });
        }
        return messages;
    }
    QList<qint64> conversationIds() const
    {
        QList<qint64> ids;
        QSqlQuery query = run(QStringLiteral("SELECT id FROM conversations"));
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

private:
    QString m_name;
};

bool restartOnSamePort(test::ServerProcess &server, const QUrl &url)
{
    return server.start(
               { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port()) })
        && server.url() == url;
}

// The server's latest change the lawyer may see: the next of a snapshot.
qint64 latestOnServer(const QUrl &url)
{
    HttpClient http(url);
    REQUIRE_FALSE(http.login(Lawyer).isEmpty());
    const HttpReply snapshot = http.get(QStringLiteral("/api/v1/sync"));
    REQUIRE(snapshot.status == 200);
    const qint64 next = snapshot.json.value(QStringLiteral("next")).toInteger();
    REQUIRE(next > 0);
    return next;
}

// Every message of these conversations as the lawyer sees them on the server, all pages.
QHash<qint64, CachedMessage> messagesOnServer(const QUrl &url, const QList<qint64> &conversations)
{
    HttpClient http(url);
    REQUIRE_FALSE(http.login(Lawyer).isEmpty());
    QHash<qint64, CachedMessage> all;
    for (const qint64 conversationId : conversations) {
        QString before;
        for (;;) {
            const HttpReply page
                = http.get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200%2")
                               .arg(conversationId)
                               .arg(before));
            INFO("conversation " << conversationId << ": " << page.raw.left(300).toStdString());
            REQUIRE(page.status == 200);
            const QJsonArray messages = page.json.value(QStringLiteral("messages")).toArray();
            for (const QJsonValue &value : messages) {
                const QJsonObject message = value.toObject();
                const qint64 id = message.value(QStringLiteral("id")).toInteger();
                REQUIRE_FALSE(all.contains(id));
                all.insert(id,
                    CachedMessage { message.value(QStringLiteral("conversation_id")).toInteger(),
                        message.value(QStringLiteral("body")).toString(),
                        message.value(QStringLiteral("client_txn_id")).toString() });
            }
            if (!page.json.contains(QStringLiteral("prev")))
                break;
            before = QStringLiteral("&before=%1")
                         .arg(page.json.value(QStringLiteral("prev")).toInteger());
        }
    }
    return all;
}

// Waits until everything queued on the store before now has run.
void drain(StoreWorker &store)
{
    QSignalSpy pong(&store, &StoreWorker::pong);
    store.ping();
    REQUIRE(pong.wait(20000));
}

// Selects the workspace's first matter and its first internal conversation; its id.
qint64 openFirstInternal(sync::Workspace &workspace)
{
    REQUIRE(waitFor([&] { return workspace.mattersReady(); }, 60000));
    workspace.selectMatter(workspace.matters()->at(0).id);
    models::ConversationsModel *conversations = workspace.conversations();
    const QModelIndex group = conversations->groupIndex(models::ConversationsModel::Internal);
    REQUIRE(waitFor([&] { return conversations->rowCount(group) > 0; }));
    const qint64 id
        = conversations->index(0, 0, group).data(models::ConversationsModel::IdRole).toLongLong();
    workspace.selectConversation(id);
    return id;
}

// A demo server with the lawyer signed in, and a folder for the lawyer's cache.
struct SignedInLawyer
{
    test::ServerProcess server;
    QUrl url;
    QTemporaryDir data;
    WatchedNetwork nam; // a plain manager until a test sets onRequest
    protocol::LoginResponse session;
    QString cachePath;

    SignedInLawyer()
    {
        REQUIRE(server.start());
        url = server.url();
        net::ApiClient login(&nam, url);
        session = test::signIn(login, Lawyer);
        cachePath = store::CacheDatabase::pathFor(data.path(), url, Lawyer);
    }
};

bool appliedUpTo(const QSignalSpy &applied, qint64 next)
{
    for (const QList<QVariant> &signal : applied) {
        if (signal.at(0).toLongLong() == next && signal.at(1).toBool())
            return true;
    }
    return false;
}

// The cache after the workspace closed: a sound database whose FTS index matches its
// messages, at the server's latest since, every cached message the server's (same
// conversation, same body) and no message stored twice under another id.
void checkCacheAgainstServer(
    const QString &path, const QUrl &url, qint64 latest, QHash<qint64, CachedMessage> *cached)
{
    CacheFile cache(path, false);
    CHECK(
        cache.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    // Fails the test when the FTS index does not match the messages it indexes.
    cache.run(QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')"));
    CHECK(cache.since() == latest);
    CHECK(cache.scalar(QStringLiteral("SELECT has_snapshot FROM sync_state")).toInt() == 1);
    CHECK(cache.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt() == 0);
    // No copies under other ids: client_txn_ids are unique per sender on the server.
    CHECK(cache
              .scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT sender_id, client_txn_id"
                                     " FROM messages WHERE client_txn_id <> ''"
                                     " GROUP BY sender_id, client_txn_id HAVING COUNT(*) > 1)"))
              .toInt()
        == 0);
    *cached = cache.messages();
    REQUIRE_FALSE(cached->isEmpty());

    const QHash<qint64, CachedMessage> onServer = messagesOnServer(url, cache.conversationIds());
    for (auto it = cached->cbegin(); it != cached->cend(); ++it) {
        INFO("cached message " << it.key());
        REQUIRE(onServer.contains(it.key()));
        CHECK(it->conversationId == onServer.value(it.key()).conversationId);
        CHECK(it->body == onServer.value(it.key()).body);
        CHECK(it->clientTxnId == onServer.value(it.key()).clientTxnId);
    }
}

} // namespace

TEST_CASE_METHOD(SignedInLawyer,
    "A catch-up cut off by a killed server resumes after its restart: nothing lost, "
    "nothing doubled")
{
    // The lawyer's app syncs once, then closes.
    {
        StoreWorker store;
        QSignalSpy applied(&store, &StoreWorker::batchApplied);
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        workspace.start();
        REQUIRE(waitFor([&] { return !applied.isEmpty(); }, 60000));
        REQUIRE(applied.at(0).at(1).toBool());
        REQUIRE(waitFor([&] { return workspace.isOnline(); }, 60000));
    }
    qint64 firstSince = 0;
    qint64 newestBefore = 0;
    int cachedBefore = 0;
    {
        CacheFile cache(cachePath);
        firstSince = cache.since();
        cachedBefore = int(cache.messages().size());
        newestBefore = cache.scalar(QStringLiteral("SELECT MAX(id) FROM messages")).toLongLong();
    }
    REQUIRE(firstSince > 0);
    REQUIRE(cachedBefore > 0);

    // Meanwhile the paralegal writes thousands of messages across a few conversations.
    HttpClient paralegal(url);
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    QList<qint64> conversations;
    {
        const HttpReply matters = paralegal.get(QStringLiteral("/api/v1/matters"));
        REQUIRE(matters.status == 200);
        for (const QJsonValue &matter : matters.json.value(QStringLiteral("matters")).toArray()) {
            const HttpReply list
                = paralegal.get(QStringLiteral("/api/v1/matters/%1/conversations")
                                    .arg(matter[QStringLiteral("id")].toInteger()));
            REQUIRE(list.status == 200);
            for (const QJsonValue &c : list.json.value(QStringLiteral("conversations")).toArray()) {
                if (conversations.size() < SeededConversations)
                    conversations << c[QStringLiteral("id")].toInteger();
            }
        }
    }
    REQUIRE(conversations.size() == SeededConversations);
    QHash<qint64, CachedMessage> posted;
    for (int i = 0; i < SeededMessages; ++i) {
        const qint64 conversationId = conversations.at(i % SeededConversations);
        const CachedMessage message { conversationId,
            QStringLiteral("Written while the app was closed, number %1").arg(i),
            QUuid::createUuid().toString(QUuid::WithoutBraces) };
        const HttpReply reply = paralegal.post(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
            QJsonObject { { QStringLiteral("client_txn_id"), message.clientTxnId },
                { QStringLiteral("body"), message.body } });
        INFO(reply.raw.left(300).toStdString());
        REQUIRE(reply.status == 201);
        posted.insert(reply.json.value(QStringLiteral("id")).toInteger(), message);
    }
    REQUIRE(posted.size() == SeededMessages);
    const qint64 latest = latestOnServer(url);

    // The app starts again and catches up page by page from its stored since; the server
    // dies, SIGKILLed, just as the third page is asked for: two pages are on their way to
    // the cache and the rest is not.
    {
        StoreWorker store;
        QSignalSpy applied(&store, &StoreWorker::batchApplied);
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        int catchUpRequests = 0;
        bool killed = false;
        nam.onRequest = [&](const QNetworkRequest &request) {
            if (killed || !isSyncRequest(request) || !hasSince(request))
                return;
            if (++catchUpRequests == 3) {
                server.kill();
                killed = true;
            }
        };
        workspace.start();
        REQUIRE(waitFor([&] { return killed; }, 60000));
        nam.onRequest = nullptr;
        REQUIRE(waitFor([&] { return !workspace.isOnline(); }));

        // The kill really came in the middle: what reached the cache is some pages, not all.
        drain(store);
        qint64 sinceAtKill = 0;
        int postedAtKill = 0;
        {
            CacheFile cache(cachePath);
            sinceAtKill = cache.since();
            const QHash<qint64, CachedMessage> messages = cache.messages();
            for (auto it = posted.cbegin(); it != posted.cend(); ++it)
                postedAtKill += messages.contains(it.key());
        }
        INFO("since " << firstSince << " -> " << sinceAtKill << " of " << latest << "; "
                      << postedAtKill << " of " << SeededMessages << " messages cached");
        CHECK(std::count_if(applied.cbegin(), applied.cend(), [](const QList<QVariant> &signal) {
            return signal.at(1).toBool();
        }) >= 1);
        REQUIRE(sinceAtKill > firstSince);
        REQUIRE(sinceAtKill < latest);
        REQUIRE(postedAtKill > 0);
        REQUIRE(postedAtKill < SeededMessages);

        // Same port, same data: the workspace reconnects and finishes the catch-up.
        REQUIRE(restartOnSamePort(server, url));
        REQUIRE(waitFor([&] { return appliedUpTo(applied, latest); }, ReturnTimeoutMs));
        REQUIRE(waitFor([&] { return workspace.isOnline(); }, ReturnTimeoutMs));
    }

    // Against the server's truth: every message written while the app was away is cached
    // exactly once with its body, and so is every other message the server holds after
    // what the cache had.
    QHash<qint64, CachedMessage> cached;
    checkCacheAgainstServer(cachePath, url, latest, &cached);
    for (auto it = posted.cbegin(); it != posted.cend(); ++it) {
        INFO("posted message " << it.key() << ": " << it->body.toStdString());
        REQUIRE(cached.contains(it.key()));
        CHECK(cached.value(it.key()).body == it->body);
        CHECK(cached.value(it.key()).conversationId == it->conversationId);
        CHECK(cached.value(it.key()).clientTxnId == it->clientTxnId);
    }
    const QHash<qint64, CachedMessage> onServer = messagesOnServer(url, conversations);
    int newOnServer = 0;
    for (auto it = onServer.cbegin(); it != onServer.cend(); ++it) {
        if (it.key() <= newestBefore)
            continue;
        ++newOnServer;
        INFO("server message " << it.key());
        CHECK(cached.contains(it.key()));
    }
    CHECK(newOnServer == SeededMessages);
    CHECK(cached.size() == cachedBefore + SeededMessages);
    // Each body once: no copy of a message under another id.
    QHash<QString, int> copies;
    for (const CachedMessage &message : std::as_const(cached))
        ++copies[message.body];
    for (const CachedMessage &message : std::as_const(posted)) {
        INFO(message.body.toStdString());
        CHECK(copies.value(message.body) == 1);
    }
}

TEST_CASE_METHOD(
    SignedInLawyer, "A first snapshot cut off by a killed server is taken after its restart")
{
    const qint64 latest = latestOnServer(url);

    {
        StoreWorker store;
        QSignalSpy applied(&store, &StoreWorker::batchApplied);
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        bool killed = false;
        // The server dies as the workspace asks for its very first snapshot.
        nam.onRequest = [&](const QNetworkRequest &request) {
            if (!killed && isSyncRequest(request) && !hasSince(request)) {
                server.kill();
                killed = true;
            }
        };
        workspace.start();
        REQUIRE(waitFor([&] { return killed; }, 60000));
        nam.onRequest = nullptr;
        drain(store);
        {
            CacheFile cache(cachePath);
            // Really cut off: nothing reached the cache.
            REQUIRE(cache.since() == 0);
            REQUIRE(
                cache.scalar(QStringLiteral("SELECT has_snapshot FROM sync_state")).toInt() == 0);
            REQUIRE(cache.messages().isEmpty());
        }

        REQUIRE(restartOnSamePort(server, url));
        REQUIRE(waitFor([&] { return workspace.isOnline(); }, ReturnTimeoutMs));
        // Online again, the workspace takes the snapshot it missed at once, not only when some
        // new change happens to arrive: the stream it started without a since shows no gap.
        INFO(applied.size() << " batches reached the store");
        REQUIRE(waitFor([&] { return appliedUpTo(applied, latest); }, 60000));
        drain(store);
        CHECK(workspace.matters()->rowCount() > 0);
    }

    QHash<qint64, CachedMessage> cached;
    checkCacheAgainstServer(cachePath, url, latest, &cached);
    // The snapshot's messages are the newest of each conversation the lawyer sees.
    CHECK(cached.size() > 0);
}

TEST_CASE_METHOD(SignedInLawyer,
    "A conversation the server showed before the cache opened reads in full offline")
{
    REQUIRE(QDir().mkpath(QFileInfo(cachePath).absolutePath()));

    qint64 matterId = 0;
    qint64 conversationId = 0;
    int shown = 0;
    {
        StoreWorker store;
        QSignalSpy opened(&store, &StoreWorker::opened);
        QSignalSpy openFailed(&store, &StoreWorker::openFailed);
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        {
            // The cache is locked by another connection until the server has shown the
            // conversation.
            CacheFile lock(cachePath, false);
            lock.lockOut();
            workspace.start();
            conversationId = openFirstInternal(workspace);
            matterId = workspace.matters()->at(0).id;
            REQUIRE(waitFor([&] { return workspace.timeline()->rowCount() > 0; }));
            // The whole conversation fits one page: the server said nothing is older.
            REQUIRE_FALSE(workspace.timeline()->olderHistory().has_value());
            shown = workspace.timeline()->rowCount();
            REQUIRE(opened.isEmpty()); // the server answered first
        }
        waitFor([&] { return !opened.isEmpty() || !openFailed.isEmpty(); });
        INFO("the lock outlasted the cache's busy timeout (5 s): the machine is too slow here");
        REQUIRE(openFailed.isEmpty());
        REQUIRE(opened.size() == 1);
        REQUIRE(waitFor([&] { return workspace.isOnline(); }, 60000));
        drain(store);
    }
    {
        CacheFile cache(cachePath);
        CHECK(cache
                  .scalar(QStringLiteral("SELECT complete FROM history WHERE conversation_id = %1")
                              .arg(conversationId))
                  .toInt()
            == 1);
    }

    // Offline, the cache alone shows the whole conversation and knows it is the whole.
    server.stop();
    StoreWorker store;
    sync::Workspace offline(&nam, url, session);
    offline.setStore(&store, data.path());
    offline.start();
    REQUIRE(waitFor([&] { return offline.mattersReady(); }, 60000));
    offline.selectMatter(matterId);
    QSignalSpy loaded(&offline, &sync::Workspace::messagesLoaded);
    offline.selectConversation(conversationId);
    REQUIRE(loaded.wait(20000));
    models::TimelineModel *timeline = offline.timeline();
    CHECK(timeline->rowCount() == shown);
    CHECK_FALSE(timeline->olderHistory().has_value());
    CHECK_FALSE(timeline->canFetchMore());
}

TEST_CASE_METHOD(SignedInLawyer,
    "Who read a message shows from the cache when its conversation opened before the cache")
{
    const QString body = QStringLiteral("The hearing moved to Friday.");
    const auto readByOf = [&](sync::Workspace &workspace) {
        models::TimelineModel *timeline = workspace.timeline();
        for (int row = 0; row < timeline->rowCount(); ++row) {
            if (timeline->messageAt(row).body == body)
                return timeline->index(row).data(models::TimelineModel::ReadByRole).toString();
        }
        return QString();
    };

    // Online with its cache, the lawyer writes and sees the paralegal read it; the receipt is
    // kept in the cache.
    qint64 messageId = 0;
    {
        StoreWorker store;
        sync::Workspace workspace(&nam, url, session);
        workspace.setStore(&store, data.path());
        workspace.start();
        const qint64 conversationId = openFirstInternal(workspace);
        REQUIRE(waitFor([&] { return workspace.isOnline(); }, 60000));
        HttpClient lawyer(url);
        REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
        const HttpReply sent
            = lawyer.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
                QJsonObject { { QStringLiteral("client_txn_id"), QStringLiteral("read-later") },
                    { QStringLiteral("body"), body } });
        REQUIRE(sent.status == 201);
        messageId = sent.json.value(QStringLiteral("id")).toInteger();
        HttpClient paralegal(url);
        REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
        REQUIRE(paralegal
                    .post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversationId),
                        QJsonObject { { QStringLiteral("message_id"), messageId } })
                    .status
            == 200);
        REQUIRE(waitFor([&] { return readByOf(workspace).startsWith(QStringLiteral("Read by")); }));
        drain(store);
    }
    {
        CacheFile cache(cachePath);
        REQUIRE(cache
                    .scalar(QStringLiteral("SELECT COUNT(*) FROM receipts WHERE message_id = %1")
                                .arg(messageId))
                    .toInt()
            == 1);
    }

    // Next time the cache opens late: the conversation is open, from the server, before it.
    // Nothing new comes from the server, so the receipt can only come from the cache.
    StoreWorker store;
    QSignalSpy opened(&store, &StoreWorker::opened);
    QSignalSpy openFailed(&store, &StoreWorker::openFailed);
    sync::Workspace workspace(&nam, url, session);
    workspace.setStore(&store, data.path());
    {
        CacheFile lock(cachePath, false);
        lock.lockOut();
        workspace.start();
        openFirstInternal(workspace);
        REQUIRE(waitFor([&] { return !readByOf(workspace).isEmpty(); }));
        REQUIRE(opened.isEmpty()); // the server answered first
    }
    waitFor([&] { return !opened.isEmpty() || !openFailed.isEmpty(); });
    {
        INFO("the lock outlasted the cache's busy timeout (5 s): the machine is too slow here");
        REQUIRE(openFailed.isEmpty());
        REQUIRE(opened.size() == 1);
    }
    INFO(readByOf(workspace).toStdString());
    CHECK(waitFor([&] { return readByOf(workspace).startsWith(QStringLiteral("Read by")); }));
}
