// The Team Inbox under Xvfb against a real server of its own: clients' messages of many
// matters' conversations in one list; bulk Mark Read, To-Do and Trash change exactly the
// selected rows (checked against the server, and against a colleague's inbox: unread and trash
// are per user); Undo; Assign To…; filters and empty states; Awaiting Reply longest first;
// Enter opens the conversation in the main window; a new client message shows up by itself.
// Screenshots of the inbox with many conversations.
#include "inboxtesthelpers.h"
#include "ui/assigndialog.h"
#include "ui/inboxactions.h"
#include "ui/inboxfilterbar.h"
#include "ui/inboxtable.h"
#include "uitesthelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace parley;
using models::InboxModel;
using test::InboxDesk;
using test::waitFor;

namespace {

const QString Requests[] = {
    QStringLiteral("Could you send me the draft agreement before Friday? My accountant wants to "
                   "look at it."),
    QStringLiteral("I found the original lease in a box at home. Shall I bring it in or scan it?"),
    QStringLiteral("The insurer called again today asking for the police report number."),
    QStringLiteral("Quick question: do I need to be there in person for the hearing on the 14th?"),
    QStringLiteral("Attached are the bank statements you asked for (three months)."),
    QStringLiteral("My employer sent a new letter. Can we talk tomorrow morning?"),
    QStringLiteral("Thank you for the update. I agree with the proposed schedule."),
    QStringLiteral("The other side's lawyer emailed me directly. Should I answer?"),
    QStringLiteral("Is the invoice for March final? I would like to pay it this week."),
};

// Each row's own state, to see exactly what an action changed.
struct RowState
{
    bool unread;
    QString todo;
    bool trashed;
    std::optional<qint64> assignee;
    friend bool operator==(const RowState &, const RowState &) = default;
};

QHash<qint64, RowState> states(const InboxModel *model)
{
    QHash<qint64, RowState> all;
    for (int row = 0; row < model->rowCount(); ++row) {
        const protocol::InboxItem &item = model->item(row);
        all.insert(
            item.message.id, RowState { item.unread, item.todo, item.trashed, item.assigneeId });
    }
    return all;
}

// Seeds a message from every client, some answered, some read, to-do or assigned.
QList<qint64> seedMany(InboxDesk &desk)
{
    QList<qint64> written;
    for (int i = 0; i < desk.threads.size(); ++i) {
        const InboxDesk::Thread &thread = desk.threads.at(i);
        // The first thread's client has waited longest (about a day), the last's minutes.
        const qint64 ago = (desk.threads.size() - 1 - i) * 173 + 7;
        written.append(desk.clientWrites(thread, Requests[i % std::size(Requests)]).id);
        desk.backdate(written.last(), ago);
        if (i % 3 == 1) {
            written.append(
                desk.clientWrites(thread, QStringLiteral("Also: I will be away next week.")).id);
            desk.backdate(written.last(), ago - 5);
        }
        if (i % 4 == 3)
            desk.firmAnswers(thread, QStringLiteral("Thank you, we will come back to you today."));
    }
    desk.act(*desk.api, QStringLiteral("read"), { written.at(0), written.at(2) });
    desk.act(*desk.api, QStringLiteral("todo"), { written.at(1), written.at(4) });
    desk.act(*desk.api, QStringLiteral("done"), { written.at(3) });
    desk.act(*desk.api, QStringLiteral("assign"), { written.at(1), written.at(5) },
        desk.paralegal.user.id);
    desk.act(*desk.api, QStringLiteral("assign"), { written.at(6) }, desk.lawyer.user.id);
    return written;
}

QAction *action(ui::InboxWindow *inbox, const char *name)
{
    auto *found = inbox->findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The team inbox lists clients' messages of every matter; bulk actions change exactly "
          "the selected rows, for this user only")
{
    InboxDesk desk;
    REQUIRE(desk.threads.size() >= 8);
    const QList<qint64> written = seedMany(desk);
    ui::InboxWindow *inbox = desk.openInbox();
    inbox->resize(1320, 760);
    InboxModel *model = desk.workspace->inbox()->model();
    ui::InboxTable *table = inbox->table();

    // Every client message of every visible matter, none of the firm's, newest first.
    const QList<protocol::InboxItem> onServer = InboxDesk::inboxOf(*desk.api);
    REQUIRE(model->rowCount() == onServer.size());
    QSet<qint64> matters;
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->item(row).fromClient);
        matters.insert(model->item(row).matterId);
    }
    CHECK(matters.size() >= 8);
    for (qint64 id : written)
        CHECK(model->rowOf(id) >= 0);
    const QModelIndex top = table->sortedModel()->index(0, InboxModel::ReceivedColumn);
    CHECK(top.data(InboxModel::IdRole).toLongLong() == written.last());
    // Bold while unread; the to-do flag; the assignee's name.
    const int unreadRow = table->viewRowOf(written.last());
    CHECK(table->sortedModel()->index(unreadRow, 0).data(Qt::FontRole).value<QFont>().bold());
    const int readRow = table->viewRowOf(written.at(0));
    CHECK_FALSE(table->sortedModel()->index(readRow, 0).data(Qt::FontRole).value<QFont>().bold());
    const int todoRow = table->viewRowOf(written.at(1));
    CHECK(table->sortedModel()->index(todoRow, InboxModel::TodoColumn).data().toString()
        == QStringLiteral("To-do"));
    CHECK_FALSE(table->sortedModel()
                    ->index(todoRow, InboxModel::TodoColumn)
                    .data(Qt::DecorationRole)
                    .isNull());
    CHECK(table->sortedModel()->index(todoRow, InboxModel::AssigneeColumn).data().toString()
        == QStringLiteral("Priya Shah"));
    CHECK(table->sortedModel()
              ->index(table->viewRowOf(written.last()), InboxModel::WaitingColumn)
              .data()
              .toString()
        == QStringLiteral("7 min"));
    table->selectMessages({ written.at(3), written.at(7) });
    QTest::qWait(200);
    test::saveScreenshot(inbox, QStringLiteral("ui-team-inbox.png"));

    // Mark Read on three unread rows: exactly those change, here and on the server.
    const QList<qint64> toRead { written.at(5), written.at(7), written.at(8) };
    for (qint64 id : toRead)
        REQUIRE(model->item(model->rowOf(id)).unread);
    QHash<qint64, RowState> before = states(model);
    table->selectMessages(toRead);
    CHECK(table->selectedMessageIds().size() == 3);
    CHECK(inbox->countLabel()->text().contains(QStringLiteral("3 selected")));
    action(inbox, "markReadAction")->trigger();
    desk.waitLoaded();
    QHash<qint64, RowState> after = states(model);
    REQUIRE(after.size() == before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        RowState expected = it.value();
        if (toRead.contains(it.key()))
            expected.unread = false;
        INFO("message " << it.key());
        CHECK(after.value(it.key()) == expected);
    }
    net::InboxQuery unreadOnly;
    unreadOnly.unreadOnly = true;
    const QList<qint64> stillUnread = InboxDesk::idsOf(InboxDesk::inboxOf(*desk.api, unreadOnly));
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        CHECK(stillUnread.contains(it.key()) == it.value().unread);
    // Unread is per user: the paralegal has still not read them.
    const QList<qint64> colleagueUnread
        = InboxDesk::idsOf(InboxDesk::inboxOf(*desk.colleague, unreadOnly));
    for (qint64 id : toRead)
        CHECK(colleagueUnread.contains(id));

    // Mark To-Do on two rows, Mark Done on one of them later: the server's to-do filter agrees.
    before = states(model);
    table->selectMessages({ written.at(0), written.at(2) });
    action(inbox, "markTodoAction")->trigger();
    desk.waitLoaded();
    after = states(model);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        RowState expected = it.value();
        if (it.key() == written.at(0) || it.key() == written.at(2))
            expected.todo = QStringLiteral("todo");
        INFO("message " << it.key());
        CHECK(after.value(it.key()) == expected);
    }
    net::InboxQuery todoOnly;
    todoOnly.todoOnly = true;
    QList<qint64> todos = InboxDesk::idsOf(InboxDesk::inboxOf(*desk.api, todoOnly));
    std::sort(todos.begin(), todos.end());
    QList<qint64> expectedTodos { written.at(0), written.at(1), written.at(2), written.at(4) };
    std::sort(expectedTodos.begin(), expectedTodos.end());
    CHECK(todos == expectedTodos);
    CHECK(InboxDesk::inboxOf(*desk.colleague, todoOnly).isEmpty()); // to-do marks are per user

    // Delete moves the selection to Trash: those rows leave the inbox, for this user only.
    const QList<qint64> toTrash { written.at(4), written.at(6) };
    const int rowsBefore = model->rowCount();
    table->selectMessages(toTrash);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    desk.waitLoaded();
    CHECK(model->rowCount() == rowsBefore - 2);
    for (qint64 id : toTrash)
        CHECK(model->rowOf(id) < 0);
    net::InboxQuery trash;
    trash.view = QStringLiteral("trash");
    QList<qint64> trashed = InboxDesk::idsOf(InboxDesk::inboxOf(*desk.api, trash));
    std::sort(trashed.begin(), trashed.end());
    CHECK(trashed == toTrash);
    CHECK(InboxDesk::inboxOf(*desk.colleague, trash).isEmpty());
    const QList<qint64> colleagueInbox = InboxDesk::idsOf(InboxDesk::inboxOf(*desk.colleague));
    for (qint64 id : toTrash)
        CHECK(colleagueInbox.contains(id));
    // Undo (Ctrl+Z) puts them back.
    QAction *undo = inbox->actions()->undoAction();
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    REQUIRE(undo->isEnabled());
    undo->trigger();
    REQUIRE(waitFor([&] { return !desk.workspace->inbox()->isApplying(); }));
    desk.waitLoaded();
    REQUIRE(waitFor([&] { return model->rowOf(toTrash.first()) >= 0; }));
    CHECK(InboxDesk::inboxOf(*desk.api, trash).isEmpty());

    // Trash again, then Restore from the Trash view.
    table->selectMessages(toTrash);
    action(inbox, "trashAction")->trigger();
    desk.waitLoaded();
    inbox->showView(ui::InboxWindow::View::Trash);
    desk.waitLoaded();
    REQUIRE(model->rowCount() == 2);
    CHECK_FALSE(action(inbox, "trashAction")->isEnabled());
    table->selectMessages(toTrash);
    CHECK(action(inbox, "restoreAction")->isEnabled());
    action(inbox, "restoreAction")->trigger();
    desk.waitLoaded();
    CHECK(model->rowCount() == 0);
    CHECK(inbox->emptyLabel()->isVisible());
    CHECK(inbox->emptyLabel()->text().startsWith(QStringLiteral("Trash is empty")));

    // A failure changes nothing and says so: a message that is gone makes the whole action 404.
    inbox->showView(ui::InboxWindow::View::Inbox);
    desk.waitLoaded();
    const auto refused = test::await<QList<protocol::InboxItem>>([&](auto done) {
        desk.api->inboxAction(
            protocol::InboxAction { QStringLiteral("read"), { written.at(9), 999999 }, {} }, done);
    });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().is(protocol::ErrorCode::NotFound));
    CHECK(InboxDesk::idsOf(InboxDesk::inboxOf(*desk.api, unreadOnly)).contains(written.at(9)));
}

