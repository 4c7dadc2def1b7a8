// TasksModel: task rows in the server's order, merged in place; Done asks, not sets.
#include "tasksmodel.h"

#include <QLocale>
#include <algorithm>
#include <limits>

namespace parley::models {

TasksModel::TasksModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

int TasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TasksModel::before(const protocol::Task &a, const protocol::Task &b)
{
    if (a.isDone() != b.isDone())
        return !a.isDone();
    if (a.dueDate.isValid() != b.dueDate.isValid())
        return a.dueDate.isValid();
    if (a.dueDate != b.dueDate)
        return a.dueDate < b.dueDate;
    return a.id < b.id;
}

QDate TasksModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QVariant TasksModel::display(const protocol::Task &task, int column) const
{
    switch (column) {
    case NameColumn:
        return task.name;
    case DueColumn:
        return task.dueDate.isValid() ? QLocale().toString(task.dueDate, QLocale::ShortFormat)
                                      : QString();
    case AssigneeColumn:
        if (!task.assigneeId)
            return tr("Nobody");
        return m_names.value(*task.assigneeId, tr("A colleague"));
    case MatterColumn:
        return task.matterNumber;
    case ListColumn:
        return task.list;
    }
    return {};
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Task &task = m_rows.at(index.row());
    const bool overdue = !task.isDone() && task.dueDate.isValid() && task.dueDate < today();
    switch (role) {
    case Qt::DisplayRole:
        return display(task, index.column());
    case Qt::CheckStateRole:
        if (index.column() == DoneColumn)
            return task.isDone() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DoneColumn)
            return task.isDone() ? tr("Done on %1. Untick to reopen.")
                                       .arg(QLocale().toString(
                                           task.doneAt.toLocalTime().date(), QLocale::ShortFormat))
                                 : tr("Tick when done.");
        if (index.column() == DueColumn && overdue)
            return tr("Overdue");
        if (index.column() == NameColumn && task.messageId)
            return tr("%1\nMade from a message: Show Message opens it.").arg(task.name);
        return {};
    case IdRole:
        return task.id;
    case DoneRole:
        return task.isDone();
    case DueDateRole:
        return task.dueDate;
    case OverdueRole:
        return overdue;
    case AssigneeIdRole:
        return task.assigneeId ? QVariant(*task.assigneeId) : QVariant();
    case MatterIdRole:
        return task.matterId ? QVariant(*task.matterId) : QVariant();
    case ConversationIdRole:
        return task.conversationId ? QVariant(*task.conversationId) : QVariant();
    case MessageIdRole:
        return task.messageId ? QVariant(*task.messageId) : QVariant();
    case SortRole:
        switch (index.column()) {
        case DoneColumn:
            return task.isDone();
        case DueColumn:
            // No due date sorts after every date.
            return task.dueDate.isValid() ? task.dueDate.toJulianDay()
                                          : std::numeric_limits<qint64>::max();
        default:
            return display(task, index.column()).toString().toCaseFolded();
        }
    default:
        return {};
    }
}

bool TasksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != DoneColumn || role != Qt::CheckStateRole)
        return false;
    const protocol::Task &task = m_rows.at(index.row());
    const bool done = value.value<Qt::CheckState>() == Qt::Checked;
    if (done != task.isDone())
        Q_EMIT doneChangeRequested(task.id, done);
    return false; // the row changes when the server answers
}

Qt::ItemFlags TasksModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DoneColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case NameColumn:
        return tr("Task");
    case DueColumn:
        return tr("Due");
    case AssigneeColumn:
        return tr("Assignee");
    case MatterColumn:
        return tr("Matter");
    case ListColumn:
        return tr("List");
    }
    return {};
}

QHash<int, QByteArray> TasksModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "taskId");
    names.insert(DoneRole, "done");
    names.insert(DueDateRole, "dueDate");
    names.insert(OverdueRole, "overdue");
    names.insert(AssigneeIdRole, "assigneeId");
    names.insert(MatterIdRole, "matterId");
    names.insert(ConversationIdRole, "conversationId");
    names.insert(MessageIdRole, "messageId");
    return names;
}

void TasksModel::setTasks(const QList<protocol::Task> &tasks)
{
    QList<protocol::Task> sorted = tasks;
    std::stable_sort(sorted.begin(), sorted.end(), &TasksModel::before);
    replaceRows(sorted);
}

void TasksModel::upsert(const protocol::Task &task)
{
    QList<protocol::Task> tasks = m_rows;
    const int row = rowOf(task.id);
    if (row >= 0)
        tasks[row] = task;
    else
        tasks.append(task);
    setTasks(tasks);
}

void TasksModel::remove(qint64 taskId)
{
    const int row = rowOf(taskId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void TasksModel::setPeopleNames(const QHash<qint64, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AssigneeColumn), index(rowCount() - 1, AssigneeColumn));
}

} // namespace parley::models
