// bench_sync: how fast the desktop cache ingests sync batches compared with plain SQLite, and
// how fast it opens, searches and pages with a large history, and how much memory the desktop
// app takes with that history open. Prints key=value lines.
//   bench_sync [--messages N]   (default 1,000,000; the timeline case adds 100,000 more)
#include "appmemory.h"
#include "benchclock.h"
#include "messagefactory.h"
#include "rawsqlite.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

using namespace parley;
using namespace parley::bench;

namespace {

constexpr int BatchSize = 500;
constexpr int Conversations = 2000;
constexpr int MatterCount = 500;

void print(const char *key, double value, int decimals = 1)
{
    std::printf("%s=%.*f\n", key, decimals, value);
    std::fflush(stdout);
}

[[noreturn]] void fail(const char *what, const protocol::Error &error)
{
    std::fprintf(stderr, "bench_sync: %s: %s\n", what, qPrintable(error.message));
    std::exit(1);
}

// Fills a cache with `count` messages through the engine, batch by batch; returns seconds.
// fromWire: each batch goes through JSON text and SyncBatch::fromJson, as a stream frame would.
double ingest(
    store::CacheStore &cache, MessageFactory &factory, qint64 count, bool fromWire, qint64 *since)
{
    double seconds = 0;
    for (qint64 done = 0; done < count; done += BatchSize) {
        const protocol::SyncBatch made
            = factory.batch(*since, int(std::min<qint64>(BatchSize, count - done)), Conversations);
        const QByteArray wire = QJsonDocument(made.toJson()).toJson(QJsonDocument::Compact);
        seconds += millisecondsOf([&] {
            protocol::SyncBatch batch = made;
            if (fromWire) {
                auto decoded
                    = protocol::SyncBatch::fromJson(QJsonDocument::fromJson(wire).object());
                if (!decoded)
                    fail("decode", decoded.error());
                batch = decoded.value();
            }
            auto applied = cache.applyBatch(batch);
            if (!applied || !applied.value())
                fail("apply", applied ? protocol::Error() : applied.error());
        }) / 1000;
        *since = made.next;
    }
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 total = 1000000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--app-probe")); i > 0)
        return appProbe(args.value(i + 1));
    if (const qsizetype i = args.indexOf(QStringLiteral("--messages")); i > 0)
        total = args.value(i + 1).toLongLong();
    QTemporaryDir dir;
    print("messages", double(total), 0);

    // 1. Ingest: the engine against the raw C API on the same rows and schema.
    const qint64 sample = std::min<qint64>(total, 100000);
    {
        MessageFactory rawFactory(7);
        QList<protocol::Message> rows;
        rows.reserve(sample);
        for (qint64 i = 0; i < sample; ++i)
            rows.append(rawFactory.next(Conversations));
        const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
        {
            store::CacheDatabase schemaOnly(rawPath);
            if (auto opened = schemaOnly.open(); !opened)
                fail("open raw", opened.error());
        }
        const double rawSeconds = rawInsert(rawPath, rows);
        if (rawSeconds < 0)
            return 1;

        store::CacheDatabase engineDb(dir.filePath(QStringLiteral("engine.sqlite")));
        if (auto opened = engineDb.open(); !opened)
            fail("open engine", opened.error());
        store::CacheStore engine(&engineDb);
        MessageFactory engineFactory(7);
        qint64 since = 0;
        const double applySeconds = ingest(engine, engineFactory, sample, false, &since);

        store::CacheDatabase wireDb(dir.filePath(QStringLiteral("wire.sqlite")));
        if (auto opened = wireDb.open(); !opened)
            fail("open wire", opened.error());
        store::CacheStore wire(&wireDb);
        MessageFactory wireFactory(7);
        qint64 wireSince = 0;
        const double wireSeconds = ingest(wire, wireFactory, sample, true, &wireSince);

        const double raw = sample / rawSeconds;
        const double applied = sample / applySeconds;
        const double fromWire = sample / wireSeconds;
        print("ingest_sample_messages", double(sample), 0);
        print("raw_sqlite_insert_msgs_per_s", raw, 0);
        print("sync_ingest_msgs_per_s", applied, 0);
        print("sync_ingest_ratio", applied / raw, 2);
        print("sync_ingest_from_wire_msgs_per_s", fromWire, 0);
        print("sync_ingest_from_wire_ratio", fromWire / raw, 2);
    }

    // 2. A large cache: open, first matters page, search, timeline pages.
    const QString bigPath = dir.filePath(QStringLiteral("big.sqlite"));
    MessageFactory factory(11);
    qint64 since = 0;
    {
        store::CacheDatabase db(bigPath);
        if (auto opened = db.open(); !opened)
            fail("open big", opened.error());
        store::CacheStore cache(&db);
        // A busy firm's matter list, so the first matters page has real rows to read.
        protocol::SyncBatch matters;
        matters.snapshot = true;
        for (int i = 1; i <= MatterCount; ++i) {
            protocol::Matter matter;
            matter.id = i;
            matter.number = QStringLiteral("2026-%1").arg(i, 4, 10, QLatin1Char('0'));
            matter.title = QStringLiteral("Matter %1 — %2").arg(i).arg(factory.word(i));
            matter.status = QStringLiteral("open");
            matter.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-i * 3600);
            matters.changes.append(
                protocol::Change { ++since, QStringLiteral("matter"), matter.toJson() });
        }
        matters.next = since;
        if (auto applied = cache.applyBatch(matters); !applied)
            fail("apply matters", applied.error());
        const double seconds = ingest(cache, factory, total, false, &since);
        print("fill_msgs_per_s", total / seconds, 0);
        // One conversation with 100,000 messages and one with 100, for the timeline pages.
        protocol::SyncBatch batch;
        batch.since = since;
        qint64 seq = since;
        qint64 id = factory.lastId();
        for (int i = 0; i < 100100; ++i) {
            protocol::Message message = factory.next(Conversations);
            message.id = ++id;
            message.conversationId = i < 100000 ? 900001 : 900002;
            batch.changes.append(
                protocol::Change { ++seq, QStringLiteral("message"), message.toJson() });
            if (batch.changes.size() == BatchSize || i == 100099) {
                batch.next = seq;
                auto applied = cache.applyBatch(batch);
                if (!applied)
                    fail("apply timeline", applied.error());
                batch = protocol::SyncBatch();
                batch.since = seq;
            }
        }
    }

