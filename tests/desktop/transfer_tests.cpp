// Uploads through the desktop's TusUploader against the real server, interrupted at random
// offsets: the connection dropped mid-chunk (with and without chunk checksums), the
// uploading process killed, the server killed. Each resumes from the server's offset and the
// stored blob's sha256 is the file's.
#include "desktoptesthelpers.h"
#include "net/apiclient.h"
#include "net/tusuploader.h"
#include "serverprocess.h"
#include "sync/filesend.h"
#include "sync/transferqueue.h"
#include "transfertesthelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using net::TusUploader;
using test::ServerProcess;
using test::signIn;
using test::waitFor;

namespace {

constexpr qint64 MiB = 1024 * 1024;

struct Attempt
{
    qint64 resumedAt = -1; // the server's offset when this attempt began
    bool interrupted = false;
    std::optional<protocol::Result<QString>> result;
};

// One attempt with a fresh uploader (only the URL survives, as across a restart): resumes
// url and, when interrupt is set, drops the connection at a random offset past the resume
// point.
Attempt attempt(
    ApiClient &api, const QString &path, QUrl &url, TusUploader::Options options, bool interrupt)
{
    Attempt run;
    TusUploader uploader(&api, options);
    qint64 target = -1;
    QObject::connect(&uploader, &TusUploader::created, [&](const QUrl &created) {
        url = created;
        run.resumedAt = 0;
    });
    QObject::connect(&uploader, &TusUploader::progress, [&](qint64 sent, qint64 total) {
        if (run.resumedAt < 0)
            run.resumedAt = sent;
        if (!interrupt || run.interrupted)
            return;
        if (target < 0 && total - sent > 2)
            target = test::randomBetween(sent, total);
        if (target >= 0 && sent >= target) {
            run.interrupted = true;
            uploader.pause();
        }
    });
    QObject::connect(&uploader, &TusUploader::finished,
        [&](const protocol::Result<QString> &id) { run.result = id; });
    uploader.start(path, QFileInfo(path).fileName(), url);
    REQUIRE(waitFor([&] { return run.result || run.interrupted; }, 120000));
    return run;
}

// Interrupts the upload `interruptions` times, then lets it finish; returns the upload id
// and checks that the server never went back behind an offset it had confirmed.
QString uploadWithInterruptions(ApiClient &api, const QString &path, TusUploader::Options options,
    int interruptions, QList<qint64> *resumedAt)
{
    QUrl url;
    for (int i = 0; i <= interruptions; ++i) {
        const Attempt run = attempt(api, path, url, options, i < interruptions);
        if (i > 0) {
            INFO("attempt " << i);
            CHECK(run.resumedAt >= resumedAt->last());
        }
        resumedAt->append(run.resumedAt);
        if (run.result) {
            INFO((run.result->ok() ? std::string() : run.result->error().message.toStdString()));
            REQUIRE(run.result->ok());
            return run.result->value();
        }
    }
    FAIL("the upload did not finish");
    return {};
}

} // namespace

TEST_CASE("an upload interrupted at 20 random offsets resumes and its blob's sha256 matches")
{
    test::LawyerTransfers fixture;
    auto &[server, nam, api, token, dir] = fixture;
    const QString path
        = test::writeRandomFile(dir.filePath(QStringLiteral("bundle.pdf")), 24 * MiB);
    const QString sha = test::sha256OfFile(path);

    SECTION("checksummed 4 MB chunks: a cut chunk is discarded and sent again")
    {
        TusUploader::Options options;
        options.chunkBytes = 4 * MiB;
        options.checksums = true;
        QList<qint64> resumedAt;
        const QString id = uploadWithInterruptions(api, path, options, 10, &resumedAt);
        CHECK_FALSE(id.isEmpty());
        // Every resume point is a chunk boundary: nothing unverified was kept.
        for (qint64 offset : resumedAt)
            CHECK(offset % (4 * MiB) == 0);
        CHECK(test::sha256OfFile(test::serverBlobPath(server.dataDir(), sha)) == sha);
    }
    SECTION("one unchecked stream: what arrived before the cut is kept")
    {
        TusUploader::Options options;
        options.chunkBytes = 64 * MiB;
        options.checksums = false;
        QList<qint64> resumedAt;
        const QString id = uploadWithInterruptions(api, path, options, 10, &resumedAt);
        CHECK_FALSE(id.isEmpty());
        // The server kept partial bodies: it resumed past zero although no chunk completed.
        CHECK(std::any_of(resumedAt.begin() + 1, resumedAt.end(), [](qint64 o) { return o > 0; }));
        CHECK(test::sha256OfFile(test::serverBlobPath(server.dataDir(), sha)) == sha);
    }
}

