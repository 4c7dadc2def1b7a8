// InboxWindow: the Team Inbox, a window of its own: on the left the views (Inbox, Sent, Trash,
// Awaiting Reply, My Tasks); on top the search and filters; in the middle the messages of
// every client conversation the user may see (bold while unread), with the bulk actions'
// toolbar and a context menu per message; empty states say why nothing shows. Opening a
// message selects its conversation in the main window.
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace parley::sync {
class Workspace;
}

namespace parley::ui {

class InboxActions;
class InboxFilterBar;
class InboxTable;
class TasksView;

class InboxWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Inbox, Sent, Trash, Waiting, MyTasks };
    Q_ENUM(View)

    // workspace is not owned and must outlive the window.
    explicit InboxWindow(sync::Workspace *workspace, QWidget *parent = nullptr);

    void showView(View view);
    View view() const;

    InboxTable *table() const { return m_table; }
    InboxFilterBar *filterBar() const { return m_filters; }
    InboxActions *actions() const { return m_actions; }
    TasksView *myTasks() const { return m_tasks; }
    QListWidget *viewList() const { return m_views; }
    QToolBar *toolbar() const { return m_toolbar; }
    QLabel *emptyLabel() const { return m_empty; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    QLabel *countLabel() const { return m_count; }

Q_SIGNALS:
    // Open Conversation, Enter, a double-click, or Show Message of a task.
    void openRequested(qint64 conversationId, qint64 messageId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildMessagesPage();
    void buildViews();
    void queryChanged();
    void updateState();
    void updateCount();
    void updateNames();
    void showContextMenu(const QPoint &position);

    sync::Workspace *m_workspace;
    QListWidget *m_views = nullptr;
    InboxFilterBar *m_filters = nullptr;
    InboxTable *m_table = nullptr;
    InboxActions *m_actions = nullptr;
    TasksView *m_tasks = nullptr;
    QStackedWidget *m_pages = nullptr; // messages | My Tasks
    QStackedWidget *m_listOrEmpty = nullptr;
    QWidget *m_messagesPage = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_clearFilters = nullptr; // under the empty state while filtering
    QLabel *m_count = nullptr;
    QToolBar *m_toolbar = nullptr;
    QTimer *m_tick = nullptr; // moves the waiting times on
    QString m_error;
};

} // namespace parley::ui
