// ConversationsModel: grouped tree with sorted upserts, moves and removals; never a reset.
#include "conversationsmodel.h"

#include <QSet>
#include <algorithm>

namespace parley::models {

namespace {

constexpr quintptr GroupId = 0;

QString sortKey(const protocol::Conversation &c)
{
    return c.title.toCaseFolded();
}

} // namespace

ConversationsModel::ConversationsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_groupTitles { QStringLiteral("external"), QStringLiteral("internal"),
        QStringLiteral("direct") }
{ }

std::optional<ConversationsModel::Group> ConversationsModel::groupOf(const QString &kind)
{
    if (kind == QLatin1String("external"))
        return External;
    if (kind == QLatin1String("internal"))
        return Internal;
    if (kind == QLatin1String("direct"))
        return Direct;
    return std::nullopt;
}

QModelIndex ConversationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, 0, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= GroupCount)
        return {};
    if (row >= list(Group(parent.row())).size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ConversationsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int ConversationsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return int(list(Group(parent.row())).size());
}

int ConversationsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ConversationsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString ConversationsModel::memberNames(const protocol::Conversation &conversation) const
{
    QStringList names;
    for (const protocol::Member &member : conversation.members) {
        if (member.isActive() && member.userId != m_selfUserId)
            names.append(member.name);
    }
    return names.join(QStringLiteral(", "));
}

QString ConversationsModel::displayTitle(const protocol::Conversation &conversation) const
{
    if (!conversation.title.isEmpty())
        return conversation.title;
    return memberNames(conversation);
}

QVariant ConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        switch (role) {
        case Qt::DisplayRole:
            return m_groupTitles[size_t(index.row())];
        case IsGroupRole:
            return true;
        case IdRole:
            return qint64(0);
        case KindRole:
            return QStringList { QStringLiteral("external"), QStringLiteral("internal"),
                QStringLiteral("direct") }
                .value(index.row());
        default:
            return {};
        }
    }
    const protocol::Conversation &c = list(Group(index.internalId() - 1)).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return displayTitle(c);
    case Qt::ToolTipRole:
        return memberNames(c);
    case IdRole:
        return c.id;
    case KindRole:
        return c.kind;
    case MatterIdRole:
        return c.matterId ? QVariant(*c.matterId) : QVariant();
    case IsGroupRole:
        return false;
    case MemberNamesRole:
        return memberNames(c);
    case LastMessageAtRole:
        return c.lastMessageAt;
    case UnreadCountRole:
        return m_unread.value(c.id);
    case AssigneeIdRole:
        return c.assigneeId ? QVariant(*c.assigneeId) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(KindRole, "kind");
    names.insert(TitleRole, "title");
    names.insert(MatterIdRole, "matterId");
    names.insert(IsGroupRole, "isGroup");
    names.insert(MemberNamesRole, "memberNames");
    names.insert(LastMessageAtRole, "lastMessageAt");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(AssigneeIdRole, "assigneeId");
    return names;
}

void ConversationsModel::setGroupTitles(
    const QString &external, const QString &internal, const QString &direct)
{
    m_groupTitles = { external, internal, direct };
    Q_EMIT dataChanged(index(0, 0), index(GroupCount - 1, 0), { Qt::DisplayRole });
}

int ConversationsModel::insertionRow(Group group, const protocol::Conversation &conversation) const
{
    const QList<protocol::Conversation> &items = list(group);
    const auto it = std::lower_bound(items.cbegin(), items.cend(), conversation,
        [](const protocol::Conversation &a, const protocol::Conversation &b) {
            const QString ka = sortKey(a), kb = sortKey(b);
            return ka != kb ? ka < kb : a.id < b.id;
        });
    return int(it - items.cbegin());
}

void ConversationsModel::removeRow(Group group, int row)
{
    beginRemoveRows(groupIndex(group), row, row);
    list(group).removeAt(row);
    endRemoveRows();
}

