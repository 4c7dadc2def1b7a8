// SearchModel under QAbstractItemModelTester: rows and roles, snippets, incremental refreshes
// (never a reset), the fetchMore guard, and answers from a real StoreWorker cache.
#include "models/searchmodel.h"
#include "modeltestdata.h"
#include "store/storeworker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parley;
using models::SearchModel;
using test::makeConversation;
using test::makeMatter;
using test::makeMessage;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QList<qint64> idsOf(const SearchModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(SearchModel::IdRole).toLongLong());
    return ids;
}

QList<protocol::Message> messages(const QList<qint64> &ids)
{
    QList<protocol::Message> list;
    for (qint64 id : ids)
        list.append(makeMessage(id, 5, QStringLiteral("invoice number %1").arg(id)));
    return list;
}
} // namespace

TEST_CASE("SearchModel shows the results with their roles")
{
    SearchModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setResults(QStringLiteral("invoice"), messages({ 3, 2, 1 }));
    REQUIRE(model.rowCount() == 3);
    const QModelIndex first = model.index(0);
    CHECK(first.data(SearchModel::IdRole).toLongLong() == 3);
    CHECK(first.data(SearchModel::ConversationIdRole).toLongLong() == 5);
    CHECK(first.data(SearchModel::SenderNameRole).toString() == QStringLiteral("Alex Morgan"));
    CHECK(first.data(SearchModel::BodyRole).toString() == QStringLiteral("invoice number 3"));
    CHECK(first.data(SearchModel::CreatedAtRole).toDateTime()
        == QDateTime::fromSecsSinceEpoch(1700000003, Qt::UTC));
    CHECK(first.data(SearchModel::SnippetRole).toString() == QStringLiteral("invoice number 3"));
    CHECK(model.roleNames().value(SearchModel::SnippetRole) == QByteArray("snippet"));
    CHECK(reset.count() == 0);
}

TEST_CASE("SearchModel names where each result was written")
{
    SearchModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QList<protocol::Message> found = messages({ 3, 2, 1 });
    found[1].conversationId = 6;
    found[2].conversationId = 7; // not in the places: no place shown
    store::ConversationPlaces places;
    places.insert(5,
        { 5, 1, QStringLiteral("2026-0001"), QStringLiteral("Case team"),
            QStringLiteral("internal") });
    places.insert(6, { 6, std::nullopt, QString(), QString(), QStringLiteral("direct") });

    model.setResults(QStringLiteral("invoice"), found);
    CHECK(model.index(0).data(SearchModel::PlaceRole).toString().isEmpty());
    CHECK_FALSE(model.index(0).data(SearchModel::MatterIdRole).isValid());

    // The same rows with their places: changed in place, no row inserted or removed.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setResults(QStringLiteral("invoice"), found, places);
    CHECK(inserted.isEmpty());
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(2).value<QList<int>>().contains(SearchModel::PlaceRole));
    CHECK(model.index(0).data(SearchModel::PlaceRole).toString()
        == QStringLiteral("2026-0001 · Case team"));
    CHECK(model.index(0).data(SearchModel::MatterIdRole).toLongLong() == 1);
    CHECK(
        model.index(1).data(SearchModel::PlaceRole).toString() == QStringLiteral("Direct message"));
    CHECK_FALSE(model.index(1).data(SearchModel::MatterIdRole).isValid());
    CHECK(model.index(2).data(SearchModel::PlaceRole).toString().isEmpty());
    CHECK(model.roleNames().value(SearchModel::PlaceRole) == QByteArray("place"));

    model.clear();
    model.setResults(QStringLiteral("invoice"), found);
    CHECK(model.index(0).data(SearchModel::PlaceRole).toString().isEmpty());
}

