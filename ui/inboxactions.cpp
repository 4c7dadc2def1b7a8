// InboxActions: bulk actions on the selection, undo, and the per-message menu.
#include "inboxactions.h"

#include "assigndialog.h"
#include "errortext.h"
#include "inboxtable.h"
#include "sync/workspace.h"
#include "taskdialog.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSet>
#include <algorithm>
#include <utility>

namespace parley::ui {

InboxActions::InboxActions(sync::Workspace *workspace, InboxTable *table, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_table(table)
    , m_window(window)
{
    m_read = make(tr("Mark &Read"), QStringLiteral("markReadAction"),
        tr("Mark the selected messages read, for you (the client is not told)"));
    m_unread = make(tr("Mark &Unread"), QStringLiteral("markUnreadAction"),
        tr("Mark the selected messages unread, for you"));
    m_todo = make(tr("Mark To-&Do"), QStringLiteral("markTodoAction"),
        tr("Flag the selected messages as something to do"));
    m_todo->setIcon(QIcon(QStringLiteral(":/icons/todo.svg")));
    m_done = make(tr("Mark Do&ne"), QStringLiteral("markDoneAction"),
        tr("Mark the selected messages' to-do done"));
    m_done->setIcon(QIcon(QStringLiteral(":/icons/done.svg")));
    m_clearTodo = make(
        tr("&Clear To-Do Mark"), QStringLiteral("clearTodoAction"), tr("Neither to-do nor done"));
    m_assign = make(tr("&Assign To…"), QStringLiteral("assignAction"),
        tr("Choose the colleague who answers the selected messages' conversations"));
    m_trash = make(tr("Move to &Trash"), QStringLiteral("trashAction"),
        tr("Hide the selected messages in your inbox (Delete); nothing is deleted, and "
           "colleagues still see them"));
    m_trash->setIcon(QIcon(QStringLiteral(":/icons/trash.svg")));
    m_restore = make(tr("Re&store"), QStringLiteral("restoreAction"),
        tr("Put the selected messages back in the inbox"));
    m_undo = make(tr("&Undo"), QStringLiteral("undoInboxAction"), {});
    m_undo->setShortcut(QKeySequence::Undo);
    m_open = make(tr("&Open Conversation"), QStringLiteral("openConversationAction"),
        tr("Show the message in its conversation in the main window (Enter)"));
    m_task = make(tr("Create Tas&k…"), QStringLiteral("createTaskAction"),
        tr("Make a task from this message; the task links back to it"));

    connect(m_read, &QAction::triggered, this, [this] { run(QStringLiteral("read")); });
    connect(m_unread, &QAction::triggered, this, [this] { run(QStringLiteral("unread")); });
    connect(m_todo, &QAction::triggered, this, [this] { run(QStringLiteral("todo")); });
    connect(m_done, &QAction::triggered, this, [this] { run(QStringLiteral("done")); });
    connect(m_clearTodo, &QAction::triggered, this, [this] { run(QStringLiteral("clear_todo")); });
    connect(m_assign, &QAction::triggered, this, &InboxActions::assignSelected);
    connect(m_trash, &QAction::triggered, this, [this] { run(QStringLiteral("trash")); });
    connect(m_restore, &QAction::triggered, this, [this] { run(QStringLiteral("restore")); });
    connect(m_undo, &QAction::triggered, this, &InboxActions::undo);
    connect(m_open, &QAction::triggered, this, [this] {
        if (const std::optional<protocol::InboxItem> item = m_table->currentItem())
            Q_EMIT openRequested(item->message.conversationId, item->message.id);
    });
    connect(m_task, &QAction::triggered, this, &InboxActions::createTask);
    connect(table, &InboxTable::trashRequested, this, [this] {
        if (m_trash->isEnabled())
            run(QStringLiteral("trash"));
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InboxActions::update);
    connect(
        table->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxActions::update);
    update();
}

QAction *InboxActions::make(const QString &text, const QString &name, const QString &toolTip)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    if (!toolTip.isEmpty())
        action->setToolTip(toolTip);
    m_window->addAction(action); // shortcuts work anywhere in the window
    return action;
}

QList<QAction *> InboxActions::toolbarActions() const
{
    return { m_read, m_unread, nullptr, m_todo, m_done, nullptr, m_assign, nullptr, m_trash,
        m_restore };
}

bool InboxActions::inTrash() const
{
    return m_workspace->inbox()->query().view == QLatin1String("trash");
}

void InboxActions::update()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const bool any = selected > 0;
    for (QAction *action : { m_read, m_unread, m_todo, m_done, m_clearTodo, m_assign })
        action->setEnabled(any);
    m_trash->setEnabled(any && !inTrash());
    m_restore->setEnabled(any && inTrash());
    const bool one = m_table->currentItem().has_value() && any;
    m_open->setEnabled(one);
    m_task->setEnabled(one);
    m_undo->setEnabled(m_last.has_value() && !m_workspace->inbox()->isApplying());
    m_undo->setText(!m_last                            ? tr("&Undo")
            : m_last->action == QLatin1String("trash") ? tr("&Undo Move to Trash")
                                                       : tr("&Undo Restore"));
}

QMenu *InboxActions::contextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("inboxContextMenu"));
    const std::optional<protocol::InboxItem> item = m_table->currentItem();
    menu->addAction(m_open);
    menu->addAction(m_task);
    const QList<protocol::Attachment> files
        = item ? clientFiles(*item) : QList<protocol::Attachment>();
    if (files.size() == 1) {
        QAction *save
            = menu->addAction(tr("Save “%1” as Docu&ment").arg(files.first().name.left(60)));
        save->setObjectName(QStringLiteral("saveAttachmentAction"));
        save->setToolTip(tr("Add the client's file to the matter's documents (All Files)"));
        const protocol::Attachment file = files.first();
        connect(save, &QAction::triggered, this, [this, file] { saveAsDocument(file); });
    } else {
        QMenu *choose = menu->addMenu(tr("Save Attachment as Docu&ment"));
        choose->setObjectName(QStringLiteral("saveAttachmentMenu"));
        choose->setEnabled(!files.isEmpty());
        for (const protocol::Attachment &file : files) {
            QAction *save = choose->addAction(file.name.left(80));
            save->setObjectName(QStringLiteral("saveAttachment-%1").arg(file.id));
            connect(save, &QAction::triggered, this, [this, file] { saveAsDocument(file); });
        }
    }
    menu->addSeparator();
    menu->addAction(m_read);
    menu->addAction(m_unread);
    menu->addAction(m_todo);
    menu->addAction(m_done);
    menu->addAction(m_clearTodo);
    menu->addAction(m_assign);
    menu->addSeparator();
    menu->addAction(inTrash() ? m_restore : m_trash);
    return menu;
}

