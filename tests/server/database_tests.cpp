// The server's storage layer on the backend under test: SQLite, or PostgreSQL when
// PARLEY_TEST_POSTGRES is set (the server_db_tests_pg run): migrations, the schema version,
// the transaction guard, and the [database] url setting.
#include "config/serverconfig.h"
#include "db/database.h"
#include "db/dialect.h"
#include "db/migrations.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "serverdatabase.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

namespace {

// A fresh, empty database of the backend under test (ServerProcess creates the PostgreSQL one
// and drops it when it goes).
struct FreshDatabase
{
    ServerProcess owner;
    server::DatabaseLocation location;

    FreshDatabase()
    {
        const bool created = owner.ensureDatabase();
        INFO(owner.errorString().toStdString());
        REQUIRE(created);
        if (owner.databaseUrl().isEmpty()) {
            location = server::DatabaseLocation::sqliteFile(
                QDir(owner.dataDir()).filePath(QStringLiteral("parley.db")));
        } else {
            auto parsed = server::DatabaseLocation::fromUrl(owner.databaseUrl());
            REQUIRE(parsed);
            location = parsed.value();
        }
    }
};

QStringList tablesOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(server::backendOf(db) == server::DbBackend::Postgres
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE"
                             " table_schema = current_schema() ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

qint64 firmCount(const QSqlDatabase &db)
{
    server::SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM firms"));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.integer(0);
}

// A firm row (inside the caller's transaction, if any); its id.
qint64 insertFirm(const QSqlDatabase &db, const QString &name)
{
    server::SqlQuery insert(
        db, QStringLiteral("INSERT INTO firms (name, created_at) VALUES (?, 1) RETURNING id"));
    insert.bind(name);
    REQUIRE(insert.exec());
    REQUIRE(insert.next());
    return insert.integer(0);
}

struct Run
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

Run runServer(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ServerProcess::binary(), args);
    REQUIRE(process.waitForFinished(60000));
    return { process.exitCode(), process.readAll() };
}

} // namespace

TEST_CASE("the backend under test is the one the run asks for")
{
    FreshDatabase fresh;
    const bool postgres = !qEnvironmentVariableIsEmpty("PARLEY_TEST_POSTGRES");
    CHECK((fresh.location.backend == server::DbBackend::Postgres) == postgres);
}

TEST_CASE("migrations bring a new database to the current version once; a second open changes "
          "nothing")
{
    FreshDatabase fresh;
    QStringList tables;
    {
        server::Database database(QStringLiteral("migrate-first"));
        const auto opened = database.open(fresh.location);
        INFO((opened.ok() ? QString() : opened.error().message).toStdString());
        REQUIRE(opened);
        CHECK(database.schemaVersion() == server::Migrations::CurrentVersion);
        tables = tablesOf(database.handle());
        CHECK(tables.contains(QStringLiteral("messages")));
        CHECK(tables.contains(QStringLiteral("audit_log")));
        CHECK(insertFirm(database.handle(), QStringLiteral("Kept")) > 0);
    }
    server::Database again(QStringLiteral("migrate-again"));
    REQUIRE(again.open(fresh.location));
    CHECK(again.schemaVersion() == server::Migrations::CurrentVersion);
    CHECK(tablesOf(again.handle()) == tables);
    CHECK(firmCount(again.handle()) == 1);
    if (fresh.location.backend == server::DbBackend::Postgres) {
        // One row, the current version; SQLite keeps it in PRAGMA user_version instead.
        QSqlQuery version(again.handle());
        REQUIRE(version.exec(QStringLiteral("SELECT id, version FROM schema_version")));
        REQUIRE(version.next());
        CHECK(version.value(1).toInt() == server::Migrations::CurrentVersion);
        CHECK_FALSE(version.next());
    } else {
        CHECK_FALSE(tables.contains(QStringLiteral("schema_version")));
    }
}

TEST_CASE("a database from a newer build is refused")
{
    FreshDatabase fresh;
    {
        server::Database database(QStringLiteral("newer-setup"));
        REQUIRE(database.open(fresh.location));
        server::SqlQuery bump(database.handle(),
            fresh.location.backend == server::DbBackend::Postgres
                ? QStringLiteral("UPDATE schema_version SET version = 999")
                : QStringLiteral("PRAGMA user_version = 999"));
        REQUIRE(bump.exec());
    }
    server::Database database(QStringLiteral("newer-open"));
    CHECK_FALSE(database.open(fresh.location));
}

TEST_CASE("a transaction rolls back unless committed, and what it commits stays")
{
    FreshDatabase fresh;
    server::Database database(QStringLiteral("rollback"));
    REQUIRE(database.open(fresh.location));
    const QSqlDatabase db = database.handle();
    {
        server::Transaction transaction(db);
        REQUIRE(transaction.status());
        insertFirm(db, QStringLiteral("Gone"));
        CHECK(firmCount(db) == 1); // seen inside the transaction
    }
    CHECK(firmCount(db) == 0);
    {
        server::Transaction transaction(db);
        REQUIRE(transaction.status());
        insertFirm(db, QStringLiteral("Kept"));
        REQUIRE(transaction.commit());
    }
    CHECK(firmCount(db) == 1);
    // A failed statement inside a transaction is reported, and nothing of it stays.
    {
        server::Transaction transaction(db);
        REQUIRE(transaction.status());
        server::SqlQuery bad(db, QStringLiteral("INSERT INTO firms (name) VALUES ('no time')"));
        CHECK_FALSE(bad.exec());
    }
    CHECK(firmCount(db) == 1);
}

