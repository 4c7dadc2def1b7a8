// Blob downloads against the real server: Range, ETag and If-Range on the wire, and the
// desktop's BlobDownloader resuming after interruptions and refusing corrupt bytes.
#include "desktoptesthelpers.h"
#include "httpclient.h"
#include "net/apiclient.h"
#include "net/blobdownloader.h"
#include "net/tusuploader.h"
#include "serverprocess.h"
#include "transfertesthelpers.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using net::BlobDownloader;
using test::ServerProcess;
using test::signIn;
using test::waitFor;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Uploads a random file as the signed-in user; returns its sha256.
QString uploadRandom(ApiClient &api, const QString &path, qint64 size)
{
    test::writeRandomFile(path, size);
    net::TusUploader uploader(&api);
    std::optional<protocol::Result<QString>> result;
    QObject::connect(&uploader, &net::TusUploader::finished,
        [&](const protocol::Result<QString> &id) { result = id; });
    uploader.start(path, QFileInfo(path).fileName());
    REQUIRE(waitFor([&] { return result.has_value(); }, 120000));
    REQUIRE(result->ok());
    return test::sha256OfFile(path);
}

} // namespace

TEST_CASE("blobs answer Range, suffix ranges, 416, ETag and If-Range as HTTP says")
{
    test::LawyerTransfers fixture;
    auto &[server, nam, api, token, dir] = fixture;
    const QString path = dir.filePath(QStringLiteral("ledger.xlsx"));
    const QString sha = uploadRandom(api, path, 3 * MiB + 17);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QString blob = QStringLiteral("/api/v1/blobs/") + sha;
    const QByteArray etag = '"' + sha.toLatin1() + '"';

    test::HttpClient http(server.url());
    http.setToken(token);
    const test::HttpReply whole = http.get(blob);
    CHECK(whole.status == 200);
    CHECK(whole.raw == content);
    CHECK(whole.header("ETag") == etag);
    CHECK(whole.header("Accept-Ranges") == "bytes");

    const test::HttpReply middle = http.send("GET", blob, {}, { { "Range", "bytes=1000-1999" } });
    CHECK(middle.status == 206);
    CHECK(
        middle.header("Content-Range") == "bytes 1000-1999/" + QByteArray::number(content.size()));
    CHECK(middle.raw == content.mid(1000, 1000));

    const test::HttpReply tail = http.send("GET", blob, {}, { { "Range", "bytes=-500" } });
    CHECK(tail.status == 206);
    CHECK(tail.raw == content.right(500));
    const test::HttpReply open = http.send("GET", blob, {}, { { "Range", "bytes=3145000-" } });
    CHECK(open.status == 206);
    CHECK(open.raw == content.mid(3145000));

    const test::HttpReply past = http.send(
        "GET", blob, {}, { { "Range", "bytes=" + QByteArray::number(content.size()) + "-" } });
    CHECK(past.status == 416);
    CHECK(past.header("Content-Range") == "bytes */" + QByteArray::number(content.size()));
    CHECK(past.errorCode() == QLatin1String("range_not_satisfiable"));

    CHECK(http.send("GET", blob, {}, { { "If-None-Match", etag } }).status == 304);
    // A stale If-Range means "send it all": the client's part is of something else.
    const test::HttpReply stale = http.send(
        "GET", blob, {}, { { "Range", "bytes=10-19" }, { "If-Range", "\"something-else\"" } });
    CHECK(stale.status == 200);
    CHECK(stale.raw.size() == content.size());
    const test::HttpReply head = http.send("HEAD", blob, {}, test::HttpClient::Headers());
    CHECK(head.status == 200);
    CHECK(head.header("Content-Length") == QByteArray::number(content.size()));
    CHECK(head.raw.isEmpty());

    CHECK(http.send("POST", blob, "x", { { "Content-Type", "text/plain" } }).status == 405);
    CHECK(http.get(QStringLiteral("/api/v1/blobs/not-a-hash")).status == 404);
    CHECK(http.get(QStringLiteral("/api/v1/blobs/") + QString(64, u'a')).status == 404);
    test::HttpClient anonymous(server.url());
    CHECK(anonymous.get(blob).status == 401);
}

TEST_CASE("BlobDownloader resumes after five interruptions and keeps only matching bytes")
{
    test::LawyerTransfers fixture;
    auto &[server, nam, api, token, dir] = fixture;
    const qint64 size = 12 * MiB;
    const QString sha = uploadRandom(api, dir.filePath(QStringLiteral("source.bin")), size);
    const QString target = dir.filePath(QStringLiteral("copy.bin"));

    SECTION("interrupted five times at random points")
    {
        std::optional<protocol::Result<QString>> result;
        qint64 kept = 0;
        for (int run = 0; run <= 5 && !result; ++run) {
            BlobDownloader downloader(&api);
            qint64 stopAt = -1;
            bool paused = false;
            QObject::connect(&downloader, &BlobDownloader::progress, [&](qint64 received, qint64) {
                if (run == 5 || paused)
                    return;
                const qint64 from = std::max(kept, received);
                if (stopAt < 0 && size - from > 2)
                    stopAt = test::randomBetween(from, size);
                if (stopAt < 0)
                    return;
                if (received >= stopAt) {
                    paused = true;
                    downloader.pause();
                }
            });
            QObject::connect(&downloader, &BlobDownloader::finished,
                [&](const protocol::Result<QString> &path) { result = path; });
            downloader.start(sha, target);
            REQUIRE(waitFor([&] { return result.has_value() || paused; }, 60000));
            if (paused) {
                // What arrived stays in the part file and is not fetched again.
                const qint64 partSize = QFileInfo(BlobDownloader::partPath(target)).size();
                CHECK(partSize >= kept);
                kept = partSize;
            }
        }
        REQUIRE(result);
        REQUIRE(result->ok());
        CHECK(test::sha256OfFile(target) == sha);
        CHECK_FALSE(QFileInfo::exists(BlobDownloader::partPath(target)));
    }
    SECTION("a part file that is not a prefix of the blob fails the check and is removed")
    {
        test::writeRandomFile(BlobDownloader::partPath(target), 1000);
        BlobDownloader downloader(&api);
        std::optional<protocol::Result<QString>> result;
        QObject::connect(&downloader, &BlobDownloader::finished,
            [&](const protocol::Result<QString> &path) { result = path; });
        downloader.start(sha, target);
        REQUIRE(waitFor([&] { return result.has_value(); }, 60000));
        REQUIRE_FALSE(result->ok());
        CHECK(result->error().code == QLatin1String("invalid_response"));
        CHECK_FALSE(QFileInfo::exists(BlobDownloader::partPath(target)));
        CHECK_FALSE(QFileInfo::exists(target));

        result.reset();
        downloader.start(sha, target);
        REQUIRE(waitFor([&] { return result.has_value(); }, 60000));
        REQUIRE(result->ok());
        CHECK(test::sha256OfFile(target) == sha);
    }
    SECTION("a blob the user may not read is not_found, and nothing is written")
    {
        BlobDownloader downloader(&api);
        std::optional<protocol::Result<QString>> result;
        QObject::connect(&downloader, &BlobDownloader::finished,
            [&](const protocol::Result<QString> &path) { result = path; });
        downloader.start(QString(64, u'b'), target);
        REQUIRE(waitFor([&] { return result.has_value(); }, 60000));
        REQUIRE_FALSE(result->ok());
        CHECK(result->error().code == QLatin1String("not_found"));
        CHECK_FALSE(QFileInfo::exists(target));
    }
}
