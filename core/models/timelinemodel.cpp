// TimelineModel: sorted upserts, pending rows and their in-place merge; never a reset.
#include "timelinemodel.h"

#include "documentsmodel.h"

#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace parley::models {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const protocol::Message &m = row.message;
    switch (role) {
    case Qt::DisplayRole:
        return m.kind == QLatin1String("event") ? eventText(m) : m.body;
    case BodyRole:
        return m.body;
    case IdRole:
        return m.id;
    case ConversationIdRole:
        return m.conversationId;
    case SenderIdRole:
        return m.senderId;
    case SenderNameRole:
        return m.senderName;
    case KindRole:
        return m.kind;
    case CreatedAtRole:
        return m.createdAt;
    case ClientTxnIdRole:
        return m.clientTxnId;
    case SendStateRole:
        return QVariant::fromValue(row.state);
    case ErrorRole:
        return row.state == SendState::Failed ? row.error.message : QString();
    case ErrorObjectRole:
        return row.state == SendState::Failed ? QVariant::fromValue(row.error) : QVariant();
    case IsOwnRole:
        return m_selfUserId != 0 && m.senderId == m_selfUserId;
    case DeletedRole:
        return m.deleted;
    case ChannelRole:
        return m.channel;
    case ReadByRole:
        return row.state == SendState::Sent ? readBy(m) : QString();
    case EventTextRole:
        return m.kind == QLatin1String("event") ? eventText(m) : QString();
    case AttachmentsTextRole:
        return attachmentsText(m);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(ConversationIdRole, "conversationId");
    names.insert(SenderIdRole, "senderId");
    names.insert(SenderNameRole, "senderName");
    names.insert(BodyRole, "body");
    names.insert(KindRole, "kind");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(ClientTxnIdRole, "clientTxnId");
    names.insert(SendStateRole, "sendState");
    names.insert(ErrorRole, "error");
    names.insert(ErrorObjectRole, "errorObject");
    names.insert(IsOwnRole, "isOwn");
    names.insert(DeletedRole, "deleted");
    names.insert(ChannelRole, "channel");
    names.insert(ReadByRole, "readBy");
    names.insert(EventTextRole, "eventText");
    return names;
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_conversationId && m_prev.has_value() && !m_fetchingOlder;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchingOlder = true;
    Q_EMIT olderMessagesRequested(*m_prev);
}

void TimelineModel::setConversation(std::optional<qint64> conversationId)
{
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_conversationId = conversationId;
    m_readers.clear();
    m_names.clear();
    m_prev.reset();
    m_fetchingOlder = false;
}

void TimelineModel::setOlderHistory(std::optional<qint64> prev)
{
    m_prev = prev;
    m_fetchingOlder = false;
}

int TimelineModel::sentCount() const
{
    const auto firstUnsent = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row &row) { return row.state != SendState::Sent; });
    return int(firstUnsent - m_rows.cbegin());
}

int TimelineModel::sortedRow(const protocol::Message &message) const
{
    const auto sentEnd = m_rows.cbegin() + sentCount();
    const auto it = std::lower_bound(m_rows.cbegin(), sentEnd, message.id,
        [](const Row &row, qint64 id) { return row.message.id < id; });
    return int(it - m_rows.cbegin());
}

void TimelineModel::moveToSortedPlace(int row)
{
    // The row is Sent; the sent prefix must stay ordered by id.
    Row moving = m_rows.takeAt(row);
    const int target = sortedRow(moving.message);
    m_rows.insert(row, std::move(moving));
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_rows.move(row, target);
    endMoveRows();
}

bool TimelineModel::upsert(const protocol::Message &message)
{
    if (!m_conversationId || message.conversationId != *m_conversationId)
        return false;

    int row = rowOfId(message.id);
    if (row < 0 && !message.clientTxnId.isEmpty()) {
        row = rowOfTxn(message.clientTxnId);
        if (row >= 0 && m_rows.at(row).state == SendState::Sent)
            row = -1; // a stored message with another id: not our echo
    }
    if (row >= 0) {
        Row &existing = m_rows[row];
        if (existing.state == SendState::Sent && existing.message == message)
            return true;
        const bool wasSent = existing.state == SendState::Sent;
        existing.message = message;
        existing.state = SendState::Sent;
        existing.error = {};
        Q_EMIT dataChanged(index(row), index(row));
        if (!wasSent) {
            // The pending row sits after every sent row; it becomes sent where it is, and
            // moves only if messages with larger ids arrived meanwhile.
            const int sent = sentCount();
            if (sent < row) {
                beginMoveRows({}, row, row, {}, sent);
                m_rows.move(row, sent);
                endMoveRows();
                row = sent;
            }
            moveToSortedPlace(row);
        }
        return true;
    }

    row = sortedRow(message);
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row { message, SendState::Sent, {} });
    endInsertRows();
    return true;
}

void TimelineModel::upsertAll(const QList<protocol::Message> &messages)
{
    for (const protocol::Message &message : messages)
        upsert(message);
}