void ConversationsModel::upsert(const protocol::Conversation &conversation)
{
    const std::optional<Group> group = groupOf(conversation.kind);
    if (!group)
        return;
    const QModelIndex existing = indexOf(conversation.id);
    if (existing.isValid()) {
        const Group oldGroup = Group(existing.internalId() - 1);
        const int oldRow = existing.row();
        if (oldGroup == *group) {
            QList<protocol::Conversation> &items = list(oldGroup);
            if (items.at(oldRow) == conversation)
                return;
            const bool sameKey = sortKey(items.at(oldRow)) == sortKey(conversation);
            items[oldRow] = conversation;
            if (!sameKey) {
                // Find where the renamed row belongs without it, then move it there.
                protocol::Conversation moved = items.takeAt(oldRow);
                const int newRow = insertionRow(oldGroup, moved);
                items.insert(oldRow, moved);
                if (newRow != oldRow) {
                    const int destination = newRow > oldRow ? newRow + 1 : newRow;
                    beginMoveRows(
                        groupIndex(oldGroup), oldRow, oldRow, groupIndex(oldGroup), destination);
                    items.move(oldRow, newRow);
                    endMoveRows();
                }
            }
            const QModelIndex changed = indexOf(conversation.id);
            Q_EMIT dataChanged(changed, changed);
            return;
        }
        removeRow(oldGroup, oldRow);
    }
    const int row = insertionRow(*group, conversation);
    beginInsertRows(groupIndex(*group), row, row);
    list(*group).insert(row, conversation);
    endInsertRows();
}

void ConversationsModel::replaceGroup(
    Group group, const QList<protocol::Conversation> &conversations)
{
    QSet<qint64> keep;
    for (const protocol::Conversation &c : conversations) {
        if (groupOf(c.kind) == group)
            keep.insert(c.id);
    }
    for (int row = int(list(group).size()) - 1; row >= 0; --row) {
        if (!keep.contains(list(group).at(row).id))
            removeRow(group, row);
    }
}

void ConversationsModel::setMatterConversations(
    std::optional<qint64> matterId, const QList<protocol::Conversation> &conversations)
{
    m_matterId = matterId;
    QList<protocol::Conversation> ofMatter;
    for (const protocol::Conversation &c : conversations) {
        if (c.kind != QLatin1String("direct") && c.matterId == matterId)
            ofMatter.append(c);
    }
    replaceGroup(External, ofMatter);
    replaceGroup(Internal, ofMatter);
    for (const protocol::Conversation &c : ofMatter)
        upsert(c);
}

void ConversationsModel::setDirectConversations(const QList<protocol::Conversation> &conversations)
{
    QList<protocol::Conversation> direct;
    for (const protocol::Conversation &c : conversations) {
        if (c.kind == QLatin1String("direct"))
            direct.append(c);
    }
    replaceGroup(Direct, direct);
    for (const protocol::Conversation &c : direct)
        upsert(c);
}

void ConversationsModel::remove(qint64 id)
{
    const QModelIndex existing = indexOf(id);
    if (existing.isValid())
        removeRow(Group(existing.internalId() - 1), existing.row());
}

void ConversationsModel::setUnreadCount(qint64 id, int count)
{
    if (m_unread.value(id) == count)
        return;
    if (count > 0)
        m_unread.insert(id, count);
    else
        m_unread.remove(id);
    const QModelIndex at = indexOf(id);
    if (at.isValid())
        Q_EMIT dataChanged(at, at, { UnreadCountRole, Qt::FontRole });
}

QModelIndex ConversationsModel::indexOf(qint64 id) const
{
    for (int g = 0; g < GroupCount; ++g) {
        const QList<protocol::Conversation> &items = list(Group(g));
        for (int row = 0; row < items.size(); ++row) {
            if (items.at(row).id == id)
                return createIndex(row, 0, quintptr(g + 1));
        }
    }
    return {};
}

std::optional<protocol::Conversation> ConversationsModel::conversation(qint64 id) const
{
    const QModelIndex found = indexOf(id);
    if (!found.isValid())
        return std::nullopt;
    return list(Group(found.internalId() - 1)).at(found.row());
}

int ConversationsModel::conversationCount() const
{
    int count = 0;
    for (const auto &items : m_groups)
        count += int(items.size());
    return count;
}

} // namespace parley::models
