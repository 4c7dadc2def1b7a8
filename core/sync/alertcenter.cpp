// Alerts from messages.
#include "alertcenter.h"

#include <QRegularExpression>

namespace parley::sync {

QString AlertCenter::Alert::title() const
{
    switch (kind) {
    case Kind::Reply:
        return AlertCenter::tr("%1 replied").arg(who);
    case Kind::Upload:
        return AlertCenter::tr("%1 sent files").arg(who);
    case Kind::Read:
        return AlertCenter::tr("%1 read your messages").arg(who);
    case Kind::Mention:
        return AlertCenter::tr("%1 mentioned you").arg(who);
    }
    return who;
}

AlertCenter::AlertCenter(QObject *parent)
    : QAbstractListModel(parent)
{ }

int AlertCenter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertCenter::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return alert.title();
    case PreviewRole:
    case Qt::ToolTipRole:
        return alert.text;
    case KindRole:
        return QVariant::fromValue(alert.kind);
    case TimeRole:
        return alert.at;
    case UnreadRole:
        return alert.unread;
    case ConversationIdRole:
        return alert.conversationId;
    case MessageIdRole:
        return alert.messageId;
    case ProtectedRole:
        return alert.protectedContent;
    default:
        return {};
    }
}

std::optional<AlertCenter::Alert> AlertCenter::alertFor(
    const protocol::Message &message, const Context &context) const
{
    if (message.senderId == context.userId || message.deleted)
        return std::nullopt;
    const bool someoneElses = context.assigneeId && *context.assigneeId != context.userId;
    Alert alert;
    alert.messageId = message.id;
    alert.conversationId = message.conversationId;
    alert.who = message.senderName;
    alert.at = message.createdAt;
    alert.protectedContent = context.requiresMfa.value_or(true);
    if (message.kind == QLatin1String("event")) {
        if (message.event.value(QLatin1String("type")).toString() != QLatin1String("read")
            || !context.senderIsClient || someoneElses)
            return std::nullopt;
        alert.kind = Kind::Read;
        return alert;
    }
    QStringList files;
    for (const protocol::Attachment &file : message.attachments)
        files.append(file.name);
    alert.text = message.body;
    if (!files.isEmpty())
        alert.text += (alert.text.isEmpty() ? QString() : QStringLiteral("\n"))
            + files.join(QStringLiteral(", "));
    if (context.senderIsClient) {
        if (someoneElses)
            return std::nullopt;
        alert.kind = files.isEmpty() ? Kind::Reply : Kind::Upload;
        return alert;
    }
    // A colleague's "@Name" for the user.
    if (!context.userName.isEmpty()
        && message.body.contains(QLatin1Char('@') + context.userName, Qt::CaseInsensitive)) {
        alert.kind = Kind::Mention;
        return alert;
    }
    return std::nullopt;
}

void AlertCenter::consider(const protocol::Message &message, const Context &context, bool live)
{
    for (const Alert &known : std::as_const(m_alerts)) {
        if (known.messageId == message.id)
            return;
    }
    const std::optional<Alert> alert = alertFor(message, context);
    if (!alert)
        return;
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(*alert);
    endInsertRows();
    Q_EMIT unreadCountChanged(unreadCount());
    if (live)
        Q_EMIT raised(*alert);
}

int AlertCenter::unreadCount() const
{
    return int(std::count_if(
        m_alerts.begin(), m_alerts.end(), [](const Alert &alert) { return alert.unread; }));
}

void AlertCenter::markRead(int row)
{
    if (row < 0 || row >= m_alerts.size() || !m_alerts.at(row).unread)
        return;
    m_alerts[row].unread = false;
    Q_EMIT dataChanged(index(row), index(row), { UnreadRole });
    Q_EMIT unreadCountChanged(unreadCount());
}

void AlertCenter::markAllRead()
{
    for (int row = 0; row < m_alerts.size(); ++row)
        markRead(row);
}

void AlertCenter::clear()
{
    if (m_alerts.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_alerts.size()) - 1);
    m_alerts.clear();
    endRemoveRows();
    Q_EMIT unreadCountChanged(0);
}

} // namespace parley::sync
