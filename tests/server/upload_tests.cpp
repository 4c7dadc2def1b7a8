// tus uploads against the real server: the protocol's answers, limits, checksums, offsets,
// termination, expiry and ownership; the bytes end as a content-addressed blob.
#include "app/servercontext.h"
#include "demoserver.h"
#include "serverdatabase.h"
#include "store/userstore.h"
#include "transfer/httphead.h"
#include "transfer/tusendpoint.h"
#include "transferfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace parley::test;
using namespace parley;

namespace {

// A portal client of the demo firm, as the server's records have it.
server::Principal clientPrincipal(server::ServerContext &context, const QString &email)
{
    auto record = server::UserStore(context.db()).findByEmail(email);
    REQUIRE(record);
    REQUIRE(record.value());
    REQUIRE_FALSE(record.value()->user.isStaff());
    return server::Principal { record.value()->user, record.value()->firmId };
}

// The answer of a TusEndpoint in this process to a request head.
server::TransferReply answer(server::TusEndpoint &endpoint, const QByteArray &head)
{
    const auto parsed = server::HttpHead::parse(head + "\r\n");
    REQUIRE(parsed);
    auto start = endpoint.start(*parsed);
    REQUIRE_FALSE(start.sink);
    return std::move(start.reply);
}

QJsonObject errorOf(const server::TransferReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toObject();
}

} // namespace

TEST_CASE("OPTIONS advertises tus 1.0.0, its extensions and the caller's size limit")
{
    DemoServer server;
    HttpClient anonymous(server.process.url());
    const HttpReply open
        = anonymous.send("OPTIONS", QStringLiteral("/api/v1/uploads/"), {}, HttpClient::Headers());
    CHECK(open.status == 204);
    CHECK(open.header("Tus-Version") == "1.0.0");
    CHECK(open.header("Tus-Extension") == "creation,checksum,expiration,termination");
    CHECK(open.header("Tus-Checksum-Algorithm") == "sha1,sha256");
    CHECK(open.header("Tus-Max-Size") == "104857600"); // unknown caller: a client's limit

    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    CHECK(lawyer.send("OPTIONS", QStringLiteral("/api/v1/uploads/"), {}, HttpClient::Headers())
              .header("Tus-Max-Size")
        == "5368709120");
}

TEST_CASE("creating an upload: version, sign-in, length and metadata are checked")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QString uploads = QStringLiteral("/api/v1/uploads/");

    const HttpReply noVersion = lawyer.send("POST", uploads, {}, { { "Upload-Length", "10" } });
    CHECK(noVersion.status == 412);
    CHECK(noVersion.header("Tus-Version") == "1.0.0");
    CHECK(noVersion.errorCode() == QLatin1String("unsupported_tus_version"));

    HttpClient anonymous(server.process.url());
    CHECK(anonymous.send("POST", uploads, {}, tusHeaders({ { "Upload-Length", "10" } })).status
        == 401);

    const HttpReply noLength = lawyer.send("POST", uploads, {}, tusHeaders({}));
    CHECK(noLength.status == 400);
    CHECK(errorDetail(noLength, "field").toString() == QLatin1String("Upload-Length"));
    CHECK(
        lawyer.send("POST", uploads, {}, tusHeaders({ { "Upload-Length", "-5" } })).status == 400);
    CHECK(lawyer.send("POST", uploads, {}, tusHeaders({ { "Upload-Defer-Length", "1" } })).status
        == 400);
    const HttpReply badMetadata = lawyer.send("POST", uploads, {},
        tusHeaders({ { "Upload-Length", "10" }, { "Upload-Metadata", "filename !!notbase64" } }));
    CHECK(badMetadata.status == 400);
    CHECK(errorDetail(badMetadata, "field").toString() == QLatin1String("Upload-Metadata"));
    const HttpReply emptyName = lawyer.send("POST", uploads, {},
        tusHeaders({ { "Upload-Length", "10" },
            { "Upload-Metadata", "filename " + QByteArray("/../\x01").toBase64() } }));
    CHECK(emptyName.status == 422);
    CHECK(emptyName.errorCode() == QLatin1String("invalid_file_name"));
    // Another route under the collection is not a method the collection has.
    CHECK(lawyer.send("GET", uploads, {}, tusHeaders({})).status == 405);
}