TEST_CASE("SearchModel cuts long bodies around the first query word")
{
    const QString before = QString(200, QLatin1Char('a'));
    const QString after = QString(200, QLatin1Char('b'));
    const QString body = before + QStringLiteral(" Invoice ") + after;
    const QString cut = SearchModel::snippet(body, QStringLiteral("  invoice, overdue"));
    const QChar ellipsis(0x2026);
    CHECK(cut.startsWith(ellipsis));
    CHECK(cut.endsWith(ellipsis));
    CHECK(cut.contains(QStringLiteral("Invoice")));
    CHECK(cut.size() <= SearchModel::SnippetLength + 2);
    CHECK(cut.size() >= SearchModel::SnippetLength - 2);
    // The word sits near the middle.
    const auto at = cut.indexOf(QStringLiteral("Invoice"));
    CHECK(at > 40);
    CHECK(at < 80);

    // Near the start: no leading mark.
    const QString early
        = SearchModel::snippet(QStringLiteral("invoice ") + after, QStringLiteral("invoice"));
    CHECK(early.startsWith(QStringLiteral("invoice")));
    CHECK(early.endsWith(ellipsis));
    // Near the end: no trailing mark.
    const QString late
        = SearchModel::snippet(before + QStringLiteral(" invoice"), QStringLiteral("invoice"));
    CHECK(late.startsWith(ellipsis));
    CHECK(late.endsWith(QStringLiteral("invoice")));
    // Not found (a file name matched): the start of the body.
    const QString none = SearchModel::snippet(after + before, QStringLiteral("invoice"));
    CHECK(none.startsWith(QLatin1Char('b')));
    CHECK(none.endsWith(ellipsis));
    // Short bodies stay whole, on one line.
    CHECK(
        SearchModel::snippet(QStringLiteral("a\nb"), QStringLiteral("b")) == QStringLiteral("a b"));

    SearchModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setResults(QStringLiteral("invoice"), { makeMessage(1, 5, body) });
    CHECK(model.index(0).data(SearchModel::SnippetRole).toString() == cut);
    CHECK(model.index(0).data(Qt::DisplayRole).toString() == cut);
}

TEST_CASE("SearchModel refreshes the same query row by row")
{
    SearchModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setResults(QStringLiteral("invoice"), messages({ 6, 5, 4, 3, 2, 1 }));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    SECTION("an identical answer changes nothing")
    {
        model.setResults(QStringLiteral("invoice"), messages({ 6, 5, 4, 3, 2, 1 }));
        CHECK(inserted.count() == 0);
        CHECK(removed.count() == 0);
        CHECK(changed.count() == 0);
    }
    SECTION("new and gone rows are inserted and removed in ranges")
    {
        model.setResults(QStringLiteral("invoice"), messages({ 8, 7, 6, 3, 2, 1, 0 }));
        CHECK(idsOf(model) == QList<qint64> { 8, 7, 6, 3, 2, 1, 0 });
        REQUIRE(removed.count() == 1); // 5 and 4 together
        CHECK(removed.at(0).at(1).toInt() == 1);
        CHECK(removed.at(0).at(2).toInt() == 2);
        REQUIRE(inserted.count() == 2); // 8, 7 at the top and 0 at the end
        CHECK(inserted.at(0).at(1).toInt() == 0);
        CHECK(inserted.at(0).at(2).toInt() == 1);
        CHECK(inserted.at(1).at(1).toInt() == 6);
        CHECK(changed.count() == 0);
    }
    SECTION("an edited message changes in place")
    {
        auto edited = messages({ 6, 5, 4, 3, 2, 1 });
        edited[2].body = QStringLiteral("invoice paid");
        model.setResults(QStringLiteral("invoice"), edited);
        CHECK(inserted.count() == 0);
        CHECK(removed.count() == 0);
        REQUIRE(changed.count() == 1);
        CHECK(changed.at(0).at(0).toModelIndex().row() == 2);
        CHECK(model.index(2).data(SearchModel::BodyRole).toString()
            == QStringLiteral("invoice paid"));
    }
    SECTION("a reordered answer still ends up right")
    {
        model.setResults(QStringLiteral("invoice"), messages({ 1, 2, 3 }));
        CHECK(idsOf(model) == QList<qint64> { 1, 2, 3 });
    }
    SECTION("another query replaces the rows")
    {
        model.setResults(QStringLiteral("receipt"), messages({ 9 }));
        CHECK(idsOf(model) == QList<qint64> { 9 });
        CHECK(model.query() == QStringLiteral("receipt"));
    }
    SECTION("clear empties the model")
    {
        model.clear();
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.canFetchMore());
    }
    CHECK(reset.count() == 0);
}