void InboxActions::run(const QString &action, std::optional<qint64> assignee)
{
    const QList<qint64> ids = m_table->selectedMessageIds();
    if (ids.isEmpty())
        return;
    if (ids.size() > MostAtOnce) {
        Q_EMIT notice(tr("Select at most %1 messages at a time.").arg(MostAtOnce));
        return;
    }
    const bool undoable = action == QLatin1String("trash") || action == QLatin1String("restore");
    runOn(action, ids, assignee, undoable);
}

void InboxActions::runOn(
    const QString &action, const QList<qint64> &ids, std::optional<qint64> assignee, bool undoable)
{
    protocol::InboxAction request;
    request.action = action;
    request.messageIds = ids;
    request.assigneeId = assignee;
    QPointer<InboxActions> self(this);
    m_undo->setEnabled(false);
    m_workspace->inbox()->apply(request,
        [self, action, ids, undoable](protocol::Result<QList<protocol::InboxItem>> answer) {
            if (!self)
                return;
            if (!answer) {
                Q_EMIT self->notice(
                    tr("Nothing was changed. %1")
                        .arg(ErrorText::describe(answer.error(), self->m_workspace->serverUrl())));
                self->update();
                return;
            }
            if (undoable)
                self->m_last = Undoable { action, ids };
            Q_EMIT self->notice(self->doneText(action, int(ids.size())));
            self->update();
        });
}

QString InboxActions::doneText(const QString &action, int count) const
{
    const QString undo = m_undo->shortcut().toString(QKeySequence::NativeText);
    // The count in brackets, so that no language needs a plural here.
    if (action == QLatin1String("read"))
        return tr("Marked read (%L1).").arg(count);
    if (action == QLatin1String("unread"))
        return tr("Marked unread (%L1).").arg(count);
    if (action == QLatin1String("todo"))
        return tr("Marked to-do (%L1).").arg(count);
    if (action == QLatin1String("done"))
        return tr("Marked done (%L1).").arg(count);
    if (action == QLatin1String("clear_todo"))
        return tr("To-do mark cleared (%L1).").arg(count);
    if (action == QLatin1String("assign"))
        return tr("Assigned (%L1).").arg(count);
    if (action == QLatin1String("trash"))
        return tr("Moved to Trash, for you only (%L1). %2 undoes it.").arg(count).arg(undo);
    if (action == QLatin1String("restore"))
        return tr("Restored to the inbox (%L1). %2 undoes it.").arg(count).arg(undo);
    return {};
}

