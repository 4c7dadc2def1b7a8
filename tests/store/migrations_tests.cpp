// Cache migrations: a version 1 database upgrades with its rows searchable; newer is refused.
#include "store/cachemigrations.h"
#include "store/transactionguard.h"
#include "storetestdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parley;
using namespace storetest;

namespace {

// Runs fn with a raw connection to path, outside CacheDatabase.
template<typename Fn>
void withRawConnection(const QString &path, Fn fn)
{
    const QString name = QStringLiteral("raw-fixture");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Runs a .sql fixture (one statement per line, as sqlite3 .dump writes it) against db.
void loadFixture(QSqlDatabase &db, const QString &name)
{
    QFile file(QStringLiteral(PARLEY_STORE_FIXTURES "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        QSqlQuery query(db);
        INFO(line.toStdString());
        REQUIRE(query.exec(line));
    }
}

QList<qint64> ids(const protocol::Result<QList<protocol::Message>> &found)
{
    REQUIRE(found.ok());
    QList<qint64> result;
    for (const auto &m : *found)
        result.append(m.id);
    return result;
}

} // namespace

TEST_CASE("The checked-in version 1 fixture migrates to the current schema with its rows")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fixture-v1.sqlite"));
    withRawConnection(path, [](QSqlDatabase &db) {
        loadFixture(db, QStringLiteral("cache-v1.sql"));
        REQUIRE(*store::CacheMigrations::version(db) == 1);
    });

    store::CacheDatabase database(path);
    REQUIRE(database.open().ok());
    CHECK(*store::CacheMigrations::version(database.handle())
        == store::CacheMigrations::CurrentVersion);
    store::CacheStore cache(&database);
    CHECK(*cache.since() == 42);
    CHECK(*cache.hasSnapshot());

    auto matters = cache.matters();
    REQUIRE(matters->size() == 1);
    CHECK(matters->first().clientName() == QStringLiteral("Jane Smith"));
    auto conversations = cache.conversations(1);
    REQUIRE(conversations->size() == 1);
    CHECK(conversations->first().members.size() == 1);

    auto page = cache.messagesPage(10, std::nullopt, 10);
    REQUIRE(page->size() == 3);
    REQUIRE(page->at(1).attachments.size() == 1);
    CHECK(page->at(1).attachments.first().name == QStringLiteral("Settlement-Draft.pdf"));
    CHECK(page->at(2).deleted);
    // Since version 4: no history row, so all cached rows count as contiguous.
    CHECK(cache.history(10)->contiguousFrom == 0);
    CHECK_FALSE(cache.history(10)->complete);

    // Bodies and, since version 3, file names are searchable.
    CHECK(ids(cache.search(QStringLiteral("custody"), 10)) == QList<qint64> { 1 });
    CHECK(ids(cache.search(QStringLiteral("settlement"), 10)) == QList<qint64> { 2 });
    CHECK(ids(cache.search(QStringLiteral("pdf"), 10)) == QList<qint64> { 2 });
    CHECK(ids(cache.search(QStringLiteral("Settlement-Draft.pdf"), 10)) == QList<qint64> { 2 });

    auto outbox = cache.outbox();
    REQUIRE(outbox->size() == 2);
    CHECK(outbox->at(0).clientTxnId == QStringLiteral("txn-out-1"));
    CHECK(outbox->at(0).messageKind == QStringLiteral("text")); // since version 6
    CHECK(outbox->at(1).state == store::OutboxItem::State::Failed);
    CHECK(outbox->at(1).body == QStringLiteral("a very long text"));
    REQUIRE(
        cache
            .enqueue(store::OutboxItem { 0, QStringLiteral("txn-out-3"), QStringLiteral("message"),
                10, QStringLiteral("new"), store::OutboxItem::State::Pending, {}, {}, 0 })
            .ok());
    CHECK(cache.outbox()->at(2).seq == 3);

    // Rows written after the upgrade are indexed by the new triggers, names included.
    auto withFile = message(4, 10, QStringLiteral("revised custody plan"));
    withFile.attachments.append(protocol::Attachment {
        9, 4, 6, QStringLiteral("copy"), QStringLiteral("Parenting Plan.docx"), 10, QString() });
    REQUIRE(*cache.applyBatch(batch(42, 43, { change(43, withFile) })));
    CHECK(ids(cache.search(QStringLiteral("custody"), 10)) == QList<qint64> { 4, 1 });
    CHECK(ids(cache.search(QStringLiteral("parenting docx"), 10)) == QList<qint64> { 4 });
    auto deleted = message(4, 10, QString());
    deleted.deleted = true;
    REQUIRE(*cache.applyBatch(batch(43, 44, { change(44, deleted) })));
    CHECK(ids(cache.search(QStringLiteral("parenting"), 10)).isEmpty());
}

TEST_CASE("A version 2 cache gains searchable file names in version 3")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    withRawConnection(path, [](QSqlDatabase &db) {
        REQUIRE(store::CacheMigrations::apply(db, 2).ok());
        QSqlQuery insert(db);
        REQUIRE(insert.exec(QStringLiteral(
            "INSERT INTO messages (id, conversation_id, sender_id, sender_name, kind, body,"
            " client_txn_id, channel, attachments_json, deleted, created_at) VALUES"
            " (1, 10, 7, 'Ada', 'file', 'see attached', 't1', 'app',"
            " '[{\"id\":1,\"mode\":\"share\",\"name\":\"Witness statement.pdf\"}]', 0, 1000),"
            " (2, 10, 7, 'Ada', 'text', 'no files', 't2', 'app', '[]', 0, 2000)")));
    });
    store::CacheDatabase database(path);
    REQUIRE(database.open().ok());
    store::CacheStore cache(&database);
    CHECK(ids(cache.search(QStringLiteral("witness"), 10)) == QList<qint64> { 1 });
    CHECK(ids(cache.search(QStringLiteral("attached"), 10)) == QList<qint64> { 1 });
    CHECK(ids(cache.search(QStringLiteral("files"), 10)) == QList<qint64> { 2 });
}

