// MessageFilesModel: rows of the files on a matter's messages.
#include "messagefilesmodel.h"

#include "documentsmodel.h"

namespace parley::models {

MessageFilesModel::MessageFilesModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

int MessageFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageFilesModel::kindText(const protocol::Attachment &attachment)
{
    if (attachment.mode == QLatin1String("share"))
        return attachment.stopped ? tr("Client access removed")
                                  : tr("Shared (version %1)").arg(attachment.version);
    if (attachment.mode == QLatin1String("copy"))
        return tr("Sent copy (version %1)").arg(attachment.version);
    return tr("Attached");
}

QVariant MessageFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageFile &file = m_rows.at(index.row());
    const protocol::Attachment &attachment = file.attachment;
    switch (role) {
    case SharedRole:
        return attachment.mode == QLatin1String("share") && !attachment.stopped;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return attachment.name;
        case KindColumn:
            return kindText(attachment);
        case FromColumn:
            return file.senderName;
        case SentColumn:
            return DocumentsModel::timeText(file.sentAt);
        case SizeColumn:
            return attachment.stopped ? QString() : DocumentsModel::sizeText(attachment.size);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == KindColumn && attachment.mode == QLatin1String("share")
            && !attachment.stopped && attachment.updatedAt.isValid())
            return tr("Clients see the latest version: version %1, last updated %2.")
                .arg(attachment.version)
                .arg(DocumentsModel::timeText(attachment.updatedAt));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case SentColumn:
            return file.sentAt;
        case SizeColumn:
            return attachment.size;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    default:
        return {};
    }
}

QVariant MessageFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("How");
    case FromColumn:
        return tr("From");
    case SentColumn:
        return tr("Sent");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

void MessageFilesModel::setMatter(std::optional<qint64> matterId)
{
    if (matterId == m_matterId)
        return;
    removeAllRows();
    m_matterId = matterId;
    m_loaded = false;
}

void MessageFilesModel::setMessages(qint64 matterId, const QList<protocol::Message> &messages)
{
    if (m_matterId != matterId)
        return;
    m_loaded = true;
    QList<MessageFile> files;
    for (const protocol::Message &message : messages) {
        for (const protocol::Attachment &attachment : message.attachments)
            files.append(MessageFile { attachment.id, attachment, message.id,
                message.conversationId, message.senderName, message.createdAt });
    }
    replaceRows(files);
}

} // namespace parley::models
