// TaskDialog: New Task from a client's message (or on a matter): the name (prefilled from the
// message's first line), the matter (the message's), a task list of the matter (existing ones
// offered, a new name allowed), the assignee (the matter's staff, the user first chosen), an
// optional due date, and the message's excerpt so the link is plain. OK creates the task on
// the server; a refusal stays in the dialog, said so the user can act on it.
#pragma once

#include "protocol/inboxitem.h"
#include "protocol/task.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace parley::sync {
class Workspace;
}

namespace parley::ui {

class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int NameFromMessageChars = 80;

    // workspace is not owned and must outlive the dialog. from: the message the task comes
    // from (its matter is the task's); without one, matterId chooses the matter shown first.
    TaskDialog(sync::Workspace *workspace, const std::optional<protocol::InboxItem> &from,
        std::optional<qint64> matterId = std::nullopt, QWidget *parent = nullptr);

    // What OK asks the server for.
    protocol::TaskInput request() const;
    // Creates the task; the dialog closes once the server made it.
    void create();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *matterCombo() const { return m_matter; }
    QComboBox *listCombo() const { return m_list; }
    QComboBox *assigneeCombo() const { return m_assignee; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QLabel *errorLabel() const { return m_error; }
    // True once the matter's existing task lists were asked for and answered.
    bool listsLoaded() const { return m_listsLoaded; }

    // A task name from a message: its first non-empty line, cut at a word near `chars`.
    static QString nameFrom(const QString &body, int chars = NameFromMessageChars);
    // What a person should read when the server refuses the task.
    static QString describe(const protocol::Error &error, const QUrl &server);

Q_SIGNALS:
    void created(const parley::protocol::Task &task);

private:
    void fillMatters(std::optional<qint64> matterId);
    void matterChanged();
    void loadLists(qint64 matterId);
    QWidget *buildExcerpt(const protocol::InboxItem &from);

    sync::Workspace *m_workspace;
    std::optional<protocol::InboxItem> m_from;
    bool m_busy = false;
    bool m_listsLoaded = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_matter = nullptr;
    QComboBox *m_list = nullptr;
    QComboBox *m_assignee = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace parley::ui