TEST_CASE("an uploading process killed five times resumes from the server's offset")
{
    test::LawyerTransfers fixture;
    auto &[server, nam, api, token, dir] = fixture;
    const qint64 size = 64 * MiB;
    const QString path = test::writeRandomFile(dir.filePath(QStringLiteral("scan.tiff")), size);
    const QString state = dir.filePath(QStringLiteral("upload.url"));
    const QString child
        = QCoreApplication::applicationDirPath() + QStringLiteral("/tus_upload_child");

    qint64 lastSent = 0;
    bool done = false;
    int kills = 0;
    for (int run = 0; run <= 5 && !done; ++run) {
        QProcess process;
        const bool kill = run < 5;
        qint64 target = -1;
        QByteArray pending;
        // Read as lines arrive, so the kill lands while the upload is under way.
        QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] {
            pending += process.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("done "))
                    done = true;
                if (line.startsWith("sent "))
                    lastSent = line.mid(5).toLongLong();
            }
            if (kill && target < 0 && size - lastSent > 2)
                target = test::randomBetween(lastSent, size);
            if (kill && target >= 0 && lastSent >= target && !done
                && process.state() == QProcess::Running) {
                process.kill();
                ++kills;
            }
        });
        process.start(
            child, { server.url().toString(), token, path, state, QString::number(256 * 1024) });
        REQUIRE(process.waitForStarted());
        REQUIRE(waitFor([&] { return process.state() == QProcess::NotRunning; }, 120000));
        INFO("child stderr: " << process.readAllStandardError().toStdString());
        if (!kill)
            REQUIRE(done);
        // Once created, every later run resumes the same upload.
        CHECK(QFileInfo::exists(state));
    }
    CHECK(kills >= 1);
    REQUIRE(done);
    const QString sha = test::sha256OfFile(path);
    CHECK(test::sha256OfFile(test::serverBlobPath(server.dataDir(), sha)) == sha);
}

TEST_CASE("an upload survives the server being killed mid-chunk, twice")
{
    ServerProcess server;
    REQUIRE(server.start());
    QNetworkAccessManager nam;
    auto api = std::make_unique<ApiClient>(&nam, server.url());
    const QString token = signIn(*api, QStringLiteral("lawyer@demo.test")).token;
    QTemporaryDir dir;
    const qint64 size = 16 * MiB;
    const QString path = test::writeRandomFile(dir.filePath(QStringLiteral("deed.pdf")), size);
    TusUploader::Options options;
    options.chunkBytes = 4 * MiB;

    QUrl url;
    std::optional<protocol::Result<QString>> result;
    for (int kill = 0; kill <= 2 && !result; ++kill) {
        TusUploader uploader(api.get(), options);
        QObject::connect(&uploader, &TusUploader::created, [&](const QUrl &u) { url = u; });
        qint64 target = -1;
        bool killed = false;
        QObject::connect(&uploader, &TusUploader::progress, [&](qint64 sent, qint64 total) {
            if (kill == 2 || killed)
                return;
            if (target < 0 && total - sent > 2)
                target = test::randomBetween(sent, total);
            if (target >= 0 && sent >= target) {
                killed = true;
                server.kill();
            }
        });
        std::optional<protocol::Result<QString>> attempt;
        QObject::connect(&uploader, &TusUploader::finished,
            [&](const protocol::Result<QString> &id) { attempt = id; });
        uploader.start(path, QFileInfo(path).fileName(), url);
        REQUIRE(waitFor([&] { return attempt.has_value(); }, 120000));
        if (killed) {
            // The server went away under the chunk: a network error, then a new server
            // process on the same data folder.
            REQUIRE_FALSE(attempt->ok());
            CHECK(attempt->error().code == QLatin1String("network_error"));
            REQUIRE(server.start({}));
            api = std::make_unique<ApiClient>(&nam, server.url());
            api->setToken(token);
            continue;
        }
        result = attempt;
    }
    REQUIRE(result);
    INFO((result->ok() ? std::string() : result->error().message.toStdString()));
    REQUIRE(result->ok());
    const QString sha = test::sha256OfFile(path);
    CHECK(test::sha256OfFile(test::serverBlobPath(server.dataDir(), sha)) == sha);
}

