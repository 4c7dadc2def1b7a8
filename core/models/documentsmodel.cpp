// DocumentsModel: rows of a matter's documents, refreshed in place.
#include "documentsmodel.h"

#include <QHash>
#include <QLocale>

namespace parley::models {

DocumentsModel::DocumentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Document &document = m_documents.at(index.row());
    const protocol::DocumentVersion *current = document.currentVersion();
    const int version = current ? current->number : 0;
    const QDateTime modified = current ? current->createdAt : QDateTime();
    const qint64 size = current ? current->size : 0;
    switch (role) {
    case IdRole:
        return document.id;
    case NameRole:
        return document.name;
    case VersionRole:
        return version;
    case ModifiedRole:
        return modified;
    case SizeRole:
        return size;
    case SharedRole:
        return document.shared;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return document.name;
        case VersionColumn:
            return QLocale().toString(version);
        case ModifiedColumn:
            return QLocale().toString(modified.toLocalTime(),
                tr("d MMM yyyy, HH:mm", "when a file's current version was saved"));
        case SizeColumn:
            return sizeText(size);
        case SharedColumn:
            return document.shared ? tr("Shared") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SharedColumn && document.shared)
            return tr("Shared with the client portal: clients see the latest version.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return document.name.toCaseFolded();
        case VersionColumn:
            return version;
        case ModifiedColumn:
            return modified;
        case SizeColumn:
            return size;
        case SharedColumn:
            return document.shared;
        }
        return {};
    default:
        return {};
    }
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case ModifiedColumn:
        return tr("Modified");
    case SizeColumn:
        return tr("Size");
    case SharedColumn:
        return tr("Sharing");
    }
    return {};
}

QHash<int, QByteArray> DocumentsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "documentId");
    names.insert(NameRole, "name");
    names.insert(VersionRole, "version");
    names.insert(ModifiedRole, "modified");
    names.insert(SizeRole, "size");
    names.insert(SharedRole, "shared");
    return names;
}

void DocumentsModel::setMatter(std::optional<qint64> matterId)
{
    if (matterId == m_matterId)
        return;
    removeAll();
    m_matterId = matterId;
    m_loaded = false;
}

void DocumentsModel::setDocuments(qint64 matterId, const QList<protocol::Document> &documents)
{
    if (m_matterId != matterId)
        return;
    m_loaded = true;
    QHash<qint64, qsizetype> incoming;
    for (qsizetype i = 0; i < documents.size(); ++i)
        incoming.insert(documents.at(i).id, i);
    // Rows gone from the list, from the end so earlier rows keep their numbers.
    for (int row = int(m_documents.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_documents.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_documents.removeAt(row);
            endRemoveRows();
        }
    }
    // Then the list's order: a known row is updated (moved when needed), a new one inserted.
    for (int row = 0; row < documents.size(); ++row) {
        const protocol::Document &document = documents.at(row);
        const int current = rowOf(document.id);
        if (current < 0) {
            beginInsertRows({}, row, row);
            m_documents.insert(row, document);
            endInsertRows();
            continue;
        }
        if (current != row) {
            beginMoveRows({}, current, current, {}, row);
            m_documents.move(current, row);
            endMoveRows();
        }
        if (!(m_documents.at(row) == document)) {
            m_documents[row] = document;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int DocumentsModel::rowOf(qint64 documentId) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == documentId)
            return row;
    }
    return -1;
}

QString DocumentsModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void DocumentsModel::removeAll()
{
    if (m_documents.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_documents.size()) - 1);
    m_documents.clear();
    endRemoveRows();
}

} // namespace parley::models