void TimelineModel::addPending(const protocol::Message &draft)
{
    if (!m_conversationId || draft.conversationId != *m_conversationId)
        return;
    if (rowOfTxn(draft.clientTxnId) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row { draft, SendState::Pending, {} });
    endInsertRows();
}

void TimelineModel::markFailed(const QString &clientTxnId, const protocol::Error &error)
{
    const int row = rowOfTxn(clientTxnId);
    if (row < 0 || m_rows.at(row).state == SendState::Sent)
        return;
    m_rows[row].state = SendState::Failed;
    m_rows[row].error = error;
    Q_EMIT dataChanged(index(row), index(row), { SendStateRole, ErrorRole, ErrorObjectRole });
}

void TimelineModel::markPending(const QString &clientTxnId)
{
    const int row = rowOfTxn(clientTxnId);
    if (row < 0 || m_rows.at(row).state != SendState::Failed)
        return;
    m_rows[row].state = SendState::Pending;
    m_rows[row].error = {};
    Q_EMIT dataChanged(index(row), index(row), { SendStateRole, ErrorRole, ErrorObjectRole });
}

bool TimelineModel::removePending(const QString &clientTxnId)
{
    const int row = rowOfTxn(clientTxnId);
    if (row < 0 || m_rows.at(row).state == SendState::Sent)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

int TimelineModel::rowOfId(qint64 id) const
{
    if (id == 0)
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).message.id == id)
            return row;
    }
    return -1;
}

int TimelineModel::rowOfTxn(const QString &clientTxnId) const
{
    if (clientTxnId.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).message.clientTxnId == clientTxnId)
            return row;
    }
    return -1;
}

void TimelineModel::addReader(
    qint64 messageId, qint64 userId, const QString &name, const QDateTime &readAt)
{
    QList<Reader> &readers = m_readers[messageId];
    for (const Reader &reader : readers) {
        if (reader.userId == userId)
            return;
    }
    readers.append(Reader { userId, name, readAt });
    const int row = rowOfId(messageId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { ReadByRole });
}

QString TimelineModel::readBy(const protocol::Message &message) const
{
    if (message.senderId != m_selfUserId || message.id <= 0)
        return {};
    const QList<Reader> readers = m_readers.value(message.id);
    if (readers.isEmpty())
        return tr("Delivered");
    QStringList names;
    QDateTime latest;
    for (const Reader &reader : readers) {
        names << reader.name;
        if (!latest.isValid() || reader.readAt > latest)
            latest = reader.readAt;
    }
    return tr("Read by %1 %2")
        .arg(names.join(QStringLiteral(", ")),
            QLocale().toString(latest.toLocalTime().time(), QLocale::ShortFormat));
}

void TimelineModel::setMemberNames(const QHash<qint64, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).message.kind == QLatin1String("event"))
            Q_EMIT dataChanged(index(row), index(row), { EventTextRole, Qt::DisplayRole });
    }
}

QString TimelineModel::nameOf(const QJsonValue &userId, const protocol::Message &message) const
{
    const qint64 id = userId.toInteger();
    const QString name = m_names.value(id);
    if (!name.isEmpty())
        return name;
    if (id == message.senderId && !message.senderName.isEmpty())
        return message.senderName;
    return tr("Someone");
}

QString TimelineModel::attachmentsText(const protocol::Message &message)
{
    QStringList lines;
    for (const protocol::Attachment &file : message.attachments) {
        const QString size = DocumentsModel::sizeText(file.size);
        if (file.mode != QLatin1String("share")) {
            lines.append(tr("File: %1 · %2").arg(file.name, size));
        } else if (file.stopped) {
            lines.append(tr("Shared: %1 · client access removed").arg(file.name));
        } else {
            lines.append(tr("Shared: %1 · version %2, last updated %3")
                             .arg(file.name)
                             .arg(file.version)
                             .arg(DocumentsModel::timeText(file.updatedAt)));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineModel::eventText(const protocol::Message &message) const
{
    const QJsonObject &event = message.event;
    const QString type = event.value(QLatin1String("type")).toString();
    const QString actor = nameOf(event.value(QLatin1String("actor_id")), message);
    const QString subject = nameOf(event.value(QLatin1String("subject_id")), message);
    if (type == QLatin1String("read"))
        return tr("%1 read the conversation").arg(actor);
    if (type == QLatin1String("participant_added"))
        return tr("%1 added %2").arg(actor, subject);
    if (type == QLatin1String("participant_removed"))
        return tr("%1 was removed").arg(subject);
    if (type == QLatin1String("email_changed"))
        return tr("%1 changed the address %2 signs in to the portal with").arg(actor, subject);
    if (type == QLatin1String("conversation_closed")) {
        return event.value(QLatin1String("reason")).toString() == QLatin1String("client_cancelled")
            ? tr("%1 recorded that the client cancelled; the firm left the conversation").arg(actor)
            : tr("%1 closed the matter; the firm left the conversation").arg(actor);
    }
    if (type == QLatin1String("share_stopped"))
        return tr("%1 removed client access to a shared document").arg(actor);
    return tr("Portal event");
}

} // namespace parley::models
