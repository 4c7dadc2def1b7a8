// DocumentsModel and MessageFilesModel under QAbstractItemModelTester: columns and roles, and
// refreshes that update, insert, move and remove rows without a reset.
#include "models/documentsmodel.h"
#include "models/messagefilesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace parley;
using models::DocumentsModel;

namespace {

protocol::Document document(qint64 id, const QString &name, int versions, bool shared = false)
{
    protocol::Document d;
    d.id = id;
    d.matterId = 3;
    d.name = name;
    d.shared = shared;
    for (int number = 1; number <= versions; ++number) {
        protocol::DocumentVersion v;
        v.id = id * 10 + number;
        v.documentId = id;
        v.number = number;
        v.size = 1000 * number;
        v.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + number * 3600, Qt::UTC);
        d.versions.append(v);
    }
    return d;
}

QList<qint64> ids(const DocumentsModel &model)
{
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(DocumentsModel::IdRole).toLongLong());
    return list;
}

} // namespace

TEST_CASE("DocumentsModel shows a matter's files with the current version in columns")
{
    DocumentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.columnCount() == DocumentsModel::ColumnCount);
    CHECK(model.headerData(DocumentsModel::SizeColumn, Qt::Horizontal).toString()
        == QStringLiteral("Size"));

    model.setMatter(3);
    CHECK_FALSE(model.isLoaded());
    model.setDocuments(4, { document(1, QStringLiteral("Other matter.pdf"), 1) });
    CHECK(model.rowCount() == 0); // an answer for another matter is ignored
    model.setDocuments(3,
        { document(1, QStringLiteral("Chronology.docx"), 3, true),
            document(2, QStringLiteral("Engagement letter.pdf"), 1) });
    CHECK(model.isLoaded());
    REQUIRE(model.rowCount() == 2);
    const QModelIndex first = model.index(0, DocumentsModel::NameColumn);
    CHECK(first.data().toString() == QStringLiteral("Chronology.docx"));
    CHECK(first.data(DocumentsModel::VersionRole).toInt() == 3);
    CHECK(first.data(DocumentsModel::SizeRole).toLongLong() == 3000);
    CHECK(first.data(DocumentsModel::ModifiedRole).toDateTime()
        == QDateTime::fromSecsSinceEpoch(1700000000 + 3 * 3600, Qt::UTC));
    CHECK(model.index(0, DocumentsModel::VersionColumn).data().toString() == QStringLiteral("3"));
    CHECK(
        model.index(0, DocumentsModel::SharedColumn).data().toString() == QStringLiteral("Shared"));
    CHECK(model.index(1, DocumentsModel::SharedColumn).data().toString().isEmpty());
    CHECK(model.index(0, DocumentsModel::SizeColumn).data(DocumentsModel::SortRole).toLongLong()
        == 3000);
    // SI units, as the timeline and the transfers show them.
    CHECK(DocumentsModel::sizeText(2'500'000) == QStringLiteral("2.5 MB"));
    CHECK(DocumentsModel::sizeText(20'000) == QStringLiteral("20.0 kB"));
}

TEST_CASE("DocumentsModel refreshes a matter's files row by row, never with a reset")
{
    DocumentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMatter(3);
    model.setDocuments(3,
        { document(1, QStringLiteral("a.pdf"), 1), document(2, QStringLiteral("b.pdf"), 1),
            document(3, QStringLiteral("c.pdf"), 1) });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    // b gains a version, a is gone, d is new, c now sorts before b.
    model.setDocuments(3,
        { document(3, QStringLiteral("c.pdf"), 1), document(2, QStringLiteral("b.pdf"), 2),
            document(4, QStringLiteral("d.pdf"), 1) });
    CHECK(ids(model) == QList<qint64> { 3, 2, 4 });
    CHECK(removed.count() == 1);
    CHECK(inserted.count() == 1);
    CHECK(moved.count() == 1);
    CHECK(changed.count() == 1);
    CHECK(model.index(1, 0).data(DocumentsModel::VersionRole).toInt() == 2);

    // The same list again changes nothing.
    changed.clear();
    model.setDocuments(3,
        { document(3, QStringLiteral("c.pdf"), 1), document(2, QStringLiteral("b.pdf"), 2),
            document(4, QStringLiteral("d.pdf"), 1) });
    CHECK(changed.isEmpty());

    // Another matter empties the rows by removal.
    model.setMatter(5);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.isLoaded());
    CHECK(reset.isEmpty());
}

TEST_CASE("MessageFilesModel lists each file of the matter's messages and how it went")
{
    models::MessageFilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMatter(3);
    CHECK_FALSE(model.isLoaded());

    const auto file = [](qint64 id, const QString &name, const QString &mode) {
        protocol::Attachment attachment;
        attachment.id = id;
        attachment.name = name;
        attachment.mode = mode;
        attachment.size = 20'000;
        attachment.version = 2;
        attachment.sha256 = QString(64, QLatin1Char('a'));
        if (mode != QLatin1String("file"))
            attachment.documentId = id * 100;
        return attachment;
    };
    protocol::Message shared;
    shared.id = 11;
    shared.conversationId = 5;
    shared.senderName = QStringLiteral("Alex Morgan");
    shared.createdAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    shared.attachments = { file(1, QStringLiteral("Offer.pdf"), QStringLiteral("share")),
        file(2, QStringLiteral("Letter.pdf"), QStringLiteral("copy")) };
    protocol::Message upload;
    upload.id = 12;
    upload.conversationId = 5;
    upload.senderName = QStringLiteral("Maria Gonzalez");
    upload.attachments = { file(3, QStringLiteral("Scan.jpg"), QStringLiteral("file")) };

    model.setMessages(4, { shared }); // another matter's answer: ignored
    CHECK(model.rowCount() == 0);
    model.setMessages(3, { upload, shared });
    CHECK(model.isLoaded());
    REQUIRE(model.rowCount() == 3);
    const auto cell
        = [&](int row, int column) { return model.index(row, column).data().toString(); };
    CHECK(cell(0, models::MessageFilesModel::NameColumn) == QStringLiteral("Scan.jpg"));
    CHECK(cell(0, models::MessageFilesModel::KindColumn) == QStringLiteral("Attached"));
    CHECK(cell(0, models::MessageFilesModel::FromColumn) == QStringLiteral("Maria Gonzalez"));
    CHECK(cell(1, models::MessageFilesModel::KindColumn) == QStringLiteral("Shared (version 2)"));
    CHECK(model.index(1, 0).data(models::MessageFilesModel::SharedRole).toBool());
    CHECK(
        cell(2, models::MessageFilesModel::KindColumn) == QStringLiteral("Sent copy (version 2)"));
    CHECK_FALSE(model.index(2, 0).data(models::MessageFilesModel::SharedRole).toBool());
    CHECK(cell(2, models::MessageFilesModel::SizeColumn) == QStringLiteral("20.0 kB"));
    CHECK(model.at(1).messageId == 11);
    CHECK(model.at(1).conversationId == 5);

    // The share is stopped: that row changes in place; the others stay as they were.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    shared.attachments[0].stopped = true;
    shared.attachments[0].sha256.clear();
    model.setMessages(3, { upload, shared });
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toModelIndex().row() == 1);
    CHECK(
        cell(1, models::MessageFilesModel::KindColumn) == QStringLiteral("Client access removed"));
    CHECK_FALSE(model.index(1, 0).data(models::MessageFilesModel::SharedRole).toBool());
    CHECK(cell(1, models::MessageFilesModel::SizeColumn).isEmpty());
    model.setMatter(4);
    CHECK(model.rowCount() == 0);
    CHECK(reset.count() == 0);
}
