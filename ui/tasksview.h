// TasksView: a list of tasks: a matter's (its Tasks tab) or the user's (My Tasks in the team
// inbox). Each row ticks done, shows its due date (overdue in red), assignee, matter and list;
// Show Message (or a double-click) opens the message a task came from; New Task… (a matter's
// list) opens the task dialog. Loads when shown; follows the session's task changes.
#pragma once

#include "protocol/matter.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace parley::sync {
class TaskFeed;
class Workspace;
} // namespace parley::sync

namespace parley::ui {

class TaskDialog;

class TasksView : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { Matter, Mine };

    // workspace is not owned and must outlive the view.
    TasksView(sync::Workspace *workspace, Scope scope, QWidget *parent = nullptr);

    // The matter whose tasks show (Matter scope); none shows nothing.
    void setMatter(const std::optional<protocol::Matter> &matter);

    sync::TaskFeed *feed() const { return m_feed; }
    QTreeView *view() const { return m_view; }
    QLabel *stateLabel() const { return m_state; }
    QCheckBox *showDoneBox() const { return m_showDone; }
    QPushButton *showMessageButton() const { return m_showMessage; }
    QPushButton *newTaskButton() const { return m_newTask; }

    // Opens the message the selected task came from (showMessageRequested).
    void showSelectedMessage();
    // New Task… on the matter shown.
    TaskDialog *newTask();

Q_SIGNALS:
    void showMessageRequested(qint64 conversationId, qint64 messageId);
    void taskDialogOpened(parley::ui::TaskDialog *dialog);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateState();
    void updateButtons();
    void updateNames();
    std::optional<int> selectedRow() const;

    sync::Workspace *m_workspace;
    Scope m_scope;
    sync::TaskFeed *m_feed;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_view;
    QStackedWidget *m_pages;
    QLabel *m_heading;
    QLabel *m_state;
    QCheckBox *m_showDone;
    QPushButton *m_showMessage;
    QPushButton *m_newTask;
    std::optional<protocol::Matter> m_matter;
    QString m_error;
};

} // namespace parley::ui