    double openMs = millisecondsOf([&] {
        store::CacheDatabase db(bigPath);
        if (auto opened = db.open(); !opened)
            fail("reopen", opened.error());
        store::CacheStore cache(&db);
        auto matters = cache.matters();
        if (!matters || matters->size() != MatterCount)
            fail("matters", matters ? protocol::Error() : matters.error());
    });
    print("cache_open_ms", openMs, 2);

    store::CacheDatabase db(bigPath);
    if (auto opened = db.open(); !opened)
        fail("open for reads", opened.error());
    store::CacheStore cache(&db);
    QList<double> searchMs;
    qint64 hits = 0;
    for (int q = 0; q < 100; ++q) {
        // Mostly single words, some two-word queries, across common and rare vocabulary.
        QString query = factory.word(q * 7 + 3);
        if (q % 4 == 0)
            query += QLatin1Char(' ') + factory.word(q * 13 + 1);
        searchMs << millisecondsOf([&] {
            auto found = cache.search(query, 50);
            if (!found)
                fail("search", found.error());
            hits += found->size();
        });
    }
    print("search_queries", 100, 0);
    print("search_avg_hits", hits / 100.0, 1);
    print("search_p50_ms", percentile(searchMs, 0.50), 2);
    print("search_p95_ms", percentile(searchMs, 0.95), 2);

    auto firstPage = [&](qint64 conversation) {
        QList<double> runs;
        for (int i = 0; i < 20; ++i) {
            runs << millisecondsOf([&] {
                auto page = cache.messagesPage(conversation, std::nullopt, 50);
                if (!page || page->size() != 50)
                    fail("page", page ? protocol::Error() : page.error());
            });
        }
        return percentile(runs, 0.5);
    };
    const double big = firstPage(900001);
    const double small = firstPage(900002);
    print("timeline_first_page_ms", big, 3);
    print("timeline_small_first_page_ms", small, 3);
    print("timeline_first_page_ratio", big / small, 2);

    // 3. The desktop app over the same cache, offline. The cache gets the conversations its
    // messages belong to first, as a real account's would have.
    {
        auto seq = cache.since();
        if (!seq)
            fail("since", seq.error());
        protocol::SyncBatch batch;
        batch.since = seq.value();
        qint64 next = seq.value();
        QList<qint64> ids;
        for (qint64 id = 1; id <= Conversations; ++id)
            ids << id;
        ids << 900001 << 900002;
        for (const qint64 id : std::as_const(ids)) {
            protocol::Conversation conversation;
            conversation.id = id;
            if (id % 10 == 0) {
                conversation.kind = QStringLiteral("direct");
            } else {
                conversation.matterId = (id - 1) % MatterCount + 1;
                conversation.kind
                    = id % 3 == 0 ? QStringLiteral("internal") : QStringLiteral("external");
                conversation.title
                    = QStringLiteral("Thread %1 — %2").arg(id).arg(factory.word(int(id)));
            }
            conversation.createdAt = QDateTime::currentDateTimeUtc().addDays(-30);
            conversation.lastMessageAt = QDateTime::currentDateTimeUtc().addSecs(-id * 60);
            batch.changes.append(
                protocol::Change { ++next, QStringLiteral("conversation"), conversation.toJson() });
        }
        batch.next = next;
        if (auto applied = cache.applyBatch(batch); !applied || !applied.value())
            fail("apply conversations", applied ? protocol::Error() : applied.error());
    }
    db.close();
    return measureAppMemory(bigPath);
}