TEST_CASE("SearchModel asks for more once per answer and stops after a short page")
{
    SearchModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setPageSize(3);
    QSignalSpy more(&model, &SearchModel::moreRequested);
    CHECK_FALSE(model.canFetchMore()); // no query yet
    model.fetchMore();
    CHECK(more.isEmpty());

    model.setResults(QStringLiteral("invoice"), messages({ 9, 8, 7 }));
    REQUIRE(model.canFetchMore());
    model.fetchMore();
    REQUIRE(more.count() == 1);
    CHECK(more.at(0).at(0).toString() == QStringLiteral("invoice"));
    CHECK(more.at(0).at(1).toInt() == 6);
    CHECK(model.isFetching());
    // Pending: a second call does nothing.
    CHECK_FALSE(model.canFetchMore());
    model.fetchMore();
    CHECK(more.count() == 1);

    // A full page arrived: more can be asked for again.
    model.setResults(QStringLiteral("invoice"), messages({ 9, 8, 7, 6, 5, 4 }));
    CHECK(model.rowCount() == 6);
    REQUIRE(model.canFetchMore());
    model.fetchMore();
    REQUIRE(more.count() == 2);
    CHECK(more.at(1).at(1).toInt() == 9);

    // A short page: the last one.
    model.setResults(QStringLiteral("invoice"), messages({ 9, 8, 7, 6, 5, 4, 3 }));
    CHECK(model.rowCount() == 7);
    CHECK_FALSE(model.canFetchMore());
    model.fetchMore();
    CHECK(more.count() == 2);

    SECTION("a receiver that answers at once is not re-entered")
    {
        SearchModel eager;
        QAbstractItemModelTester eagerTester(&eager, Fatal);
        eager.setPageSize(2);
        int calls = 0;
        QObject::connect(&eager, &SearchModel::moreRequested, &eager, [&](const QString &q, int) {
            ++calls;
            eager.fetchMore(); // re-entered while requesting: ignored
            eager.setResults(q, messages({ 4, 3, 2, 1 }));
            eager.fetchMore(); // still inside the first request: ignored
        });
        eager.setResults(QStringLiteral("invoice"), messages({ 4, 3 }));
        eager.fetchMore();
        CHECK(calls == 1);
        CHECK(eager.rowCount() == 4);
        CHECK(eager.canFetchMore());
    }
}

TEST_CASE("SearchModel shows what a StoreWorker finds in the cache")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    store::StoreWorker worker;
    QSignalSpy failed(&worker, &store::StoreWorker::failed);
    QSignalSpy opened(&worker, &store::StoreWorker::opened);
    worker.open(dir.filePath(QStringLiteral("search.sqlite")));
    REQUIRE(opened.wait(15000));

    QList<protocol::Change> changes;
    changes.append({ 1, QStringLiteral("matter"),
        makeMatter(1, QStringLiteral("2026-0001"), QStringLiteral("Doe")).toJson() });
    changes.append({ 2, QStringLiteral("conversation"),
        makeConversation(5, QStringLiteral("internal"), 1, QStringLiteral("Billing")).toJson() });
    const QStringList bodies { QStringLiteral("the invoice is attached"),
        QStringLiteral("lunch at noon?"), QStringLiteral("second invoice, overdue"),
        QStringLiteral("third invoice paid"), QStringLiteral("nothing to see") };
    for (int i = 0; i < bodies.size(); ++i)
        changes.append(
            { 3 + i, QStringLiteral("message"), makeMessage(10 + i, 5, bodies.at(i)).toJson() });
    protocol::SyncBatch batch;
    batch.since = 0;
    batch.next = 3 + bodies.size() - 1;
    batch.snapshot = true;
    batch.changes = changes;
    QSignalSpy applied(&worker, &store::StoreWorker::batchApplied);
    worker.applyBatch(batch);
    REQUIRE(applied.wait(15000));
    REQUIRE(applied.first().at(1).toBool());

    SearchModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setPageSize(2);
    QObject::connect(
        &worker, &store::StoreWorker::searchFinished, &model, &SearchModel::setResults);
    QObject::connect(&model, &SearchModel::moreRequested, &worker, &store::StoreWorker::search);
    QSignalSpy searched(&worker, &store::StoreWorker::searchFinished);

    worker.search(QStringLiteral("invoice"), model.pageSize());
    REQUIRE(searched.wait(15000));
    CHECK(idsOf(model) == QList<qint64> { 13, 12 }); // newest first
    CHECK(model.index(1).data(SearchModel::SnippetRole).toString()
        == QStringLiteral("second invoice, overdue"));
    CHECK(model.index(0).data(SearchModel::PlaceRole).toString()
        == QStringLiteral("2026-0001 · Billing"));
    CHECK(model.index(0).data(SearchModel::MatterIdRole).toLongLong() == 1);
    REQUIRE(model.canFetchMore());

    model.fetchMore();
    CHECK_FALSE(model.canFetchMore());
    REQUIRE(searched.wait(15000));
    CHECK(idsOf(model) == QList<qint64> { 13, 12, 10 });
    CHECK_FALSE(model.canFetchMore()); // 3 of the 4 asked for: the last page
    CHECK(failed.isEmpty());
}
