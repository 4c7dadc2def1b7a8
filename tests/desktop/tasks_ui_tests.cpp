// Work from messages under Xvfb against a real server of its own: Create Task… from a client's
// message (the dialog prefilled from it; a refusal stays in the dialog, said plainly), the
// task keeps its link (My Tasks and the matter's Tasks tab: Show Message opens the right
// conversation; a colleague sees the same link), ticking it done; Save Attachment as Document
// makes the client's file a document of the matter with version 1 (in All Files).
// Screenshots of the task dialog, the task lists and the message menu.
#include "inboxtesthelpers.h"
#include "models/conversationsmodel.h"
#include "models/documentsmodel.h"
#include "models/tasksmodel.h"
#include "sync/taskfeed.h"
#include "ui/allfilespane.h"
#include "ui/inboxactions.h"
#include "ui/inboxtable.h"
#include "ui/taskdialog.h"
#include "ui/tasksview.h"
#include "uitesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace parley;
using models::TasksModel;
using test::InboxDesk;
using test::waitFor;

namespace {

std::optional<protocol::Task> taskFrom(
    net::ApiClient &api, qint64 matterId, qint64 messageId, bool includeDone = false)
{
    auto tasks = test::await<QList<protocol::Task>>([&](auto done) {
        api.tasks(net::TaskQuery { matterId, includeDone }, done);
    });
    REQUIRE(tasks);
    for (const protocol::Task &task : tasks.value()) {
        if (task.messageId == messageId)
            return task;
    }
    return std::nullopt;
}

ui::TaskDialog *openTaskDialog(ui::InboxWindow *inbox, qint64 messageId)
{
    ui::TaskDialog *dialog = nullptr;
    const auto connection = QObject::connect(inbox->actions(), &ui::InboxActions::taskDialogOpened,
        inbox, [&](ui::TaskDialog *opened) { dialog = opened; });
    inbox->table()->selectMessages({ messageId });
    auto *create = inbox->findChild<QAction *>(QStringLiteral("createTaskAction"));
    REQUIRE(create);
    REQUIRE(create->isEnabled());
    create->trigger();
    QObject::disconnect(connection);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

} // namespace

TEST_CASE("Create Task… from a client's message: prefilled, refused plainly, and the task keeps "
          "its link to the message")
{
    InboxDesk desk;
    const InboxDesk::Thread &thread = desk.threads.at(0);
    const protocol::Message request = desk.clientWrites(thread,
        QStringLiteral("\n  Please file our response to the motion before Friday.  \n"
                       "The hearing is set for the 14th, and I will send the exhibits tonight."));
    const InboxDesk::Thread &other = desk.threads.at(1);
    const protocol::Message gone
        = desk.clientWrites(other, QStringLiteral("Never mind my last question."));
    ui::InboxWindow *inbox = desk.openInbox();

    // A refusal stays in the dialog: the matter was closed meanwhile, so the firm no longer
    // sees the conversation.
    {
        QPointer<ui::TaskDialog> dialog = openTaskDialog(inbox, gone.id);
        REQUIRE(test::await<protocol::Matter>(
            [&](auto done) { desk.api->closeMatter(other.matterId, done); }));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("createTaskButton")), Qt::LeftButton);
        REQUIRE(waitFor([&] { return dialog->errorLabel()->isVisible(); }));
        CHECK(dialog->errorLabel()->text().contains(QStringLiteral("no longer available")));
        CHECK(dialog->isVisible());
        dialog->reject();
    }

    QPointer<ui::TaskDialog> dialog = openTaskDialog(inbox, request.id);
    CHECK(dialog->nameEdit()->text()
        == QStringLiteral("Please file our response to the motion before Friday."));
    CHECK_FALSE(dialog->matterCombo()->isEnabled());
    CHECK(dialog->matterCombo()->currentData().toLongLong() == thread.matterId);
    CHECK(dialog->assigneeCombo()->currentData().toLongLong() == desk.lawyer.user.id);
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("taskMessageExcerpt"))
              ->text()
              .startsWith(QStringLiteral("Please file our response")));
    REQUIRE(waitFor([&] { return dialog->listsLoaded(); }));
    // No name, no task.
    dialog->nameEdit()->clear();
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("createTaskButton"));
    CHECK_FALSE(ok->isEnabled());
    dialog->nameEdit()->setText(QStringLiteral("File response to the motion"));
    CHECK(ok->isEnabled());
    dialog->listCombo()->setEditText(QStringLiteral("Discovery"));
    dialog->dueCheck()->setChecked(true);
    const QDate due = QDate::currentDate().addDays(3);
    dialog->dueEdit()->setDate(due);
    QTest::qWait(100);
    test::saveScreenshot(dialog, QStringLiteral("ui-task-dialog.png"));
    QSignalSpy created(dialog.data(), &ui::TaskDialog::created);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog.isNull(); }));
    REQUIRE(created.count() == 1);

    // On the server, linked to the message and its conversation; the colleague sees the same.
    const std::optional<protocol::Task> task = taskFrom(*desk.api, thread.matterId, request.id);
    REQUIRE(task);
    CHECK(task->name == QStringLiteral("File response to the motion"));
    CHECK(task->list == QStringLiteral("Discovery"));
    CHECK(task->conversationId == thread.conversationId);
    CHECK(task->assigneeId == desk.lawyer.user.id);
    CHECK(task->dueDate == due);
    CHECK_FALSE(task->isDone());
    const std::optional<protocol::Task> seen
        = taskFrom(*desk.colleague, thread.matterId, request.id);
    REQUIRE(seen);
    CHECK(seen->id == task->id);
    // The next dialog on the matter offers the list.
    {
        QPointer<ui::TaskDialog> next = openTaskDialog(inbox, request.id);
        REQUIRE(waitFor([&] { return next->listsLoaded(); }));
        CHECK(next->listCombo()->findText(QStringLiteral("Discovery")) >= 0);
        next->reject();
    }

    // My Tasks lists it; Show Message opens its conversation in the main window.
    inbox->showView(ui::InboxWindow::View::MyTasks);
    ui::TasksView *mine = inbox->myTasks();
    TasksModel *mineModel = mine->feed()->model();
    REQUIRE(waitFor([&] { return mineModel->rowOf(task->id) >= 0; }));
    QTreeView *mineTable = mine->view();
    const QModelIndex mineRow
        = qobject_cast<QSortFilterProxyModel *>(mineTable->model())
              ->mapFromSource(mineModel->index(mineModel->rowOf(task->id), 0));
    mineTable->setCurrentIndex(mineRow);
    CHECK(mine->showMessageButton()->isEnabled());
    test::saveScreenshot(inbox, QStringLiteral("ui-my-tasks.png"));
    QTest::mouseClick(mine->showMessageButton(), Qt::LeftButton);
    REQUIRE(
        waitFor([&] { return desk.workspace->selectedConversation() == thread.conversationId; }));
    CHECK(desk.workspace->selectedMatter() == thread.matterId);
    // The main window selects the conversation in its list once the matter's conversations
    // have loaded (showing the Messages page then); wait for that before changing pages.
    REQUIRE(waitFor([&] {
        return desk.window->conversationsView()->currentIndex().data(
                   models::ConversationsModel::IdRole)
            == thread.conversationId;
    }));

    // The matter's Tasks tab: the same task; ticking it done closes it on the server.
    ui::TasksView *tab = desk.window->matterTasksView();
    desk.window->matterPages()->setCurrentWidget(tab);
    TasksModel *tabModel = tab->feed()->model();
    REQUIRE(waitFor([&] { return tabModel->rowOf(task->id) >= 0; }));
    CHECK(tabModel->index(tabModel->rowOf(task->id), TasksModel::ListColumn).data().toString()
        == QStringLiteral("Discovery"));
    test::saveScreenshot(&*desk.window, QStringLiteral("ui-matter-tasks.png"));
    auto *tabSorted = qobject_cast<QSortFilterProxyModel *>(tab->view()->model());
    const QModelIndex doneBox = tabSorted->mapFromSource(
        tabModel->index(tabModel->rowOf(task->id), TasksModel::DoneColumn));
    REQUIRE(tabSorted->setData(doneBox, Qt::Checked, Qt::CheckStateRole) == false);
    REQUIRE(waitFor([&] { return tabModel->rowOf(task->id) < 0; }));
    const std::optional<protocol::Task> closed
        = taskFrom(*desk.api, thread.matterId, request.id, true);
    REQUIRE(closed);
    CHECK(closed->isDone());
    CHECK_FALSE(taskFrom(*desk.api, thread.matterId, request.id).has_value());
    tab->showDoneBox()->setChecked(true);
    REQUIRE(waitFor([&] { return tabModel->rowOf(task->id) >= 0; }));
    CHECK(tabModel->index(tabModel->rowOf(task->id), TasksModel::DoneColumn)
              .data(Qt::CheckStateRole)
              .toInt()
        == Qt::Checked);
    // My Tasks heard of it too (the same session's change).
    CHECK(mineModel->rowOf(task->id) < 0);
}