TEST_CASE("Team inbox: Assign To…, filters, empty states, Awaiting Reply, opening a message "
          "and live arrivals")
{
    InboxDesk desk;
    const QList<qint64> written = seedMany(desk);
    ui::InboxWindow *inbox = desk.openInbox();
    inbox->resize(1320, 760);
    InboxModel *model = desk.workspace->inbox()->model();
    ui::InboxTable *table = inbox->table();

    // Assign To… the paralegal: the conversations of exactly the selected rows.
    const protocol::InboxItem chosen = model->item(model->rowOf(written.at(0)));
    ui::AssignDialog *dialog = nullptr;
    QObject::connect(inbox->actions(), &ui::InboxActions::assignDialogOpened, inbox,
        [&](ui::AssignDialog *opened) { dialog = opened; });
    table->selectMessages({ written.at(0) });
    action(inbox, "assignAction")->trigger();
    REQUIRE(dialog);
    CHECK(dialog->list()->count() >= 3); // Unassigned, the lawyer, colleagues on the matter
    REQUIRE(dialog->choose(desk.paralegal.user.id));
    test::saveScreenshot(dialog, QStringLiteral("ui-team-inbox-assign.png"));
    dialog->accept();
    desk.waitLoaded();
    CHECK(model->item(model->rowOf(written.at(0))).assigneeId == desk.paralegal.user.id);
    auto conversation = test::await<protocol::Conversation>(
        [&](auto done) { desk.api->conversation(chosen.message.conversationId, done); });
    REQUIRE(conversation);
    CHECK(conversation->assigneeId == desk.paralegal.user.id);

    // Assigned to Me: only the conversation assigned to the lawyer.
    ui::InboxFilterBar *filters = inbox->filterBar();
    filters->mineButton()->click();
    desk.waitLoaded();
    REQUIRE(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->item(row).assigneeId == desk.lawyer.user.id);
    filters->mineButton()->click();
    // Unread: only unread rows, and marking one read takes it out of the list at once.
    filters->unreadButton()->click();
    desk.waitLoaded();
    const int unread = model->rowCount();
    REQUIRE(unread > 2);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->item(row).unread);
    table->selectMessages({ model->item(0).message.id });
    action(inbox, "markReadAction")->trigger();
    desk.waitLoaded();
    CHECK(model->rowCount() == unread - 1);
    filters->unreadButton()->click();
    // A search that matches nothing says so.
    filters->searchEdit()->setText(QStringLiteral("no such words anywhere"));
    QTest::keyClick(filters->searchEdit(), Qt::Key_Return);
    desk.waitLoaded();
    CHECK(model->rowCount() == 0);
    CHECK(inbox->emptyLabel()->isVisible());
    CHECK(inbox->emptyLabel()->text().startsWith(QStringLiteral("No messages match")));
    CHECK(inbox->clearFiltersButton()->isVisible());
    test::saveScreenshot(inbox, QStringLiteral("ui-team-inbox-no-match.png"));
    QTest::mouseClick(inbox->clearFiltersButton(), Qt::LeftButton);
    desk.waitLoaded();
    CHECK(filters->searchEdit()->text().isEmpty());
    CHECK_FALSE(filters->isFiltering());
    CHECK(model->rowCount() > 0);
    filters->searchEdit()->setText(QStringLiteral("police report"));
    QTest::keyClick(filters->searchEdit(), Qt::Key_Return);
    desk.waitLoaded();
    REQUIRE(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->item(row).message.body.contains(QStringLiteral("police report")));
    filters->clear();
    desk.waitLoaded();

    // Awaiting Reply: one row per waiting conversation, the longest waiting first.
    inbox->showView(ui::InboxWindow::View::Waiting);
    desk.waitLoaded();
    REQUIRE(model->rowCount() >= 4);
    QSet<qint64> conversations;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = table->sortedModel()->index(row, InboxModel::WaitingColumn);
        const qint64 waited = index.data(InboxModel::WaitingSecondsRole).toLongLong();
        CHECK(waited >= 0);
        CHECK(waited <= previous);
        previous = waited;
        conversations.insert(index.data(InboxModel::ConversationIdRole).toLongLong());
    }
    CHECK(conversations.size() == model->rowCount());
    CHECK(table->sortedModel()->index(0, 0).data(InboxModel::ConversationIdRole).toLongLong()
        == desk.threads.at(0).conversationId);
    CHECK(table->sortedModel()
              ->index(0, InboxModel::WaitingColumn)
              .data()
              .toString()
              .contains(QStringLiteral(" h ")));
    CHECK(inbox->countLabel()->text().startsWith(QStringLiteral("Conversations: ")));
    test::saveScreenshot(inbox, QStringLiteral("ui-team-inbox-awaiting-reply.png"));

    // Sent: the firm's messages (the answers written above among them), never a client's.
    inbox->showView(ui::InboxWindow::View::Sent);
    desk.waitLoaded();
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK_FALSE(model->item(row).fromClient);
    CHECK(table->isColumnHidden(InboxModel::WaitingColumn));

    // Enter opens the current message's conversation in the main window.
    inbox->showView(ui::InboxWindow::View::Inbox);
    desk.waitLoaded();
    const protocol::InboxItem target = model->item(model->rowOf(written.at(2)));
    table->selectMessages({ target.message.id });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(waitFor(
        [&] { return desk.workspace->selectedConversation() == target.message.conversationId; }));
    CHECK(desk.workspace->selectedMatter() == target.matterId);

    // A client writes while the inbox is open: the row arrives by itself (unread: its
    // conversation is not the one open in the main window).
    const InboxDesk::Thread &thread = desk.threads.at(5);
    REQUIRE(desk.workspace->selectedConversation() != thread.conversationId);
    const protocol::Message fresh
        = desk.clientWrites(thread, QStringLiteral("One more thing about the lease."));
    desk.wakeStream(thread);
    REQUIRE(waitFor([&] { return model->rowOf(fresh.id) >= 0; }, 30000));
    CHECK(model->item(model->rowOf(fresh.id)).unread);
    // Unassigned: the reply is news for the lawyer. In the conversation assigned to the
    // paralegal above it is hers: the inbox lists it, the Notification Center does not.
    const auto alerted = [&](qint64 messageId) {
        for (int row = 0; row < desk.workspace->alerts()->rowCount(); ++row) {
            if (desk.workspace->alerts()->at(row).messageId == messageId)
                return true;
        }
        return false;
    };
    REQUIRE(waitFor([&] { return alerted(fresh.id); }));
    const InboxDesk::Thread &theirs = desk.threads.at(0);
    REQUIRE(theirs.conversationId == chosen.message.conversationId);
    const protocol::Message forPriya
        = desk.clientWrites(theirs, QStringLiteral("Priya, the signed copy is on its way."));
    desk.wakeStream(theirs);
    REQUIRE(waitFor([&] { return model->rowOf(forPriya.id) >= 0; }, 30000));
    CHECK_FALSE(alerted(forPriya.id));
}

