// InboxModel: the team inbox's rows, one per message (one per waiting conversation in the
// Awaiting Reply view), keyed by message id. A refresh merges the server's list in place
// (rows inserted, moved, updated and removed, never a reset), so selections survive it; the
// answer to a bulk action updates its rows at once.
#pragma once

#include "keyedrowsmodel.h"
#include "protocol/inboxitem.h"

#include <QDateTime>
#include <QHash>

namespace parley::models {

struct InboxRow
{
    qint64 id = 0; // the message's
    protocol::InboxItem item;

    friend bool operator==(const InboxRow &, const InboxRow &) = default;
};

class InboxModel : public KeyedRowsModel<InboxRow>
{
    Q_OBJECT

public:
    enum Column {
        FromColumn,
        MatterColumn,
        MessageColumn,
        ReceivedColumn,
        WaitingColumn,
        AssigneeColumn,
        TodoColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // the message id
        ConversationIdRole,
        MatterIdRole,
        UnreadRole,
        TodoRole, // "", "todo" or "done"
        TrashedRole,
        FromClientRole,
        AssigneeIdRole, // invalid when unassigned
        WaitingSinceRole, // QDateTime, invalid when the firm spoke last
        // How long the client has waited so far for an answer to this message, -1 when the
        // firm has answered it (or wrote it)
        WaitingSecondsRole,
        ReceivedRole, // QDateTime the message was sent
        ExcerptRole,
        FileCountRole, // the message's files
        SortRole, // the column's value for sorting (times and durations, not their text)
    };
    Q_ENUM(Role)

    static constexpr int ExcerptChars = 140;

    explicit InboxModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The server's rows for the query shown, in its order: merged in place.
    void setItems(const QList<protocol::InboxItem> &items);
    // The server's next page, after the rows shown (rows already shown stay where they are).
    // Not through canFetchMore: a tree view fetches whenever it lays out its rows, and would
    // load every page at once.
    void appendItems(const QList<protocol::InboxItem> &items);
    // Rows as an action's answer gives them: known rows are updated, others ignored.
    void updateItems(const QList<protocol::InboxItem> &items);
    void removeMessages(const QList<qint64> &messageIds);
    void clear() { removeAllRows(); }
    const protocol::InboxItem &item(int row) const { return m_rows.at(row).item; }

    // Names for the Assigned To column, by user id.
    void setPeopleNames(const QHash<qint64, QString> &names);
    // The time waiting is counted to (the view ticks it); invalid: the current time.
    void setNow(const QDateTime &now);

    // "14:05" today, "20 Nov, 14:05" this year, else "20 Nov 2025" (local time); now: invalid
    // for the current time.
    static QString receivedText(const QDateTime &time, const QDateTime &now = {});
    // "45 min", "2 h 10 min", "3 d 4 h"; "< 1 min" under a minute.
    static QString waitingText(qint64 seconds);
    // The message's text on one line, shortened to about `chars`; its files when it has none.
    static QString excerpt(const protocol::InboxItem &item, int chars = ExcerptChars);

private:
    qint64 waitingSeconds(const protocol::InboxItem &item) const;
    QString assigneeName(const protocol::InboxItem &item) const;
    QVariant display(const protocol::InboxItem &item, int column) const;
    QVariant sortValue(const protocol::InboxItem &item, int column) const;

    QHash<qint64, QString> m_names;
    QDateTime m_now;
};

} // namespace parley::models
