// Crash safety: a child applying batches is SIGKILLed at random points; every time, the cache
// reopens intact, holds exactly the batches up to its since, and resumes from there.
#include "crashbatches.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <random>

using namespace parley;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// Checks the reopened cache and returns its since.
qint64 checkCache(const QString &path)
{
    store::CacheDatabase database(path);
    REQUIRE(database.open().ok());
    {
        QSqlQuery integrity(database.handle());
        REQUIRE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(integrity.next());
        CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
    }
    store::CacheStore cache(&database);
    const auto since = cache.since();
    REQUIRE(since.ok());
    const qint64 expected = *since * crashtest::PerBatch;
    const QSqlDatabase db = database.handle();
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")) == expected);
    CHECK(scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages")) == expected);
    // The full-text index is in step with the table.
    QSqlQuery fts(db);
    REQUIRE(fts.exec(QStringLiteral(
        "INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")));
    return *since;
}

} // namespace

TEST_CASE("A cache killed mid-batch reopens intact and resumes from its since")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    const auto seed = std::random_device {}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> delayMs(10, 300);

    qint64 since = 0;
    int killedWhileRunning = 0;
    for (int run = 0; run < 50; ++run) {
        QProcess child;
        child.start(QStringLiteral(PARLEY_STORE_CRASH_CHILD), { path });
        REQUIRE(child.waitForStarted(5000));
        QThread::msleep(static_cast<unsigned long>(delayMs(random)));
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(5000));
        if (child.exitStatus() == QProcess::CrashExit)
            ++killedWhileRunning;
        else
            CHECK(child.exitCode() == 0);
        const qint64 reopened = checkCache(path);
        CHECK(reopened >= since);
        since = reopened;
    }
    CHECK(killedWhileRunning >= 45);
    CHECK(since > 0);

    // Resuming from the stored since applies the next batch once; a repeat is dropped.
    store::CacheDatabase database(path);
    REQUIRE(database.open().ok());
    store::CacheStore cache(&database);
    auto applied = cache.applyBatch(crashtest::batchNumber(since + 1));
    REQUIRE(applied.ok());
    CHECK(*applied);
    auto repeated = cache.applyBatch(crashtest::batchNumber(since + 1));
    REQUIRE(repeated.ok());
    CHECK_FALSE(*repeated);
    CHECK(scalar(database.handle(), QStringLiteral("SELECT COUNT(*) FROM messages"))
        == (since + 1) * crashtest::PerBatch);
    CHECK(cache.search(QStringLiteral("crash"), 5)->size() == 5);
}