TEST_CASE("A version 1 cache migrates to the current schema and its messages become searchable")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    withRawConnection(path, [](QSqlDatabase &db) {
        REQUIRE(store::CacheMigrations::apply(db, 1).ok());
        REQUIRE(*store::CacheMigrations::version(db) == 1);
        QSqlQuery insert(db);
        REQUIRE(insert.exec(QStringLiteral(
            "INSERT INTO messages (id, conversation_id, sender_id, sender_name, kind, body,"
            " client_txn_id, channel, deleted, created_at) VALUES"
            " (1, 10, 7, 'Ada', 'text', 'the custody hearing moved', 't1', 'app', 0, 1000),"
            " (2, 10, 7, 'Ada', 'text', 'settlement draft attached', 't2', 'app', 0, 2000)")));
        REQUIRE(insert.exec(QStringLiteral("UPDATE sync_state SET since = 42, has_snapshot = 1")));
        // No full-text table before version 2.
        REQUIRE_FALSE(insert.exec(QStringLiteral("SELECT * FROM messages_fts")));
    });

    store::CacheDatabase database(path);
    REQUIRE(database.open().ok());
    CHECK(*store::CacheMigrations::version(database.handle())
        == store::CacheMigrations::CurrentVersion);
    store::CacheStore cache(&database);
    CHECK(*cache.since() == 42);
    auto found = cache.search(QStringLiteral("custody"), 10);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == 1);
    CHECK(found->first().body == QStringLiteral("the custody hearing moved"));
    auto page = cache.messagesPage(10, std::nullopt, 10);
    REQUIRE(page.ok());
    CHECK(page->size() == 2);

    // New rows after the upgrade are indexed by the triggers.
    REQUIRE(*cache.applyBatch(
        batch(42, 43, { change(43, message(3, 10, QStringLiteral("custody order"))) })));
    CHECK(cache.search(QStringLiteral("custody"), 10)->size() == 2);
}

