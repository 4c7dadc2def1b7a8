// Open a matter document as a working copy against the real server: it downloads, a save
// uploads the next version, and a newer version saved by someone else meanwhile is not
// overwritten unless the user says so.
#include "net/tusuploader.h"
#include "protocol/document.h"
#include "sync/transferqueue.h"
#include "sync/workingcopies.h"
#include "transfertesthelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace parley;
using test::waitFor;

namespace {

// Uploads a file and makes it a document of the first matter; returns the document.
protocol::Document makeDocument(net::ApiClient &api, const QString &path, qint64 matterId)
{
    net::TusUploader uploader(&api);
    std::optional<protocol::Result<QString>> upload;
    QObject::connect(&uploader, &net::TusUploader::finished,
        [&](const protocol::Result<QString> &id) { upload = id; });
    uploader.start(path, QFileInfo(path).fileName());
    REQUIRE(waitFor([&] { return upload.has_value(); }, 60000));
    REQUIRE(upload->ok());
    auto document = test::await<protocol::Document>([&](auto done) {
        api.createDocument(matterId, protocol::NewDocument { upload->value(), {} }, done);
    });
    REQUIRE(document.ok());
    return document.value();
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A working copy's saves become new versions; a newer one is kept unless overwritten")
{
    test::LawyerTransfers fixture;
    auto &[server, nam, api, token, dir] = fixture;
    auto matters
        = test::await<QList<protocol::Matter>>([&, &api = api](auto done) { api.matters(done); });
    REQUIRE(matters.ok());
    const qint64 matterId = matters->first().id;
    const QString source
        = test::writeRandomFile(dir.filePath(QStringLiteral("Pleading.docx")), 40000);
    const protocol::Document document = makeDocument(api, source, matterId);

    sync::TransferQueue queue(&api);
    sync::WorkingCopies copies(&api, &queue, dir.filePath(QStringLiteral("copies")));
    copies.setSettleMs(100);
    QSignalSpy ready(&copies, &sync::WorkingCopies::readyToOpen);
    QSignalSpy saved(&copies, &sync::WorkingCopies::versionSaved);
    QSignalSpy conflicts(&copies, &sync::WorkingCopies::conflict);
    copies.open(document);
    REQUIRE(waitFor([&] { return ready.count() == 1; }, 60000));
    const QString path = ready.first().at(1).toString();
    CHECK(test::sha256OfFile(path) == document.currentVersion()->sha256);

    // The user saves: version 2 holds the new bytes.
    const QByteArray edited = "Edited in the word processor.";
    overwrite(path, edited);
    REQUIRE(waitFor([&] { return saved.count() == 1; }, 60000));
    CHECK(saved.first().at(1).toInt() == 2);
    auto now = test::await<QList<protocol::Document>>(
        [&, &api = api](auto done) { api.documents(matterId, done); });
    REQUIRE(now.ok());
    const auto find = [&](const QList<protocol::Document> &list) {
        for (const protocol::Document &d : list) {
            if (d.id == document.id)
                return d;
        }
        FAIL("document missing");
        return protocol::Document {};
    };
    CHECK(find(now.value()).currentVersion()->sha256 == test::sha256OfFile(path));

    // Someone else saves version 3 meanwhile; the next local save is not written over it.
    const QString theirs = test::writeRandomFile(dir.filePath(QStringLiteral("theirs.docx")), 1000);
    net::TusUploader other(&api);
    std::optional<protocol::Result<QString>> otherUpload;
    QObject::connect(&other, &net::TusUploader::finished,
        [&](const protocol::Result<QString> &id) { otherUpload = id; });
    other.start(theirs, QStringLiteral("theirs.docx"));
    REQUIRE(waitFor([&] { return otherUpload.has_value(); }, 60000));
    REQUIRE(otherUpload->ok());
    REQUIRE(test::await<protocol::Document>([&, &api = api](auto done) {
        api.addDocumentVersion(
            document.id, protocol::NewDocumentVersion { otherUpload->value(), 2 }, done);
    }).ok());
    overwrite(path, "My second edit.");
    REQUIRE(waitFor([&] { return conflicts.count() == 1; }, 60000));
    CHECK(conflicts.first().at(2).toInt() == 3);
    CHECK(saved.count() == 1);
    now = test::await<QList<protocol::Document>>(
        [&, &api = api](auto done) { api.documents(matterId, done); });
    CHECK(find(now.value()).currentVersion()->number == 3);

    // The user chooses to keep their own changes: version 4 is the working copy.
    copies.keepMine(document.id);
    REQUIRE(waitFor([&] { return saved.count() == 2; }, 60000));
    CHECK(saved.last().at(1).toInt() == 4);
    now = test::await<QList<protocol::Document>>(
        [&, &api = api](auto done) { api.documents(matterId, done); });
    CHECK(find(now.value()).currentVersion()->sha256 == test::sha256OfFile(path));
}

TEST_CASE("A working copy that cannot be downloaded says why and opens nothing")
{
    test::LawyerTransfers fixture;
    auto &[server, nam, api, token, dir] = fixture;
    sync::TransferQueue queue(&api);
    sync::WorkingCopies copies(&api, &queue, dir.filePath(QStringLiteral("copies")));
    QSignalSpy ready(&copies, &sync::WorkingCopies::readyToOpen);
    QSignalSpy failed(&copies, &sync::WorkingCopies::failed);

    // A version whose bytes the server does not have (or this user may not read).
    protocol::Document document;
    document.id = 424242;
    document.name = QStringLiteral("Missing.pdf");
    protocol::DocumentVersion version;
    version.number = 1;
    version.size = 10;
    version.sha256 = QString(64, QLatin1Char('0'));
    document.versions = { version };
    copies.open(document);
    REQUIRE(waitFor([&] { return failed.count() == 1; }, 30000));
    CHECK(failed.first().at(0).toLongLong() == document.id);
    CHECK(failed.first().at(1).value<protocol::Error>().code == QLatin1String("not_found"));
    CHECK(ready.isEmpty());
    CHECK(copies.pathOf(document.id).isEmpty()); // not watched: nothing to save back
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("copies/424242/Missing.pdf"))));
}
