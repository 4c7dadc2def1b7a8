// AlertCenter: the Notification Center's list: what happened for the signed-in user while the
// app listened (client replies, files clients sent, clients' reads, mentions by colleagues),
// newest first, each unread until opened or marked. Workspace feeds it every live message;
// raised() tells the tray, which hides the preview of a protected conversation (one that
// requires MFA, or one not known yet).
#pragma once

#include "protocol/message.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <optional>

namespace parley::sync {

class AlertCenter : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { Reply, Upload, Read, Mention };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1,
        TitleRole, // "Maria Gonzalez replied"
        PreviewRole, // the text, or why it is not shown
        TimeRole,
        UnreadRole,
        ConversationIdRole,
        MessageIdRole,
        ProtectedRole,
    };
    Q_ENUM(Role)

    struct Alert
    {
        qint64 messageId = 0;
        qint64 conversationId = 0;
        Kind kind = Kind::Reply;
        QString who;
        QString text; // the message's text or file names
        bool protectedContent = true; // keep the text out of the tray
        QDateTime at;
        bool unread = true;

        QString title() const;
    };

    // What the workspace knows of a message's sender and conversation.
    struct Context
    {
        qint64 userId = 0; // the signed-in user
        QString userName;
        bool senderIsClient = false;
        std::optional<bool> requiresMfa; // nullopt: conversation not known
        // The colleague the conversation is assigned to: a client's reply or read there is
        // theirs to answer, not news for anyone else.
        std::optional<qint64> assigneeId;
    };

    explicit AlertCenter(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Adds an alert when the message is one (once per message); raises it when live.
    void consider(const protocol::Message &message, const Context &context, bool live);
    const Alert &at(int row) const { return m_alerts.at(row); }
    int unreadCount() const;
    void markRead(int row);
    void markAllRead();
    void clear();

Q_SIGNALS:
    void raised(const parley::sync::AlertCenter::Alert &alert);
    void unreadCountChanged(int count);

private:
    std::optional<Alert> alertFor(const protocol::Message &message, const Context &context) const;

    QList<Alert> m_alerts; // newest first
};

} // namespace parley::sync
