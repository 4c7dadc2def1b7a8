// ConversationsModel: a tree of three fixed groups (external, internal, direct) holding the
// selected matter's conversations and the user's direct conversations, updated in place.
#pragma once

#include "protocol/conversation.h"

#include <QAbstractItemModel>
#include <array>
#include <optional>

namespace parley::models {

class ConversationsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Group { External = 0, Internal = 1, Direct = 2 };
    Q_ENUM(Group)
    static constexpr int GroupCount = 3;

    enum Role {
        IdRole = Qt::UserRole + 1, // 0 for group rows
        KindRole,
        TitleRole,
        MatterIdRole,
        IsGroupRole,
        MemberNamesRole, // active members other than the user, comma separated
        LastMessageAtRole,
        UnreadCountRole, // messages from others the user has not read (0 for group rows)
        AssigneeIdRole, // the colleague who answers a client conversation; null: unassigned
    };
    Q_ENUM(Role)

    explicit ConversationsModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Group headings are user-visible text: the UI supplies them translated.
    void setGroupTitles(const QString &external, const QString &internal, const QString &direct);
    // The signed-in user, left out of the member names shown for untitled conversations.
    void setSelfUserId(qint64 id) { m_selfUserId = id; }

    static std::optional<Group> groupOf(const QString &kind);

    void upsert(const protocol::Conversation &conversation);
    // The matter's conversations replace the external and internal groups (incrementally).
    void setMatterConversations(
        std::optional<qint64> matterId, const QList<protocol::Conversation> &conversations);
    void setDirectConversations(const QList<protocol::Conversation> &conversations);
    void remove(qint64 id);

    std::optional<qint64> matterId() const { return m_matterId; }
    QModelIndex groupIndex(Group group) const { return index(int(group), 0); }
    QModelIndex indexOf(qint64 id) const;
    std::optional<protocol::Conversation> conversation(qint64 id) const;
    // Kept by id, so it survives the conversation's rows being replaced; dataChanged only
    // when the count changes.
    void setUnreadCount(qint64 id, int count);
    int unreadCount(qint64 id) const { return m_unread.value(id); }
    // Conversations shown, in group order.
    int conversationCount() const;

private:
    QList<protocol::Conversation> &list(Group group) { return m_groups[size_t(group)]; }
    const QList<protocol::Conversation> &list(Group group) const { return m_groups[size_t(group)]; }
    int insertionRow(Group group, const protocol::Conversation &conversation) const;
    void removeRow(Group group, int row);
    void replaceGroup(Group group, const QList<protocol::Conversation> &conversations);
    QString displayTitle(const protocol::Conversation &conversation) const;
    QString memberNames(const protocol::Conversation &conversation) const;

    std::array<QList<protocol::Conversation>, GroupCount> m_groups;
    std::array<QString, GroupCount> m_groupTitles;
    std::optional<qint64> m_matterId;
    qint64 m_selfUserId = 0;
    QHash<qint64, int> m_unread;
};

} // namespace parley::models