TEST_CASE("the record refuses DELETE, and email addresses compare without case, on either "
          "backend")
{
    FreshDatabase fresh;
    server::Database database(QStringLiteral("triggers"));
    REQUIRE(database.open(fresh.location));
    const QSqlDatabase db = database.handle();
    const qint64 firmId = insertFirm(db, QStringLiteral("F"));
    server::SqlQuery user(db,
        QStringLiteral("INSERT INTO users (firm_id, kind, role, name, email, created_at)"
                       " VALUES (?, 'staff', 'lawyer', 'L', 'L@Example.com', 1) RETURNING id"));
    user.bind(firmId);
    REQUIRE(user.exec());
    REQUIRE(user.next());
    // users.email is case-insensitive (COLLATE NOCASE / citext).
    server::SqlQuery same(db,
        QStringLiteral("INSERT INTO users (firm_id, kind, role, name, email, created_at)"
                       " VALUES (?, 'staff', 'lawyer', 'M', 'l@example.COM', 1)"));
    same.bind(firmId);
    CHECK_FALSE(same.exec());
    CHECK(same.uniqueViolation());
    server::SqlQuery remove(db, QStringLiteral("DELETE FROM users"));
    CHECK_FALSE(remove.exec());
    server::SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ?"));
    count.bind(QStringLiteral("l@EXAMPLE.com"));
    REQUIRE(count.exec());
    REQUIRE(count.next());
    CHECK(count.integer(0) == 1);
}

TEST_CASE("PostgreSQL: write transactions of two connections run one at a time; a read "
          "transaction is repeatable read")
{
    FreshDatabase fresh;
    if (fresh.location.backend != server::DbBackend::Postgres)
        return; // SQLite's BEGIN IMMEDIATE is SQLite's own lock
    server::Database first(QStringLiteral("writer-one"));
    server::Database second(QStringLiteral("writer-two"));
    REQUIRE(first.open(fresh.location));
    REQUIRE(second.open(fresh.location));
    server::SqlQuery impatient(second.handle(), QStringLiteral("SET lock_timeout = '200ms'"));
    REQUIRE(impatient.exec());
    {
        server::Transaction holding(first.handle());
        REQUIRE(holding.status());
        server::Transaction waiting(second.handle());
        CHECK_FALSE(waiting.status()); // the advisory lock was not granted in time
    }
    server::Transaction afterwards(second.handle());
    CHECK(afterwards.status());
    REQUIRE(afterwards.commit());

    server::Transaction read(first.handle(), server::Transaction::Mode::Read);
    REQUIRE(read.status());
    QSqlQuery isolation(first.handle());
    REQUIRE(isolation.exec(QStringLiteral("SHOW transaction_isolation")));
    REQUIRE(isolation.next());
    CHECK(isolation.value(0).toString() == QStringLiteral("repeatable read"));
}

