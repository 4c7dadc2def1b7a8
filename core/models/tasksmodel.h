// TasksModel: tasks, open first, by due date (none last), then as created: a matter's Tasks
// tab or the user's My Tasks. Rows are keyed by task id and merged in place (never a reset).
// Ticking the Done column asks (doneChangeRequested) rather than changing the row: the
// server's answer does that.
#pragma once

#include "keyedrowsmodel.h"
#include "protocol/task.h"

#include <QDate>
#include <QHash>

namespace parley::models {

class TasksModel : public KeyedRowsModel<protocol::Task>
{
    Q_OBJECT

public:
    enum Column {
        DoneColumn,
        NameColumn,
        DueColumn,
        AssigneeColumn,
        MatterColumn,
        ListColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        DoneRole,
        DueDateRole, // QDate, invalid for none
        OverdueRole, // open and due before today
        AssigneeIdRole,
        MatterIdRole,
        ConversationIdRole, // with MessageIdRole: the message the task came from
        MessageIdRole,
        SortRole,
    };
    Q_ENUM(Role)

    explicit TasksModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The server's list (any order): merged in place, in the list's order.
    void setTasks(const QList<protocol::Task> &tasks);
    // One task as the server answered it: updated or inserted at its place.
    void upsert(const protocol::Task &task);
    void remove(qint64 taskId);
    void clear() { removeAllRows(); }

    void setPeopleNames(const QHash<qint64, QString> &names);
    // The day overdue is counted from (tests); invalid: today.
    void setToday(const QDate &today) { m_today = today; }

    // Open first, then by due date (none last), then by id.
    static bool before(const protocol::Task &a, const protocol::Task &b);

Q_SIGNALS:
    void doneChangeRequested(qint64 taskId, bool done);

private:
    QDate today() const;
    QVariant display(const protocol::Task &task, int column) const;

    QHash<qint64, QString> m_names;
    QDate m_today;
};

} // namespace parley::models
