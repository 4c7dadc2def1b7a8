// InboxModel and TasksModel under QAbstractItemModelTester: refreshes merge rows (insert,
// move, update, remove; never a reset), a next page is appended once, action answers update
// rows in place, waiting times and excerpts; InboxFeed::matches decides which answered rows
// leave a view.
#include "models/inboxmodel.h"
#include "models/tasksmodel.h"
#include "sync/inboxfeed.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace parley;
using models::InboxModel;
using models::TasksModel;

namespace {

const QDateTime Start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

protocol::InboxItem item(qint64 id, const QString &body, bool unread = false)
{
    protocol::InboxItem i;
    i.message.id = id;
    i.message.conversationId = 100 + id % 3;
    i.message.senderId = 7;
    i.message.kind = QStringLiteral("text");
    i.message.body = body;
    i.message.createdAt = Start.addSecs(id * 60);
    i.matterId = 3;
    i.matterNumber = QStringLiteral("2026-0101");
    i.matterTitle = QStringLiteral("Gonzalez v. Harbor Logistics");
    i.conversationTitle = QStringLiteral("Client portal");
    i.senderName = QStringLiteral("Maria Gonzalez");
    i.fromClient = true;
    i.unread = unread;
    return i;
}

QList<qint64> ids(const InboxModel &model)
{
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(InboxModel::IdRole).toLongLong());
    return list;
}

} // namespace

TEST_CASE("InboxModel merges a refresh row by row and never resets")
{
    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setItems({ item(3, QStringLiteral("c"), true), item(2, QStringLiteral("b")),
        item(1, QStringLiteral("a")) });
    CHECK(ids(model) == QList<qint64> { 3, 2, 1 });
    CHECK(inserted.count() == 3);
    CHECK(model.index(0, 0).data(InboxModel::UnreadRole).toBool());
    CHECK(model.index(0, InboxModel::FromColumn).data().toString()
        == QStringLiteral("Maria Gonzalez"));

    // The same list again changes nothing.
    changed.clear();
    model.setItems({ item(3, QStringLiteral("c"), true), item(2, QStringLiteral("b")),
        item(1, QStringLiteral("a")) });
    CHECK(changed.isEmpty());

    // A new message on top, 2 read elsewhere, 1 gone: one insert, one update, one removal;
    // the unchanged row 3 keeps its identity (a view's selection stays on it).
    QPersistentModelIndex three = model.index(0, 0);
    inserted.clear();
    changed.clear();
    model.setItems({ item(4, QStringLiteral("d"), true), item(3, QStringLiteral("c"), true),
        item(2, QStringLiteral("b"), true) });
    CHECK(ids(model) == QList<qint64> { 4, 3, 2 });
    CHECK(inserted.count() == 1);
    CHECK(removed.count() == 1);
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toModelIndex().row() == 2);
    CHECK(three.isValid());
    CHECK(three.row() == 1);

    // Another order (e.g. sorted by waiting): rows move, they are not removed and re-added.
    removed.clear();
    inserted.clear();
    model.setItems({ item(2, QStringLiteral("b"), true), item(4, QStringLiteral("d"), true),
        item(3, QStringLiteral("c"), true) });
    CHECK(ids(model) == QList<qint64> { 2, 4, 3 });
    CHECK(removed.isEmpty());
    CHECK(inserted.isEmpty());
    CHECK(resets.isEmpty());
}