TEST_CASE("files over the caller's limit are refused with file_too_large naming the limit")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QString uploads = QStringLiteral("/api/v1/uploads/");

    const HttpReply staffOver
        = lawyer.send("POST", uploads, {}, tusHeaders({ { "Upload-Length", "5368709121" } }));
    CHECK(staffOver.status == 413);
    CHECK(staffOver.errorCode() == QLatin1String("file_too_large"));
    CHECK(errorDetail(staffOver, "limit").toInteger() == 5368709120LL);
    CHECK(errorDetail(staffOver, "actual").toInteger() == 5368709121LL);
    CHECK(lawyer.send("POST", uploads, {}, tusHeaders({ { "Upload-Length", "5368709120" } })).status
        == 201);
}

// Portal clients have no bearer tokens (the portal signs them in with a cookie): the
// endpoint runs in this process, on the demo server's database, with a client as caller.
TEST_CASE("a portal client's uploads are held to the 100 MB limit")
{
    DemoServer server;
    server::ServerContext context { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(
        context.open(server.process.dataDir(), ServerDatabase::urlFor(server.process.dataDir())));
    const server::Principal client
        = clientPrincipal(context, QStringLiteral("maria.gonzalez@client.test"));
    server::TusEndpoint endpoint([client](const server::HttpHead &) { return client; },
        server::UploadStore(context.db()), server::BlobFolder(server.process.dataDir()),
        protocol::Limits(), server::TusEndpoint::Options());

    const auto options
        = answer(endpoint, "OPTIONS /api/v1/uploads/ HTTP/1.1\r\nAuthorization: Bearer x\r\n");
    CHECK(options.head().contains("Tus-Max-Size: 104857600\r\n"));
    const auto over = answer(endpoint,
        "POST /api/v1/uploads/ HTTP/1.1\r\nTus-Resumable: 1.0.0\r\n"
        "Upload-Length: 104857601\r\n");
    CHECK(over.status == 413);
    CHECK(errorOf(over)[QStringLiteral("code")].toString() == QLatin1String("file_too_large"));
    CHECK(errorOf(over)[QStringLiteral("limit")].toInteger() == 104857600);
    CHECK(errorOf(over)[QStringLiteral("actual")].toInteger() == 104857601);
    const auto atLimit = answer(endpoint,
        "POST /api/v1/uploads/ HTTP/1.1\r\nTus-Resumable: 1.0.0\r\n"
        "Upload-Length: 104857600\r\n");
    CHECK(atLimit.status == 201);
}

TEST_CASE("chunks: offsets, media type, checksums and the end of the upload are enforced")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QByteArray content = randomBytes(300000);
    const QString upload
        = createUpload(lawyer, content.size(), QStringLiteral("a/b\x7freport.pdf"));
    REQUIRE_FALSE(upload.isEmpty());

    // The name came back as sent (metadata is echoed), the upload starts empty.
    HttpReply head = lawyer.send("HEAD", upload, {}, tusHeaders({}));
    CHECK(head.status == 200);
    CHECK(head.header("Upload-Offset") == "0");
    CHECK(head.header("Upload-Length") == "300000");
    CHECK_FALSE(head.header("Upload-Expires").isEmpty());
    CHECK(head.header("Cache-Control") == "no-store");

    const QByteArray first = content.left(100000);
    CHECK(lawyer.send("PATCH", upload, first, tusHeaders({ { "Upload-Offset", "0" } })).status
        == 415);
    const HttpReply wrongOffset = patchChunk(lawyer, upload, 5, first);
    CHECK(wrongOffset.status == 409);
    CHECK(wrongOffset.header("Upload-Offset") == "0");
    CHECK(wrongOffset.errorCode() == QLatin1String("offset_mismatch"));
    CHECK(patchChunk(lawyer, upload, 0, first, "md5 " + QByteArray("x").toBase64()).status == 400);

    const HttpReply accepted = patchChunk(lawyer, upload, 0, first, checksum("sha1", first));
    CHECK(accepted.status == 204);
    CHECK(accepted.header("Upload-Offset") == "100000");
    CHECK(accepted.header("Tus-Resumable") == "1.0.0");

    // A chunk that does not match its checksum is discarded: the offset stays where it was.
    const QByteArray second = content.mid(100000, 100000);
    const HttpReply mismatch
        = patchChunk(lawyer, upload, 100000, second, checksum("sha256", first));
    CHECK(mismatch.status == 460);
    CHECK(mismatch.errorCode() == QLatin1String("checksum_mismatch"));
    CHECK(lawyer.send("HEAD", upload, {}, tusHeaders({})).header("Upload-Offset") == "100000");
    CHECK(partSize(server.process, upload) == 100000);

    CHECK(patchChunk(lawyer, upload, 100000, second, checksum("sha256", second)).status == 204);
    // More than remains is refused, naming what remains.
    const HttpReply tooMuch = patchChunk(lawyer, upload, 200000, content.mid(200000) + "extra");
    CHECK(tooMuch.status == 413);
    CHECK(errorDetail(tooMuch, "limit").toInteger() == 100000);
    const HttpReply last = patchChunk(lawyer, upload, 200000, content.mid(200000));
    CHECK(last.status == 204);
    CHECK(last.header("Upload-Offset") == "300000");

    // Complete: a blob named by its sha256, its bytes exactly the upload's.
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    QFile blob(blobPath(server.process, sha));
    REQUIRE(blob.open(QIODevice::ReadOnly));
    CHECK(blob.readAll() == content);
    CHECK_FALSE(QFile::exists(partPath(server.process, upload)));
    CHECK(lawyer.send("HEAD", upload, {}, tusHeaders({})).header("Upload-Offset") == "300000");
    // The uploader can read it back.
    const HttpReply download
        = lawyer.get(QStringLiteral("/api/v1/blobs/") + QString::fromLatin1(sha));
    CHECK(download.status == 200);
    CHECK(download.raw == content);
}

