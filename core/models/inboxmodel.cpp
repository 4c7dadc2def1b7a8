// InboxModel: rows of the team inbox, merged in place, with waiting times and excerpts.
#include "inboxmodel.h"

#include "documentsmodel.h"

#include <QLocale>
#include <QSet>

namespace parley::models {

namespace {

QList<InboxRow> rowsOf(const QList<protocol::InboxItem> &items)
{
    QList<InboxRow> rows;
    rows.reserve(items.size());
    for (const protocol::InboxItem &item : items)
        rows.append(InboxRow { item.message.id, item });
    return rows;
}

} // namespace

InboxModel::InboxModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::InboxItem &item = m_rows.at(index.row()).item;
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MatterColumn:
            return tr("%1 %2").arg(item.matterNumber, item.matterTitle);
        case MessageColumn:
            return tr("%1\n%2").arg(item.conversationTitle, excerpt(item, 600));
        case ReceivedColumn:
            return DocumentsModel::timeText(item.message.createdAt);
        case WaitingColumn:
            return item.waitingSince.isValid()
                ? tr("The client has waited for an answer since %1.")
                      .arg(DocumentsModel::timeText(item.waitingSince))
                : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == WaitingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return item.message.id;
    case ConversationIdRole:
        return item.message.conversationId;
    case MatterIdRole:
        return item.matterId;
    case UnreadRole:
        return item.unread;
    case TodoRole:
        return item.todo;
    case TrashedRole:
        return item.trashed;
    case FromClientRole:
        return item.fromClient;
    case AssigneeIdRole:
        return item.assigneeId ? QVariant(*item.assigneeId) : QVariant();
    case WaitingSinceRole:
        return item.waitingSince;
    case WaitingSecondsRole:
        return waitingSeconds(item);
    case ReceivedRole:
        return item.message.createdAt;
    case ExcerptRole:
        return excerpt(item);
    case FileCountRole:
        return int(item.message.attachments.size());
    case SortRole:
        return sortValue(item, index.column());
    default:
        return {};
    }
}

QVariant InboxModel::display(const protocol::InboxItem &item, int column) const
{
    switch (column) {
    case FromColumn:
        return item.senderName.isEmpty() ? item.message.senderName : item.senderName;
    case MatterColumn:
        return tr("%1 %2").arg(item.matterNumber, item.matterTitle);
    case MessageColumn:
        return excerpt(item);
    case ReceivedColumn:
        return receivedText(item.message.createdAt, m_now);
    case WaitingColumn: {
        const qint64 seconds = waitingSeconds(item);
        return seconds < 0 ? QString() : waitingText(seconds);
    }
    case AssigneeColumn:
        return assigneeName(item);
    case TodoColumn:
        if (item.todo == QLatin1String("todo"))
            return tr("To-do");
        if (item.todo == QLatin1String("done"))
            return tr("Done");
        return {};
    }
    return {};
}

QVariant InboxModel::sortValue(const protocol::InboxItem &item, int column) const
{
    switch (column) {
    case FromColumn:
        return display(item, column).toString().toCaseFolded();
    case MatterColumn:
        return item.matterNumber;
    case MessageColumn:
        return excerpt(item).toCaseFolded();
    case ReceivedColumn:
        return item.message.createdAt;
    case WaitingColumn:
        return waitingSeconds(item);
    case AssigneeColumn:
        return assigneeName(item).toCaseFolded();
    case TodoColumn:
        // Open to-dos first when sorted descending, then done, then nothing.
        return protocol::InboxItem::todoMarks().size()
            - protocol::InboxItem::todoMarks().indexOf(item.todo);
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FromColumn:
        return tr("From");
    case MatterColumn:
        return tr("Matter");
    case MessageColumn:
        return tr("Message");
    case ReceivedColumn:
        return tr("Received");
    case WaitingColumn:
        return tr("Waiting");
    case AssigneeColumn:
        return tr("Assigned To");
    case TodoColumn:
        return tr("To-Do");
    }
    return {};
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(ConversationIdRole, "conversationId");
    names.insert(MatterIdRole, "matterId");
    names.insert(UnreadRole, "unread");
    names.insert(TodoRole, "todo");
    names.insert(TrashedRole, "trashed");
    names.insert(FromClientRole, "fromClient");
    names.insert(AssigneeIdRole, "assigneeId");
    names.insert(WaitingSinceRole, "waitingSince");
    names.insert(WaitingSecondsRole, "waitingSeconds");
    names.insert(ReceivedRole, "received");
    names.insert(ExcerptRole, "excerpt");
    names.insert(FileCountRole, "fileCount");
    return names;
}

void InboxModel::setItems(const QList<protocol::InboxItem> &items)
{
    replaceRows(rowsOf(items));
}

void InboxModel::appendItems(const QList<protocol::InboxItem> &items)
{
    appendRows(rowsOf(items));
}

void InboxModel::updateItems(const QList<protocol::InboxItem> &items)
{
    for (const protocol::InboxItem &item : items) {
        const int row = rowOf(item.message.id);
        if (row < 0 || m_rows.at(row).item == item)
            continue;
        m_rows[row].item = item;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void InboxModel::removeMessages(const QList<qint64> &messageIds)
{
    const QSet<qint64> gone(messageIds.begin(), messageIds.end());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!gone.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void InboxModel::setPeopleNames(const QHash<qint64, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AssigneeColumn), index(rowCount() - 1, AssigneeColumn));
}

void InboxModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, WaitingColumn), index(rowCount() - 1, WaitingColumn));
}

qint64 InboxModel::waitingSeconds(const protocol::InboxItem &item) const
{
    // Only the client's messages the firm has not answered yet: older ones were answered.
    if (!item.waitingSince.isValid() || item.message.createdAt < item.waitingSince)
        return -1;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    return std::max<qint64>(0, item.waitingSince.secsTo(now));
}

QString InboxModel::assigneeName(const protocol::InboxItem &item) const
{
    if (!item.assigneeId)
        return {};
    const QString name = m_names.value(*item.assigneeId);
    return name.isEmpty() ? tr("A colleague") : name;
}

QString InboxModel::receivedText(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    const QDate today
        = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    if (local.date() == today)
        return QLocale().toString(local.time(), tr("HH:mm", "when a message came today"));
    if (local.date().year() == today.year())
        return QLocale().toString(local, tr("d MMM, HH:mm", "when a message came this year"));
    return QLocale().toString(local.date(), tr("d MMM yyyy", "when a message came before"));
}

QString InboxModel::waitingText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 1)
        return tr("< 1 min");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString InboxModel::excerpt(const protocol::InboxItem &item, int chars)
{
    QString text = item.message.body.simplified();
    if (text.isEmpty() && !item.message.attachments.isEmpty()) {
        QStringList names;
        for (const protocol::Attachment &file : item.message.attachments)
            names.append(file.name);
        text = tr("Files: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (item.message.kind == QLatin1String("status"))
        text = tr("Status: %1").arg(text);
    if (text.size() <= chars)
        return text;
    // Cut at a word where there is one near the end.
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), chars);
    if (cut < chars * 3 / 4)
        cut = chars;
    return text.left(cut).trimmed() + QChar(0x2026);
}

} // namespace parley::models