TEST_CASE("InboxModel appends the next page after its rows, each message once")
{
    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setItems({ item(9, QStringLiteral("i")), item(8, QStringLiteral("h")) });
    QPersistentModelIndex eight = model.index(1, 0);
    inserted.clear();

    // 8 moved down a page while it was asked for (a newer message came): it stays where it
    // is; the page's other rows come after, in one insertion, with a duplicate dropped.
    model.appendItems({ item(8, QStringLiteral("h")), item(7, QStringLiteral("g")),
        item(6, QStringLiteral("f")), item(7, QStringLiteral("g")) });
    CHECK(ids(model) == QList<qint64> { 9, 8, 7, 6 });
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.first().at(1).toInt() == 2);
    CHECK(inserted.first().at(2).toInt() == 3);
    CHECK(eight.row() == 1);

    // A page of rows already shown adds nothing.
    inserted.clear();
    model.appendItems({ item(9, QStringLiteral("i")), item(6, QStringLiteral("f")) });
    model.appendItems({});
    CHECK(inserted.isEmpty());
    CHECK(ids(model) == QList<qint64> { 9, 8, 7, 6 });
}

TEST_CASE("InboxModel applies an action's answer to exactly its rows")
{
    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItems({ item(3, QStringLiteral("c"), true), item(2, QStringLiteral("b"), true),
        item(1, QStringLiteral("a"), true) });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    protocol::InboxItem read = item(2, QStringLiteral("b"));
    read.todo = QStringLiteral("todo");
    protocol::InboxItem stranger = item(9, QStringLiteral("not shown"));
    model.updateItems({ read, stranger });
    CHECK(ids(model) == QList<qint64> { 3, 2, 1 }); // the unknown row is not added
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toModelIndex().row() == 1);
    CHECK_FALSE(model.index(1, 0).data(InboxModel::UnreadRole).toBool());
    CHECK(model.index(0, 0).data(InboxModel::UnreadRole).toBool());
    CHECK(model.index(2, 0).data(InboxModel::UnreadRole).toBool());
    CHECK(model.index(1, InboxModel::TodoColumn).data().toString() == QStringLiteral("To-do"));
    CHECK(model.index(0, InboxModel::TodoColumn).data().toString().isEmpty());

    model.removeMessages({ 3, 1, 42 });
    CHECK(ids(model) == QList<qint64> { 2 });
}

TEST_CASE("InboxModel shows how long the client has waited, excerpts and assignees")
{
    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    protocol::InboxItem waiting = item(1, QStringLiteral("First line\n\nsecond   line"));
    waiting.waitingSince = Start;
    waiting.assigneeId = 12;
    protocol::InboxItem answered = item(2, QString());
    answered.message.kind = QStringLiteral("file");
    protocol::Attachment scan;
    scan.name = QStringLiteral("Scan.pdf");
    answered.message.attachments = { scan };
    answered.assigneeId = 99;
    model.setItems({ waiting, answered });
    model.setPeopleNames({ { 12, QStringLiteral("Priya Shah") } });
    model.setNow(Start.addSecs(2 * 3600 + 10 * 60 + 30));

    const QModelIndex wait = model.index(0, InboxModel::WaitingColumn);
    CHECK(wait.data().toString() == QStringLiteral("2 h 10 min"));
    CHECK(wait.data(InboxModel::SortRole).toLongLong() == 2 * 3600 + 10 * 60 + 30);
    CHECK(model.index(1, InboxModel::WaitingColumn).data().toString().isEmpty());
    CHECK(model.index(1, InboxModel::WaitingColumn).data(InboxModel::SortRole).toLongLong() == -1);
    CHECK(model.index(0, InboxModel::MessageColumn).data().toString()
        == QStringLiteral("First line second line"));
    CHECK(model.index(1, InboxModel::MessageColumn).data().toString()
        == QStringLiteral("Files: Scan.pdf"));
    CHECK(model.index(0, InboxModel::AssigneeColumn).data().toString()
        == QStringLiteral("Priya Shah"));
    CHECK(model.index(1, InboxModel::AssigneeColumn).data().toString()
        == QStringLiteral("A colleague"));

    // The view's minute tick moves the waiting time on.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(Start.addSecs(3 * 24 * 3600 + 4 * 3600));
    CHECK(changed.count() == 1);
    CHECK(wait.data().toString() == QStringLiteral("3 d 4 h"));

    // A message the firm answered since does not wait, even in a waiting conversation.
    protocol::InboxItem answeredEarlier = item(3, QStringLiteral("old"));
    answeredEarlier.waitingSince = answeredEarlier.message.createdAt.addSecs(60);
    model.setItems({ waiting, answered, answeredEarlier });
    CHECK(model.index(2, InboxModel::WaitingColumn).data().toString().isEmpty());
    CHECK(model.index(2, 0).data(InboxModel::WaitingSecondsRole).toLongLong() == -1);

    // Received: the time today, the day this year, the date before.
    const QDateTime local = Start.toLocalTime();
    CHECK(InboxModel::receivedText(Start, Start.addSecs(60))
        == QLocale().toString(local.time(), QStringLiteral("HH:mm")));
    CHECK(InboxModel::receivedText(Start, Start.addDays(40))
        == QLocale().toString(local, QStringLiteral("d MMM, HH:mm")));
    CHECK(InboxModel::receivedText(Start, Start.addDays(400))
        == QLocale().toString(local.date(), QStringLiteral("d MMM yyyy")));
    CHECK(InboxModel::waitingText(30) == QStringLiteral("< 1 min"));
    CHECK(InboxModel::waitingText(45 * 60) == QStringLiteral("45 min"));
    const QString longText = QString(60, QLatin1Char('x')) + QStringLiteral(" ")
        + QString(60, QLatin1Char('y')) + QStringLiteral(" ") + QString(60, QLatin1Char('z'));
    const QString cut = InboxModel::excerpt(item(5, longText));
    CHECK(cut.size() <= InboxModel::ExcerptChars + 1);
    CHECK(cut.endsWith(QChar(0x2026)));
    CHECK(cut.startsWith(QString(60, QLatin1Char('x'))));
}

