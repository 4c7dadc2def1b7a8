// InboxActions: what the team inbox can do with the selected messages: the bulk toolbar's
// Mark Read/Unread, Mark To-Do/Done, Assign To…, Move to Trash and Restore (acting on exactly
// the selected rows), Undo of the last trash or restore, and the context menu of a message
// (Open Conversation, Create Task…, Save Attachment as Document, Clear To-Do).
#pragma once

#include "protocol/document.h"
#include "protocol/inboxitem.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace parley::sync {
class Workspace;
}

namespace parley::ui {

class AssignDialog;
class InboxTable;
class TaskDialog;

class InboxActions : public QObject
{
    Q_OBJECT

public:
    static constexpr int MostAtOnce = 500; // the server's limit for one action

    // workspace and table are not owned; window parents dialogs and holds the shortcuts.
    InboxActions(sync::Workspace *workspace, InboxTable *table, QWidget *window);

    // For the toolbar, in order; nullptr where a separator goes.
    QList<QAction *> toolbarActions() const;
    QAction *undoAction() const { return m_undo; }
    QAction *openAction() const { return m_open; }
    // The menu for the selection (built fresh each time; the caller owns it).
    QMenu *contextMenu(QWidget *parent);

    // Runs an action ("read", "todo", "trash", ...) on exactly the selected messages.
    void run(const QString &action, std::optional<qint64> assignee = std::nullopt);
    // Assign To…: asks whom (the dialog opens; accepted, it assigns).
    AssignDialog *assignSelected();
    void undo();
    // Create Task… for the current message.
    TaskDialog *createTask();
    // Saves a client's file of the current message as a document of its matter.
    void saveAsDocument(const protocol::Attachment &file);
    // The client files of an item that can become documents.
    static QList<protocol::Attachment> clientFiles(const protocol::InboxItem &item);
    // Enables what the selection and the view allow.
    void update();

Q_SIGNALS:
    // Something finished or failed, said in a sentence (the status bar shows it).
    void notice(const QString &text);
    void openRequested(qint64 conversationId, qint64 messageId);
    void taskDialogOpened(parley::ui::TaskDialog *dialog);
    void assignDialogOpened(parley::ui::AssignDialog *dialog);
    void documentSaved(const parley::protocol::Document &document);

private:
    QAction *make(const QString &text, const QString &name, const QString &toolTip);
    void runOn(const QString &action, const QList<qint64> &ids, std::optional<qint64> assignee,
        bool undoable);
    QString doneText(const QString &action, int count) const;
    bool inTrash() const;

    sync::Workspace *m_workspace;
    InboxTable *m_table;
    QPointer<QWidget> m_window;
    QAction *m_read;
    QAction *m_unread;
    QAction *m_todo;
    QAction *m_done;
    QAction *m_clearTodo;
    QAction *m_assign;
    QAction *m_trash;
    QAction *m_restore;
    QAction *m_undo;
    QAction *m_open;
    QAction *m_task;
    // What Undo reverses: the last trash or restore.
    struct Undoable
    {
        QString action;
        QList<qint64> ids;
    };
    std::optional<Undoable> m_last;
};

} // namespace parley::ui
