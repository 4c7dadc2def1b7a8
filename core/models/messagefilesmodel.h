// MessageFilesModel: the All Files pane's Messages section: every file on the matter's
// messages (sent copies, shares, files clients and staff attached), one row per attachment,
// newest first, with who sent it and when. Refreshed in place like DocumentsModel.
#pragma once

#include "keyedrowsmodel.h"
#include "protocol/message.h"

#include <optional>

namespace parley::models {

struct MessageFile
{
    qint64 id = 0; // the attachment's
    protocol::Attachment attachment;
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString senderName;
    QDateTime sentAt;
    friend bool operator==(const MessageFile &, const MessageFile &) = default;
};

class MessageFilesModel : public KeyedRowsModel<MessageFile>
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, FromColumn, SentColumn, SizeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SharedRole = Qt::UserRole + 1, // a live share clients can still open
        SortRole, // the column's value for sorting
    };
    Q_ENUM(Role)

    explicit MessageFilesModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows another matter's files: removes every row (none for nullopt).
    void setMatter(std::optional<qint64> matterId);
    std::optional<qint64> matterId() const { return m_matterId; }
    // The server's messages with files for a matter; ignored unless it is the matter shown.
    void setMessages(qint64 matterId, const QList<protocol::Message> &messages);
    bool isLoaded() const { return m_loaded; }

    // "Sent copy (version 2)", "Shared (version 3)", "Client access removed", "Attached".
    static QString kindText(const protocol::Attachment &attachment);

private:
    std::optional<qint64> m_matterId;
    bool m_loaded = false;
};

} // namespace parley::models
