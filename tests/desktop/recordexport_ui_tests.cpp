// Export Record… against the real server: the Matter tab asks for it; the record is saved as
// a page or as JSON where the user chose; a folder that cannot be written and a matter the
// user may not see leave no file and say why.
#include "desktoptesthelpers.h"
#include "ui/matterdetailsview.h"
#include "ui/recordexport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using test::await;
using test::signIn;

namespace {

qint64 matterNumbered(ApiClient &api, const QString &number)
{
    auto list = await<QList<protocol::Matter>>([&](auto done) { api.matters(done); });
    REQUIRE(list.ok());
    for (const protocol::Matter &matter : list.value()) {
        if (matter.number == number)
            return matter.id;
    }
    return 0;
}

protocol::Result<void> saveRecord(ApiClient &api, qint64 matterId, const QString &path)
{
    return await<void>([&](auto done) { ui::RecordExport::save(&api, matterId, path, done); });
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Export Record… saves the matter's record of communication as a page or as JSON")
{
    QNetworkAccessManager nam;
    ApiClient api(&nam, test::demoServer().url());
    signIn(api, QStringLiteral("lawyer@demo.test"));
    const qint64 matterId = matterNumbered(api, QStringLiteral("2026-0101"));
    REQUIRE(matterId != 0);
    auto matter = await<protocol::Matter>([&](auto done) { api.matter(matterId, done); });
    REQUIRE(matter.ok());

    // The Matter tab's button asks for this matter's record.
    ui::MatterDetailsView view;
    QList<QPair<qint64, QString>> asked;
    QObject::connect(&view, &ui::MatterDetailsView::exportRecordRequested, &view,
        [&](qint64 id, const QString &number) {
            asked.append({ id, number });
        });
    view.setMatter(matter.value());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.exportButton()->isEnabled());
    QTest::mouseClick(view.exportButton(), Qt::LeftButton);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first() == qMakePair(matterId, QStringLiteral("2026-0101")));
    CHECK(ui::RecordExport::suggestedName(QStringLiteral("2026/01 x"))
        == QStringLiteral("Record of communication 2026_01_x.html"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString page = dir.filePath(ui::RecordExport::suggestedName(matter->number));
    REQUIRE(saveRecord(api, matterId, page).ok());
    const QString html = QString::fromUtf8(contents(page));
    CHECK(html.startsWith(QStringLiteral("<!doctype html>")));
    CHECK(html.contains(QStringLiteral("Record of communication")));
    CHECK(html.contains(matter->title.toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("Audit trail intact")));

    const QString json = dir.filePath(QStringLiteral("record.JSON"));
    REQUIRE(saveRecord(api, matterId, json).ok());
    const QJsonObject record = QJsonDocument::fromJson(contents(json)).object();
    CHECK(record[QStringLiteral("matter")][QStringLiteral("number")].toString()
        == QLatin1String("2026-0101"));
    CHECK(record[QStringLiteral("chain")][QStringLiteral("intact")].toBool());
    CHECK_FALSE(record[QStringLiteral("conversations")].toArray().isEmpty());

    // A folder that is not there: nothing written, a sentence naming the place.
    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/record.html"));
    const auto unwritable = saveRecord(api, matterId, nowhere);
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().message.contains(QStringLiteral("Could not save the record")));
    CHECK_FALSE(QFile::exists(nowhere));

    // A matter this lawyer is not on: refused by the server, no file.
    ApiClient partner(&nam, test::demoServer().url());
    signIn(partner, QStringLiteral("partner@demo.test"));
    const qint64 restricted = matterNumbered(partner, QStringLiteral("2026-0110"));
    REQUIRE(restricted != 0);
    const QString secret = dir.filePath(QStringLiteral("secret.html"));
    const auto refused = saveRecord(api, restricted, secret);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().is(protocol::ErrorCode::NotFound));
    CHECK_FALSE(QFile::exists(secret));
    REQUIRE(saveRecord(partner, restricted, secret).ok());
    CHECK(QFile::exists(secret));
}