TEST_CASE("a bad [database] url is refused as invalid_field, and the password is never shown")
{
    QTemporaryDir dir;
    for (const QString &url : { QStringLiteral("mysql://u:pw@localhost/parley"),
             QStringLiteral("postgresql://u:pw@/parley"),
             QStringLiteral("postgresql://u:pw@h:5432"), QStringLiteral("not a url") }) {
        INFO(url.toStdString());
        const auto parsed = server::DatabaseLocation::fromUrl(url);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == QStringLiteral("invalid_field"));
        CHECK(parsed.error().message.contains(QStringLiteral("[database] url")));
        CHECK_FALSE(parsed.error().message.contains(QStringLiteral("pw")));
    }
    const auto good = server::DatabaseLocation::fromUrl(
        QStringLiteral("postgres://parley:s%40cret@db.example:6543/firm?sslmode=require"));
    REQUIRE(good);
    CHECK(good->backend == server::DbBackend::Postgres);
    CHECK(good->host == QStringLiteral("db.example"));
    CHECK(good->port == 6543);
    CHECK(good->user == QStringLiteral("parley"));
    CHECK(good->password == QStringLiteral("s@cret"));
    CHECK(good->name == QStringLiteral("firm"));
    CHECK(good->options == QStringLiteral("sslmode=require"));
    CHECK_FALSE(good->describe().contains(QStringLiteral("s@cret")));

    // The configuration file's key, then the command line.
    const QString config = dir.filePath(QStringLiteral("parley.ini"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[database]\nurl = mysql://root:topsecret@localhost/parley\n");
    file.close();
    const auto loaded = server::ServerConfig::fromFile(config);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == QStringLiteral("invalid_field"));
    const Run fromFile = runServer({ QStringLiteral("--config"), config,
        QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    CHECK(fromFile.exitCode == 2);
    CHECK(fromFile.output.contains("[database] url"));
    CHECK_FALSE(fromFile.output.contains("topsecret"));

    const Run fromOption = runServer(
        { QStringLiteral("--database"), QStringLiteral("postgresql://root:topsecret@127.0.0.1"),
            QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    CHECK(fromOption.exitCode == 2);
    CHECK(fromOption.output.contains("[database] url"));
    CHECK_FALSE(fromOption.output.contains("topsecret"));

    // A well-formed URL whose server is not there: the start fails, the password stays out of
    // what it prints (port 1 on loopback: nothing listens).
    const Run unreachable = runServer({ QStringLiteral("--database"),
        QStringLiteral("postgresql://root:topsecret@127.0.0.1:1/parley"),
        QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    CHECK(unreachable.exitCode != 0);
    CHECK_FALSE(unreachable.output.contains("topsecret"));
    // The admin commands take --database too, and check it the same way.
    const Run admin = runServer({ QStringLiteral("admin"), QStringLiteral("list-users"),
        QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
        QStringLiteral("--database"), QStringLiteral("mysql://root:topsecret@localhost/x") });
    CHECK(admin.exitCode != 0);
    CHECK(admin.output.contains("invalid_field"));
    CHECK_FALSE(admin.output.contains("topsecret"));
}

TEST_CASE("[database] url in the configuration file: a comma in the password is kept, an empty "
          "key is refused rather than falling back to SQLite")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("parley.ini"));
    const auto load = [&config](const QByteArray &text) {
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        return server::ServerConfig::fromFile(config);
    };
    // Unquoted, QSettings reads "pa,ss" as a list of two values.
    const auto comma = load("[database]\nurl = postgresql://parley:pa,ss@127.0.0.1:5432/firm\n");
    REQUIRE(comma);
    const auto location = comma->databaseLocation();
    REQUIRE(location);
    CHECK(location->backend == server::DbBackend::Postgres);
    CHECK(location->password == QStringLiteral("pa,ss"));

    const auto empty = load("[database]\nurl =\n");
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == QStringLiteral("invalid_field"));
    CHECK(empty.error().message.contains(QStringLiteral("[database] url")));

    const auto absent = load("[server]\nlisten = 127.0.0.1:0\n");
    REQUIRE(absent);
    REQUIRE(absent->databaseLocation());
    CHECK(absent->databaseLocation()->backend == server::DbBackend::Sqlite);
}

TEST_CASE("bound values come back as they went in on both backends: quotes, backslashes, whole "
          "id sets; a value PostgreSQL could not quote is refused")
{
    FreshDatabase fresh;
    if (fresh.location.backend == server::DbBackend::Postgres) {
        // A database configured the old way, where a backslash escapes inside '...': the
        // server's connections must not depend on that setting.
        server::Database setup(QStringLiteral("values-setup"));
        REQUIRE(setup.open(fresh.location));
        QSqlQuery alter(setup.handle());
        REQUIRE(
            alter.exec(QStringLiteral("ALTER DATABASE \"%1\" SET standard_conforming_strings = off")
                           .arg(fresh.location.name)));
    }
    server::Database database(QStringLiteral("values"));
    REQUIRE(database.open(fresh.location));
    const QSqlDatabase db = database.handle();
    const server::DbBackend backend = server::backendOf(db);

    // Text that would end or escape a literal if it were quoted naively.
    for (const QString &text : { QStringLiteral("O'Brien"), QStringLiteral("a\\' OR 1=1 --"),
             QStringLiteral("back\\slash\\"), QStringLiteral("?'?\"?") }) {
        INFO(text.toStdString());
        server::SqlQuery echo(db, QStringLiteral("SELECT CAST(? AS TEXT), ?"));
        echo.bind(text).bind(qint64(7));
        REQUIRE(echo.exec());
        REQUIRE(echo.next());
        CHECK(echo.text(0) == text);
        CHECK(echo.integer(1) == 7);
    }

    // A whole id list in one parameter (dialect::idSet), far above one placeholder per id.
    QList<qint64> ids;
    for (qint64 id = 1; id <= 40000; ++id)
        ids.append(id);
    for (const qint64 probe : { qint64(39999), qint64(40001) }) {
        server::SqlQuery member(db,
            QStringLiteral("SELECT 1 WHERE CAST(? AS BIGINT) IN %1")
                .arg(server::dialect::idSet(backend)));
        member.bind(probe).bind(server::dialect::idSetValue(backend, ids));
        REQUIRE(member.exec());
        CHECK(member.next() == (probe <= 40000));
    }

    // On PostgreSQL values are written into the statement: a type the driver does not quote
    // itself is refused rather than written in as bare text.
    server::SqlQuery odd(db, QStringLiteral("SELECT ?"));
    odd.bind(QVariant::fromValue(QUrl(QStringLiteral("1")))); // bare text would run: SELECT 1
    if (backend == server::DbBackend::Postgres)
        CHECK_FALSE(odd.exec());
}