TEST_CASE("A version 8 cache gains assignees, client kinds and the spouse setting in version 9")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    withRawConnection(path, [](QSqlDatabase &db) {
        REQUIRE(store::CacheMigrations::apply(db, 8).ok());
        QSqlQuery insert(db);
        REQUIRE(insert.exec(QStringLiteral(
            "INSERT INTO matters (id, number, title, status, restricted, parties_json,"
            " staff_json, updated_at) VALUES (1, '2026-0001', 'Smith', 'open', 0, '[]', '[]',"
            " 1000)")));
        REQUIRE(insert.exec(QStringLiteral(
            "INSERT INTO conversations (id, matter_id, kind, title, require_mfa, sms, created_at,"
            " last_message_at) VALUES (5, 1, 'external', 'Portal', 0, 0, 1000, 2000)")));
        // No such columns before version 9.
        REQUIRE_FALSE(insert.exec(QStringLiteral("SELECT assignee_id FROM conversations")));
    });

    store::CacheDatabase database(path);
    REQUIRE(database.open().ok());
    CHECK(*store::CacheMigrations::version(database.handle()) == 9);
    store::CacheStore cache(&database);
    auto matters = cache.matters();
    REQUIRE(matters->size() == 1);
    CHECK(matters->first().clientKind == QStringLiteral("individual"));
    CHECK_FALSE(matters->first().messageSpouse);
    auto conversations = cache.conversations(1);
    REQUIRE(conversations->size() == 1);
    CHECK(conversations->first().title == QStringLiteral("Portal"));
    CHECK_FALSE(conversations->first().assigneeId.has_value());
}

TEST_CASE("A cache with a newer schema than this build is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    withRawConnection(path, [](QSqlDatabase &db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(store::CacheMigrations::CurrentVersion + 1)));
    });
    store::CacheDatabase database(path);
    auto opened = database.open();
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().is(protocol::ErrorCode::Internal));
    CHECK_FALSE(database.isOpen());
}

TEST_CASE("Opening sets WAL and foreign keys and reopening keeps the schema")
{
    OpenCache cache;
    QSqlQuery query(cache.database.handle());
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    query.finish();
    cache.database.close();
    REQUIRE(cache.database.open().ok());
    CHECK(*store::CacheMigrations::version(cache.database.handle())
        == store::CacheMigrations::CurrentVersion);
}

TEST_CASE("TransactionGuard rolls back unless committed")
{
    OpenCache cache;
    const QSqlDatabase db = cache.database.handle();
    auto insertUser = [&](int id) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("INSERT INTO users (id, kind, role, name, email, phone)"
                                          " VALUES (%1, 'staff', 'lawyer', 'n', 'e', '')")
                               .arg(id)));
    };
    auto earlyReturn = [&]() -> protocol::Result<void> {
        store::TransactionGuard transaction(db);
        if (auto result = transaction.status(); !result)
            return result;
        insertUser(1);
        return protocol::Error::make(protocol::ErrorCode::Internal, QStringLiteral("stop"));
    };
    CHECK_FALSE(earlyReturn().ok());
    CHECK(countRows(db, QStringLiteral("SELECT COUNT(*) FROM users")) == 0);

    {
        store::TransactionGuard transaction(db);
        REQUIRE(transaction.status().ok());
        insertUser(2);
        REQUIRE(transaction.commit().ok());
    }
    CHECK(countRows(db, QStringLiteral("SELECT COUNT(*) FROM users")) == 1);
}

TEST_CASE("pathFor gives one file per server and account, and wipe deletes it")
{
    QTemporaryDir dir;
    const QUrl server(QStringLiteral("https://parley.example.org"));
    const QString a
        = store::CacheDatabase::pathFor(dir.path(), server, QStringLiteral("a@firm.example"));
    const QString b
        = store::CacheDatabase::pathFor(dir.path(), server, QStringLiteral("b@firm.example"));
    const QString other = store::CacheDatabase::pathFor(dir.path(),
        QUrl(QStringLiteral("https://other.example.org")), QStringLiteral("a@firm.example"));
    CHECK(a != b);
    CHECK(a != other);
    CHECK(a == store::CacheDatabase::pathFor(dir.path(), server, QStringLiteral("a@firm.example")));
    CHECK(QFileInfo(a).fileName().size() == int(qstrlen("cache-") + 16 + qstrlen(".sqlite")));
    CHECK(QFileInfo(a).fileName().startsWith(QStringLiteral("cache-")));

    store::CacheDatabase database(a);
    REQUIRE(database.open().ok());
    store::CacheStore cache(&database);
    REQUIRE(*cache.applyBatch(batch(0, 1, { change(1, message(1, 1, QStringLiteral("hi"))) })));
    CHECK(QFileInfo::exists(a));
    REQUIRE(database.wipe().ok());
    CHECK_FALSE(QFileInfo::exists(a));
    CHECK_FALSE(QFileInfo::exists(a + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(a + QStringLiteral("-shm")));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}