TEST_CASE("Cancelling an upload in the queue drops what the server had and says so")
{
    test::LawyerTransfers fixture;
    auto &[server, nam, api, token, dir] = fixture;
    const QString path
        = test::writeRandomFile(dir.filePath(QStringLiteral("Withdrawn.pdf")), 200 * MiB);
    const auto partsNow = [&, &server = server] {
        return QDir(QDir(server.dataDir()).filePath(QStringLiteral("uploads")))
            .entryList({ QStringLiteral("*.part") }, QDir::Files)
            .size();
    };
    const qsizetype partsBefore = partsNow();
    sync::TransferQueue queue(&api);
    std::optional<protocol::Result<QString>> result;
    queue.enqueueUpload(path, QStringLiteral("Withdrawn.pdf"),
        [&](const protocol::Result<QString> &id) { result = id; });
    REQUIRE(waitFor(
        [&] { return queue.index(0).data(sync::TransferQueue::BytesDoneRole).toLongLong() > 0; },
        60000));
    REQUIRE(partsNow() == partsBefore + 1);
    queue.cancel(0);
    REQUIRE(result);
    REQUIRE_FALSE(result->ok());
    CHECK(result->error().code == QLatin1String("cancelled"));
    CHECK(queue.index(0).data(sync::TransferQueue::StateRole).value<sync::TransferQueue::State>()
        == sync::TransferQueue::State::Cancelled);
    CHECK(queue.pendingCount() == 0);
    // The server removes the partial upload once the DELETE arrives.
    CHECK(waitFor([&] { return partsNow() == partsBefore; }, 30000));
    // Finished rows clear; the queue is empty again.
    queue.clearFinished();
    CHECK(queue.rowCount() == 0);
}

TEST_CASE("The queue waits while the server is away and finishes the upload once it is back")
{
    ServerProcess server;
    REQUIRE(server.start());
    QNetworkAccessManager nam;
    ApiClient api(&nam, server.url());
    signIn(api, QStringLiteral("lawyer@demo.test"));
    QTemporaryDir dir;
    const qint64 size = 300 * MiB;
    const QString path = test::writeRandomFile(dir.filePath(QStringLiteral("Exhibits.zip")), size);

    sync::TransferQueue queue(&api);
    std::optional<protocol::Result<QString>> result;
    queue.enqueueUpload(path, QStringLiteral("Exhibits.zip"),
        [&](const protocol::Result<QString> &id) { result = id; });
    const auto state = [&] {
        return queue.index(0)
            .data(sync::TransferQueue::StateRole)
            .value<sync::TransferQueue::State>();
    };
    const auto done
        = [&] { return queue.index(0).data(sync::TransferQueue::BytesDoneRole).toLongLong(); };
    REQUIRE(waitFor([&] { return done() > 20 * MiB || result.has_value(); }, 60000));
    REQUIRE_FALSE(result.has_value());
    server.kill(); // the network goes, mid-chunk

    // The transfer waits (not failed), keeps its place, and says why.
    REQUIRE(waitFor([&] { return state() == sync::TransferQueue::State::Waiting; }, 30000));
    CHECK_FALSE(result.has_value());
    CHECK(queue.pendingCount() == 1);
    CHECK_FALSE(queue.index(0).data(sync::TransferQueue::StateTextRole).toString().isEmpty());
    const qint64 before = done();

    // The server is back at the same address: the queue tries again on its own and resumes
    // from what the server kept.
    REQUIRE(server.restartOnSamePort());
    REQUIRE(waitFor([&] { return result.has_value(); }, 120000));
    INFO((result->ok() ? std::string() : result->error().message.toStdString()));
    REQUIRE(result->ok());
    CHECK(state() == sync::TransferQueue::State::Done);
    CHECK(before > 0);
    const QString sha = test::sha256OfFile(path);
    CHECK(test::sha256OfFile(test::serverBlobPath(server.dataDir(), sha)) == sha);
}

