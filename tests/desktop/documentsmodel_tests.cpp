// DocumentsModel under QAbstractItemModelTester: columns and roles, and refreshes that
// update, insert, move and remove rows without a reset.
#include "models/documentsmodel.h"

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
    CHECK(DocumentsModel::sizeText(2621440) == QStringLiteral("2.5 MB"));
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