TEST_CASE("InboxFeed::matches says which answered rows still belong to a view")
{
    net::InboxQuery inbox;
    protocol::InboxItem message = item(1, QStringLiteral("x"), true);
    CHECK(sync::InboxFeed::matches(message, inbox, 5));
    message.trashed = true;
    CHECK_FALSE(sync::InboxFeed::matches(message, inbox, 5));
    net::InboxQuery trash = inbox;
    trash.view = QStringLiteral("trash");
    CHECK(sync::InboxFeed::matches(message, trash, 5));
    message.trashed = false;
    CHECK_FALSE(sync::InboxFeed::matches(message, trash, 5));

    net::InboxQuery unread = inbox;
    unread.unreadOnly = true;
    CHECK(sync::InboxFeed::matches(message, unread, 5));
    message.unread = false;
    CHECK_FALSE(sync::InboxFeed::matches(message, unread, 5));

    net::InboxQuery mine = inbox;
    mine.assignedToMe = true;
    CHECK_FALSE(sync::InboxFeed::matches(message, mine, 5));
    message.assigneeId = 5;
    CHECK(sync::InboxFeed::matches(message, mine, 5));

    net::InboxQuery sent = inbox;
    sent.view = QStringLiteral("sent");
    CHECK_FALSE(sync::InboxFeed::matches(message, sent, 5));
    message.fromClient = false;
    CHECK(sync::InboxFeed::matches(message, sent, 5));

    net::InboxQuery todo = inbox;
    todo.todoOnly = true;
    message.fromClient = true;
    message.todo = QStringLiteral("done");
    CHECK_FALSE(sync::InboxFeed::matches(message, todo, 5));
    message.todo = QStringLiteral("todo");
    CHECK(sync::InboxFeed::matches(message, todo, 5));
}

