// TimelineModel: the messages of one conversation, oldest first, with pending rows for
// outgoing messages keyed by client_txn_id that merge in place with the server's echo.
#pragma once

#include "protocol/error.h"
#include "protocol/message.h"

#include <QAbstractListModel>
#include <optional>

namespace parley::models {

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class SendState { Sent, Pending, Failed };
    Q_ENUM(SendState)

    enum Role {
        IdRole = Qt::UserRole + 1, // 0 until the server stored the message
        ConversationIdRole,
        SenderIdRole,
        SenderNameRole,
        BodyRole,
        KindRole,
        CreatedAtRole,
        ClientTxnIdRole,
        SendStateRole, // SendState
        ErrorRole, // the failure's human message, for failed rows
        ErrorObjectRole, // the failure as a protocol::Error, for failed rows
        IsOwnRole, // sent by the signed-in user
        DeletedRole,
        ChannelRole,
        // For the user's own sent messages: "Read by <names> <time>", or "Delivered" when no
        // reader was added; empty for other rows.
        ReadByRole,
        // For portal events (kind "event"): one line such as "Priya Shah added Tom Becker",
        // names from setMemberNames(); empty for other rows.
        EventTextRole,
        // The files on the message, one line each ("File: Letter.pdf · 50 kB", a share with its
        // version and last update, or that access was removed); empty when there are none.
        AttachmentsTextRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setSelfUserId(qint64 id) { m_selfUserId = id; }
    // Shows another conversation: removes every row (none shown for nullopt).
    void setConversation(std::optional<qint64> conversationId);
    std::optional<qint64> conversationId() const { return m_conversationId; }

    // Inserts or updates a server message of this conversation; a pending row with the same
    // client_txn_id becomes this message in place. Returns false for other conversations.
    bool upsert(const protocol::Message &message);
    void upsertAll(const QList<protocol::Message> &messages);
    // An outgoing message not yet stored: shown at the end until its echo arrives.
    void addPending(const protocol::Message &draft);
    void markFailed(const QString &clientTxnId, const protocol::Error &error);
    void markPending(const QString &clientTxnId);
    // Removes a pending or failed row (the user discarded it); false when there is none.
    bool removePending(const QString &clientTxnId);

    // Older history, on demand (never from data()): true while there is an older page and
    // none is being fetched. fetchMore() emits olderMessagesRequested once; the answer comes
    // through upsertAll() and setOlderHistory(). A timeline's older rows are at the top, so
    // views must not fetch when their last row shows (ConversationView asks at the top).
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    // Paging state: prev is the token for older history, the oldest id held (none: all
    // loaded); ends a fetch.
    void setOlderHistory(std::optional<qint64> prev);
    void setFetchingOlder(bool fetching) { m_fetchingOlder = fetching; }
    std::optional<qint64> olderHistory() const { return m_prev; }

    // Someone read a message of this conversation (the workspace picks who counts: clients
    // in an external conversation); the row, when shown, changes in place.
    void addReader(qint64 messageId, qint64 userId, const QString &name, const QDateTime &readAt);
    // The names of the shown conversation's people by user id, for event rows' text.
    void setMemberNames(const QHash<qint64, QString> &names);
    int rowOfId(qint64 id) const;
    int rowOfTxn(const QString &clientTxnId) const;
    SendState sendState(int row) const { return m_rows.at(row).state; }
    const protocol::Message &messageAt(int row) const { return m_rows.at(row).message; }

Q_SIGNALS:
    void olderMessagesRequested(qint64 before);

private:
    struct Row
    {
        protocol::Message message;
        SendState state = SendState::Sent;
        protocol::Error error;
    };

    int sentCount() const;
    int sortedRow(const protocol::Message &message) const;
    void moveToSortedPlace(int row);

    QList<Row> m_rows; // sent rows sorted by id, then pending/failed rows in send order
    std::optional<qint64> m_conversationId;
    std::optional<qint64> m_prev;
    bool m_fetchingOlder = false;
    qint64 m_selfUserId = 0;
    struct Reader
    {
        qint64 userId = 0;
        QString name;
        QDateTime readAt;
    };
    QString readBy(const protocol::Message &message) const;
    QString eventText(const protocol::Message &message) const;
    static QString attachmentsText(const protocol::Message &message);
    QString nameOf(const QJsonValue &userId, const protocol::Message &message) const;
    QHash<qint64, QString> m_names; // the shown conversation's people, for event rows
    QHash<qint64, QList<Reader>> m_readers; // by message id, for this conversation
};

} // namespace parley::models