TEST_CASE("FileSend stops at the first thing that fails and posts nothing")
{
    test::LawyerTransfers fixture;
    auto &[server, nam, api, token, dir] = fixture;
    auto matters
        = test::await<QList<protocol::Matter>>([&, &api = api](auto done) { api.matters(done); });
    REQUIRE(matters.ok());
    const protocol::Matter &matter = matters->first();
    auto conversations = test::await<QList<protocol::Conversation>>(
        [&, &api = api](auto done) { api.conversations(matter.id, done); });
    REQUIRE(conversations.ok());
    std::optional<qint64> external;
    for (const protocol::Conversation &conversation : conversations.value()) {
        if (conversation.kind == QLatin1String("external"))
            external = conversation.id;
    }
    REQUIRE(external);
    const auto newest = [&, &api = api] {
        auto page = test::await<net::MessagePage>(
            [&, &api = api](auto done) { api.messages(*external, std::nullopt, 5, done); });
        REQUIRE(page.ok());
        return page->messages.isEmpty() ? 0 : page->messages.constLast().id;
    };
    const qint64 before = newest();
    sync::TransferQueue queue(&api);
    const auto run = [&, &api = api](const sync::FileSendRequest &request) {
        std::optional<protocol::Result<protocol::Message>> answer;
        sync::FileSend::run(&api, &queue, request,
            [&](const protocol::Result<protocol::Message> &sent) { answer = sent; });
        REQUIRE(waitFor([&] { return answer.has_value(); }, 60000));
        return *answer;
    };

    // A local file gone before its upload: the job fails, nothing is posted.
    sync::FileSendRequest gone;
    gone.matterId = matter.id;
    gone.conversationId = external;
    gone.localFiles = { dir.filePath(QStringLiteral("Not there.pdf")) };
    gone.body = QStringLiteral("Should not arrive");
    const auto missing = run(gone);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QLatin1String("not_found"));

    // A document of no matter the conversation belongs to: the server refuses the message.
    sync::FileSendRequest wrong;
    wrong.matterId = matter.id;
    wrong.conversationId = external;
    wrong.documentIds = { 987654 };
    const auto refused = run(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String("invalid_field"));

    // Recipients who are not the matter's clients: no conversation can be started for them.
    sync::FileSendRequest strangers;
    strangers.matterId = matter.id;
    strangers.recipientIds = { 987654 };
    strangers.localFiles
        = { test::writeRandomFile(dir.filePath(QStringLiteral("Memo.pdf")), 1000) };
    const auto nobody = run(strangers);
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == QLatin1String("invalid_field"));

    CHECK(newest() == before);
}

TEST_CASE("An upload whose file changed under it is refused at the end, not stored as good")
{
    test::LawyerTransfers fixture;
    auto &[server, nam, api, token, dir] = fixture;
    const QString path
        = test::writeRandomFile(dir.filePath(QStringLiteral("Changing.docx")), 12 * MiB);
    TusUploader::Options options;
    options.chunkBytes = 4 * MiB;
    QUrl url;
    {
        // The first chunk goes, then the upload stops.
        TusUploader first(&api, options);
        QObject::connect(&first, &TusUploader::created, [&](const QUrl &u) { url = u; });
        bool stopped = false;
        QObject::connect(&first, &TusUploader::progress, [&](qint64 sent, qint64) {
            if (sent >= 4 * MiB && !stopped) {
                stopped = true;
                first.pause();
            }
        });
        first.start(path, QFileInfo(path).fileName());
        REQUIRE(waitFor([&] { return stopped && !first.busy(); }, 60000));
    }
    // The user edits the start of the file, already on the server, then the upload resumes.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.write("edited");
    }
    TusUploader again(&api, options);
    std::optional<protocol::Result<QString>> result;
    QObject::connect(
        &again, &TusUploader::finished, [&](const protocol::Result<QString> &id) { result = id; });
    again.start(path, QFileInfo(path).fileName(), url);
    REQUIRE(waitFor([&] { return result.has_value(); }, 60000));
    REQUIRE_FALSE(result->ok());
    CHECK(result->error().code == QLatin1String("checksum_mismatch"));

    // Unchanged, the same check passes.
    const QString fresh
        = test::writeRandomFile(dir.filePath(QStringLiteral("Steady.docx")), 9 * MiB);
    TusUploader steady(&api, options);
    std::optional<protocol::Result<QString>> ok;
    QObject::connect(
        &steady, &TusUploader::finished, [&](const protocol::Result<QString> &id) { ok = id; });
    steady.start(fresh, QFileInfo(fresh).fileName());
    REQUIRE(waitFor([&] { return ok.has_value(); }, 60000));
    CHECK(ok->ok());
}