TEST_CASE("InboxQuery asks only for what is set")
{
    net::InboxQuery query;
    CHECK(query.toUrlQuery().toString() == QStringLiteral("view=inbox&limit=200"));
    query.view = QStringLiteral("waiting");
    query.search = QStringLiteral(" lease & rent+tax ");
    query.matterId = 4;
    query.clientId = 9;
    query.unreadOnly = true;
    query.todoOnly = true;
    query.assignedToMe = true;
    query.sort = QStringLiteral("waiting");
    query.offset = 200;
    const QUrlQuery url = query.toUrlQuery();
    CHECK(url.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)
        == QStringLiteral("lease & rent+tax"));
    CHECK(url.queryItemValue(QStringLiteral("matter_id")) == QStringLiteral("4"));
    CHECK(url.queryItemValue(QStringLiteral("client_id")) == QStringLiteral("9"));
    CHECK(url.queryItemValue(QStringLiteral("unread")) == QStringLiteral("1"));
    CHECK(url.queryItemValue(QStringLiteral("todo")) == QStringLiteral("1"));
    CHECK(url.queryItemValue(QStringLiteral("assigned")) == QStringLiteral("me"));
    CHECK(url.queryItemValue(QStringLiteral("sort")) == QStringLiteral("waiting"));
    CHECK(url.queryItemValue(QStringLiteral("offset")) == QStringLiteral("200"));
}

namespace {

protocol::Task task(qint64 id, const QString &name, QDate due = {}, bool done = false)
{
    protocol::Task t;
    t.id = id;
    t.name = name;
    t.matterId = 3;
    t.matterNumber = QStringLiteral("2026-0101");
    t.assigneeId = 1;
    t.dueDate = due;
    if (done)
        t.doneAt = Start;
    return t;
}

} // namespace

TEST_CASE("TasksModel lists open tasks first by due date, merges in place, and asks to tick")
{
    TasksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QDate today(2026, 3, 10);
    model.setToday(today);
    model.setPeopleNames({ { 1, QStringLiteral("Alex Morgan") } });
    model.setTasks(
        { task(1, QStringLiteral("No date")), task(2, QStringLiteral("Done"), today, true),
            task(3, QStringLiteral("Late"), today.addDays(-1)),
            task(4, QStringLiteral("Soon"), today.addDays(2)) });
    const auto names = [&] {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, TasksModel::NameColumn).data().toString());
        return list;
    };
    CHECK(names()
        == QStringList { QStringLiteral("Late"), QStringLiteral("Soon"), QStringLiteral("No date"),
            QStringLiteral("Done") });
    CHECK(model.index(0, 0).data(TasksModel::OverdueRole).toBool());
    CHECK_FALSE(model.index(1, 0).data(TasksModel::OverdueRole).toBool());
    CHECK(model.index(3, TasksModel::DoneColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.index(0, TasksModel::AssigneeColumn).data().toString()
        == QStringLiteral("Alex Morgan"));
    CHECK(model.flags(model.index(0, TasksModel::DoneColumn)) & Qt::ItemIsUserCheckable);

    // Ticking asks; the row changes with the server's answer.
    QSignalSpy asked(&model, &TasksModel::doneChangeRequested);
    model.setData(model.index(2, TasksModel::DoneColumn), Qt::Checked, Qt::CheckStateRole);
    REQUIRE(asked.count() == 1);
    CHECK(asked.first().at(0).toLongLong() == 1);
    CHECK(asked.first().at(1).toBool());
    CHECK(model.index(2, TasksModel::DoneColumn).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsert(task(1, QStringLiteral("No date"), {}, true));
    // Done now: after the open ones, and after the done one with a due date.
    CHECK(names()
        == QStringList { QStringLiteral("Late"), QStringLiteral("Soon"), QStringLiteral("Done"),
            QStringLiteral("No date") });
    CHECK(model.index(3, TasksModel::DoneColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    model.upsert(task(5, QStringLiteral("New"), today));
    CHECK(inserted.count() == 1);
    CHECK(names().at(1) == QStringLiteral("New"));
    model.remove(3);
    CHECK(names().first() == QStringLiteral("New"));
    CHECK(resets.isEmpty());
}