TEST_CASE("an upload is its uploader's: others get 404, as for one that does not exist")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    HttpClient paralegal(server.process.url());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    const QByteArray content = randomBytes(1000);
    const QString upload = createUpload(lawyer, content.size(), QStringLiteral("notes.txt"));

    CHECK(paralegal.send("HEAD", upload, {}, tusHeaders({})).status == 404);
    CHECK(patchChunk(paralegal, upload, 0, content).status == 404);
    CHECK(paralegal.send("DELETE", upload, {}, tusHeaders({})).status == 404);
    CHECK(lawyer
              .send("HEAD", QStringLiteral("/api/v1/uploads/") + QString(32, u'0'), {},
                  tusHeaders({}))
              .status
        == 404);
    CHECK(lawyer.send("HEAD", QStringLiteral("/api/v1/uploads/../../parley.db"), {}, tusHeaders({}))
              .status
        == 404);

    REQUIRE(patchChunk(lawyer, upload, 0, content).status == 204);
    // A blob only its uploader has seen is nobody else's to read, however its id is known.
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    CHECK(paralegal.get(QStringLiteral("/api/v1/blobs/") + sha).status == 404);
    CHECK(lawyer.get(QStringLiteral("/api/v1/blobs/") + sha).status == 200);
}

TEST_CASE("termination removes the partial upload; later requests find nothing")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QByteArray content = randomBytes(5000);
    const QString upload = createUpload(lawyer, content.size(), QStringLiteral("draft.docx"));
    REQUIRE(patchChunk(lawyer, upload, 0, content.left(2000)).status == 204);
    REQUIRE(QFile::exists(partPath(server.process, upload)));

    CHECK(lawyer.send("DELETE", upload, {}, tusHeaders({})).status == 204);
    CHECK_FALSE(QFile::exists(partPath(server.process, upload)));
    CHECK(lawyer.send("HEAD", upload, {}, tusHeaders({})).status == 404);
    CHECK(patchChunk(lawyer, upload, 2000, content.mid(2000)).status == 404);
}

TEST_CASE("an upload left idle past its expiry is gone, and its part file removed")
{
    ServerProcess process;
    QFile config(QDir(process.dataDir()).filePath(QStringLiteral("expiry.ini")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write("[uploads]\nexpiry_seconds=3\n"); // from its creation
    config.close();
    REQUIRE(
        process.start({ QStringLiteral("--demo"), QStringLiteral("--config"), config.fileName() }));
    HttpClient lawyer(process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QString upload = createUpload(lawyer, 100, QStringLiteral("late.pdf"));
    REQUIRE(patchChunk(lawyer, upload, 0, randomBytes(50)).status == 204);
    QTest::qWait(3500);
    const HttpReply head = lawyer.send("HEAD", upload, {}, tusHeaders({}));
    CHECK(head.status == 410);
    CHECK(head.errorCode() == QLatin1String("upload_expired"));
    CHECK(patchChunk(lawyer, upload, 50, randomBytes(50)).status == 410);

    // A restart sweeps expired parts away.
    process.stop();
    REQUIRE(process.start({ QStringLiteral("--config"), config.fileName() }));
    CHECK_FALSE(QFile::exists(partPath(process, upload)));
}