TEST_CASE("A long team inbox shows a page, and the next each time it is scrolled to the end or "
          "the rows left fit")
{
    InboxDesk desk;
    REQUIRE(desk.threads.size() >= 8);
    // More client messages than three pages, and than the server gives at once.
    constexpr int Written = 650;
    for (int i = 0; i < Written; ++i) {
        desk.clientWrites(desk.threads.at(i % desk.threads.size()),
            QStringLiteral("Question %1 about the documents.").arg(i + 1));
    }
    ui::InboxWindow *inbox = desk.openInbox();
    sync::InboxFeed *feed = desk.workspace->inbox();
    InboxModel *model = feed->model();
    ui::InboxTable *table = inbox->table();
    auto *count = inbox->findChild<QLabel *>(QStringLiteral("inboxCount"));
    REQUIRE(count);
    const int page = net::InboxQuery().limit;
    const int total = feed->total();
    REQUIRE(total >= Written);
    REQUIRE(total > 3 * page);
    REQUIRE(total <= 4 * page); // the scrolls below reach the end
    CHECK(model->rowCount() == page);
    CHECK(count->text()
        == QStringLiteral("Showing %L1 of %L2 (scroll down for more)").arg(page).arg(total));
    QTest::qWait(200); // the status bar lays out its new text
    test::saveScreenshot(inbox, QStringLiteral("ui-team-inbox-long.png"));

    // The server's whole list, newest first, in pages of what it gives at once.
    const auto everything = [&] {
        QList<qint64> ids;
        net::InboxQuery query;
        query.limit = net::InboxQuery::MaxLimit;
        for (;;) {
            query.offset = int(ids.size());
            auto answer
                = test::await<net::InboxPage>([&](auto done) { desk.api->inbox(query, done); });
            REQUIRE(answer);
            ids += InboxDesk::idsOf(answer->items);
            if (answer->items.size() < query.limit)
                return ids;
        }
    };
    const auto shown = [&] {
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->item(row).message.id);
        return ids;
    };

    // Trash all but five of the rows shown: those left fit, so the next page comes by itself.
    QList<qint64> toTrash = shown().mid(0, page - 5);
    feed->apply(protocol::InboxAction { QStringLiteral("trash"), toTrash, std::nullopt });
    REQUIRE(waitFor([&] { return model->rowCount() == 5 + page && !feed->isLoading(); }));
    const int left = total - int(toTrash.size());
    CHECK(feed->total() == left);
    for (qint64 id : toTrash)
        CHECK(model->rowOf(id) < 0);

    // Each scroll to the end brings the next page, after the rows shown.
    const auto scrollForMore = [&](int expected) {
        REQUIRE(feed->hasMore());
        table->scrollToBottom();
        REQUIRE(waitFor([&] { return model->rowCount() == expected && !feed->isLoading(); }));
        QTest::qWait(100);
        CHECK(model->rowCount() == expected); // one page at a time
    };
    scrollForMore(5 + 2 * page);

    // A page's worth arrives unannounced (nothing wakes the stream): where the next page should
    // be, the server has only rows already shown, moved down. The inbox asks for all again
    // (asking for that page again would repeat for ever), the new rows on top.
    QList<qint64> unannounced;
    for (int i = 0; i < page; ++i) {
        unannounced.append(desk.clientWrites(desk.threads.at(i % desk.threads.size()),
                                   QStringLiteral("Unannounced question %1.").arg(i + 1))
                               .id);
    }
    scrollForMore(5 + 3 * page);
    for (qint64 id : unannounced)
        CHECK(model->rowOf(id) >= 0);
    CHECK(shown() == everything().mid(0, 5 + 3 * page));

    const int grown = left + page;
    scrollForMore(grown);
    CHECK_FALSE(feed->hasMore());
    CHECK(count->text() == QStringLiteral("Messages: %L1").arg(grown));
    const QList<qint64> all = everything();
    REQUIRE(all.size() == grown);
    CHECK(shown() == all); // every message once, in the server's order

    // A new message refreshes every row shown (more than the server gives at once), merged.
    const protocol::Message fresh
        = desk.clientWrites(desk.threads.at(2), QStringLiteral("And one more question."));
    desk.wakeStream(desk.threads.at(2));
    REQUIRE(waitFor([&] { return model->rowOf(fresh.id) >= 0 && !feed->isLoading(); }, 30000));
    CHECK(model->rowCount() == grown + 1);
    CHECK(shown() == everything());
}
