// StoreWorker: queries run on the store thread and answers come back as queued signals.
#include "store/storeworker.h"
#include "storetestdata.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QThread>

using namespace parley;
using namespace storetest;

TEST_CASE("StoreWorker answers from its own thread through queued signals")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.sqlite"));
    store::StoreWorker worker;
    QSignalSpy failed(&worker, &store::StoreWorker::failed);

    QSignalSpy opened(&worker, &store::StoreWorker::opened);
    worker.open(path);
    REQUIRE(opened.wait(15000));
    CHECK(opened.first().at(0).toLongLong() == 0);

    // The work runs on the store thread...
    QSignalSpy pong(&worker, &store::StoreWorker::pong);
    worker.ping();
    REQUIRE(pong.wait(15000));
    QThread *storeThread = pong.first().at(0).value<QThread *>();
    REQUIRE(storeThread != nullptr);
    CHECK(storeThread != QThread::currentThread());
    CHECK(storeThread == worker.workerThread());

    QSignalSpy applied(&worker, &store::StoreWorker::batchApplied);
    worker.applyBatch(batch(0, 3,
        { change(1, matter(1, QStringLiteral("Doe"))),
            change(2, conversation(5, 1, QStringLiteral("T"))),
            change(3, message(1, 5, QStringLiteral("hello worker"))) },
        true));
    REQUIRE(applied.wait(15000));
    CHECK(applied.first().at(0).toLongLong() == 3);
    CHECK(applied.first().at(1).toBool());

    // ...and every answer is emitted on the worker's own (here the test) thread, even to a
    // direct connection.
    QThread *receivingThread = nullptr;
    QList<protocol::Matter> matters;
    QObject::connect(
        &worker, &store::StoreWorker::mattersLoaded, &worker,
        [&](const QList<protocol::Matter> &loaded) {
            receivingThread = QThread::currentThread();
            matters = loaded;
        },
        Qt::DirectConnection);
    QSignalSpy mattersLoaded(&worker, &store::StoreWorker::mattersLoaded);
    worker.loadMatters();
    REQUIRE(mattersLoaded.wait(15000));
    CHECK(receivingThread == QThread::currentThread());
    REQUIRE(matters.size() == 1);
    CHECK(matters.first().title == QStringLiteral("Doe"));

    // Calls run in order: the since after the batch.
    QSignalSpy since(&worker, &store::StoreWorker::sinceLoaded);
    worker.loadSince();
    REQUIRE(since.wait(15000));
    CHECK(since.first().at(0).toLongLong() == 3);

    QSignalSpy messages(&worker, &store::StoreWorker::messagesLoaded);
    worker.loadMessages(5, std::nullopt, 10);
    REQUIRE(messages.wait(15000));
    const auto page = messages.first().at(2).value<QList<protocol::Message>>();
    REQUIRE(page.size() == 1);
    CHECK(page.first().body == QStringLiteral("hello worker"));
    CHECK_FALSE(messages.first().at(3).toBool()); // where history starts is not known yet

    QSignalSpy searched(&worker, &store::StoreWorker::searchFinished);
    worker.search(QStringLiteral("worker"), 10);
    REQUIRE(searched.wait(15000));
    CHECK(searched.first().at(1).value<QList<protocol::Message>>().size() == 1);

    QSignalSpy enqueued(&worker, &store::StoreWorker::enqueued);
    store::OutboxItem item;
    item.clientTxnId = QStringLiteral("txn-w");
    item.conversationId = 5;
    item.body = QStringLiteral("queued");
    worker.enqueue(item);
    REQUIRE(enqueued.wait(15000));
    QSignalSpy outbox(&worker, &store::StoreWorker::outboxLoaded);
    worker.loadOutbox();
    REQUIRE(outbox.wait(15000));
    CHECK(outbox.first().at(0).value<QList<store::OutboxItem>>().size() == 1);

    QSignalSpy closed(&worker, &store::StoreWorker::closed);
    worker.close();
    REQUIRE(closed.wait(15000));
    CHECK(QFileInfo::exists(path));
    QSignalSpy wiped(&worker, &store::StoreWorker::wiped);
    worker.wipe();
    REQUIRE(wiped.wait(15000));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(failed.isEmpty());

    // Closed: a query reports a typed error instead of touching a database.
    worker.loadMatters();
    REQUIRE(failed.wait(15000));
    CHECK(failed.first().at(0).value<protocol::Error>().is(protocol::ErrorCode::Internal));
}

TEST_CASE("StoreWorker reports a cache it cannot open as a typed error")
{
    QTemporaryDir dir;
    store::StoreWorker worker;
    QSignalSpy failed(&worker, &store::StoreWorker::failed);
    QSignalSpy opened(&worker, &store::StoreWorker::opened);
    // A folder where the file should be: SQLite cannot open it.
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("taken.sqlite")));
    worker.open(dir.filePath(QStringLiteral("taken.sqlite")));
    REQUIRE(failed.wait(15000));
    CHECK(opened.isEmpty());
    CHECK(failed.first().at(0).value<protocol::Error>().is(protocol::ErrorCode::Internal));
}

TEST_CASE("StoreWorker answers only the latest open, so a new session never takes an old one's")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sessions.sqlite"));
    store::StoreWorker worker;
    QSignalSpy opened(&worker, &store::StoreWorker::opened);
    QSignalSpy openFailed(&worker, &store::StoreWorker::openFailed);
    QSignalSpy closed(&worker, &store::StoreWorker::closed);

    // A session opens, quits before its answer came back, and a new session opens: the
    // queued answer of the first open is dropped, the second one's arrives once.
    worker.open(path);
    worker.close();
    worker.open(path);
    REQUIRE(opened.wait(15000));
    QSignalSpy pong(&worker, &store::StoreWorker::pong);
    worker.ping();
    REQUIRE(pong.wait(15000));
    CHECK(opened.size() == 1);
    CHECK(closed.size() == 1);

    // A failing open overtaken by a good one is not reported as the cache failing.
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("taken.sqlite")));
    worker.open(dir.filePath(QStringLiteral("taken.sqlite")));
    worker.open(path);
    REQUIRE(opened.wait(15000));
    worker.ping();
    REQUIRE(pong.wait(15000));
    CHECK(openFailed.isEmpty());
    CHECK(opened.size() == 2);

    // The failure of the latest open is.
    worker.open(dir.filePath(QStringLiteral("taken.sqlite")));
    REQUIRE(openFailed.wait(15000));
    CHECK(openFailed.first().at(0).value<protocol::Error>().is(protocol::ErrorCode::Internal));
}