TEST_CASE("Save Attachment as Document: a client's file becomes a document of the matter with "
          "version 1")
{
    InboxDesk desk;
    const InboxDesk::Thread &thread = desk.threads.at(0);
    const QByteArray lease = QByteArray("Signed lease, page 1 of 3. ").repeated(400);
    const QByteArray photo = QByteArray("\x89PNG fake photo bytes ").repeated(300);
    const protocol::Message two = desk.clientWrites(thread,
        QStringLiteral("Here are the signed lease and a photo of the damage."),
        { desk.clientFile(thread, lease, QStringLiteral("Signed lease.pdf")),
            desk.clientFile(thread, photo, QStringLiteral("Damage photo.png")) });
    REQUIRE(two.attachments.size() == 2);
    const protocol::Message one = desk.clientWrites(thread, QStringLiteral("And the receipt."),
        { desk.clientFile(thread, QByteArray("Receipt 2026-03"), QStringLiteral("Receipt.pdf")) });
    ui::InboxWindow *inbox = desk.openInbox();
    ui::InboxActions *actions = inbox->actions();
    QSignalSpy saved(actions, &ui::InboxActions::documentSaved);
    QSignalSpy notices(actions, &ui::InboxActions::notice);

    // Several files: the menu asks which.
    inbox->table()->selectMessages({ two.id });
    std::unique_ptr<QMenu> menu(actions->contextMenu(inbox));
    auto *choose = menu->findChild<QMenu *>(QStringLiteral("saveAttachmentMenu"));
    REQUIRE(choose);
    REQUIRE(choose->actions().size() == 2);
    CHECK(choose->actions().at(0)->text() == QStringLiteral("Signed lease.pdf"));
    const QRect row = inbox->table()->visualRect(
        inbox->table()->sortedModel()->index(inbox->table()->viewRowOf(two.id), 0));
    menu->popup(inbox->table()->viewport()->mapToGlobal(row.center()));
    QTest::qWait(200);
    choose->popup(menu->actionGeometry(choose->menuAction()).topRight() + menu->pos());
    QTest::qWait(200);
    test::saveScreenGrab(inbox, choose, QStringLiteral("ui-team-inbox-menu.png"));
    choose->close();
    menu->close();
    choose->actions().at(0)->trigger();
    REQUIRE(waitFor([&] { return saved.count() == 1; }));
    const auto document = saved.first().at(0).value<protocol::Document>();
    CHECK(document.matterId == thread.matterId);
    CHECK(document.name == QStringLiteral("Signed lease.pdf"));
    REQUIRE(document.versions.size() == 1);
    CHECK(document.versions.first().number == 1);
    CHECK(document.versions.first().sha256 == two.attachments.at(0).sha256);
    CHECK(document.versions.first().size == lease.size());
    CHECK(notices.last().at(0).toString().contains(thread.matterNumber));

    // One file: the menu names it.
    inbox->table()->selectMessages({ one.id });
    menu.reset(actions->contextMenu(inbox));
    auto *single = menu->findChild<QAction *>(QStringLiteral("saveAttachmentAction"));
    REQUIRE(single);
    CHECK(single->text().contains(QStringLiteral("Receipt.pdf")));
    // A text-only message offers nothing to save.
    const protocol::Message text = desk.clientWrites(thread, QStringLiteral("No files here."));
    desk.workspace->inbox()->refresh();
    desk.waitLoaded();
    inbox->table()->selectMessages({ text.id });
    menu.reset(actions->contextMenu(inbox));
    auto *none = menu->findChild<QMenu *>(QStringLiteral("saveAttachmentMenu"));
    REQUIRE(none);
    CHECK_FALSE(none->isEnabled());
    // A file the message does not carry is refused and said so; nothing is made.
    inbox->table()->selectMessages({ one.id });
    protocol::Attachment stranger = one.attachments.first();
    stranger.sha256 = QString(64, QLatin1Char('a'));
    actions->saveAsDocument(stranger);
    REQUIRE(waitFor(
        [&] { return notices.last().at(0).toString().contains(QStringLiteral("not saved")); }));
    CHECK(saved.count() == 1);

    // All Files of the matter lists it, version 1.
    desk.window->openMessage(thread.conversationId, two.id);
    REQUIRE(waitFor([&] { return desk.workspace->selectedMatter() == thread.matterId; }));
    models::DocumentsModel *files = desk.window->allFilesPane()->model();
    REQUIRE(waitFor([&] { return files->isLoaded() && files->rowOf(document.id) >= 0; }));
    const QModelIndex listed = files->index(files->rowOf(document.id), 0);
    CHECK(listed.data(models::DocumentsModel::NameRole).toString()
        == QStringLiteral("Signed lease.pdf"));
    CHECK(listed.data(models::DocumentsModel::VersionRole).toInt() == 1);
}