void InboxActions::undo()
{
    if (!m_last || m_workspace->inbox()->isApplying())
        return;
    const Undoable last = *std::exchange(m_last, std::nullopt);
    const QString inverse = last.action == QLatin1String("trash") ? QStringLiteral("restore")
                                                                  : QStringLiteral("trash");
    runOn(inverse, last.ids, std::nullopt, false);
}

AssignDialog *InboxActions::assignSelected()
{
    const QList<protocol::InboxItem> items = m_table->selectedItems();
    if (items.isEmpty() || !m_window)
        return nullptr;
    // Colleagues on every matter concerned, by name (the user among them when on them all).
    QSet<qint64> conversations;
    QSet<qint64> assignees;
    std::optional<QSet<qint64>> common;
    QHash<qint64, protocol::User> people;
    for (const protocol::InboxItem &item : items) {
        conversations.insert(item.message.conversationId);
        assignees.insert(item.assigneeId.value_or(0));
        QSet<qint64> staff;
        if (const auto matter = m_workspace->matters()->matter(item.matterId)) {
            for (const protocol::User &person : matter->staff) {
                staff.insert(person.id);
                people.insert(person.id, person);
            }
        }
        if (common)
            common->intersect(staff);
        else
            common = staff;
    }
    QList<protocol::User> offered;
    const qint64 self = m_workspace->user().id;
    if (common && common->contains(self))
        offered.append(people.value(self));
    QList<protocol::User> others;
    for (qint64 id : common.value_or(QSet<qint64>())) {
        if (id != self)
            others.append(people.value(id));
    }
    std::sort(others.begin(), others.end(), [](const protocol::User &a, const protocol::User &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    offered += others;
    const std::optional<qint64> current = assignees.size() == 1 && *assignees.begin() != 0
        ? std::optional<qint64>(*assignees.begin())
        : std::nullopt;
    auto *dialog
        = new AssignDialog(offered, self, int(conversations.size()), current, m_window.data());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<qint64> ids = m_table->selectedMessageIds();
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, ids] { runOn(QStringLiteral("assign"), ids, dialog->assignee(), false); });
    dialog->open();
    Q_EMIT assignDialogOpened(dialog);
    return dialog;
}

TaskDialog *InboxActions::createTask()
{
    const std::optional<protocol::InboxItem> item = m_table->currentItem();
    if (!item || !m_window)
        return nullptr;
    auto *dialog = new TaskDialog(m_workspace, *item, std::nullopt, m_window.data());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TaskDialog::created, this, [this](const protocol::Task &task) {
        Q_EMIT notice(tr("Task “%1” created. It is listed under Tasks on matter %2.")
                          .arg(task.name, task.matterNumber));
    });
    dialog->open();
    Q_EMIT taskDialogOpened(dialog);
    return dialog;
}

QList<protocol::Attachment> InboxActions::clientFiles(const protocol::InboxItem &item)
{
    QList<protocol::Attachment> files;
    if (!item.fromClient)
        return files;
    for (const protocol::Attachment &file : item.message.attachments) {
        if (file.mode == QLatin1String("file") && !file.sha256.isEmpty())
            files.append(file);
    }
    return files;
}

void InboxActions::saveAsDocument(const protocol::Attachment &file)
{
    const std::optional<protocol::InboxItem> item = m_table->currentItem();
    if (!item)
        return;
    const QString number = item->matterNumber;
    QPointer<InboxActions> self(this);
    m_workspace->api()->saveAsDocument(item->message.id, file.sha256, file.name,
        [self, number, name = file.name](protocol::Result<protocol::Document> document) {
            if (!self)
                return;
            if (!document) {
                Q_EMIT self->notice(
                    tr("“%1” was not saved as a document. %2")
                        .arg(name,
                            ErrorText::describe(document.error(), self->m_workspace->serverUrl())));
                return;
            }
            Q_EMIT self->notice(tr("Saved “%1” to the documents of matter %2 (All Files).")
                                    .arg(document->name, number));
            Q_EMIT self->documentSaved(document.value());
        });
}

} // namespace parley::ui
