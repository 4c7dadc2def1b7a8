// DocumentsModel: rows of a matter's documents, refreshed in place.
#include "documentsmodel.h"

#include <QLocale>

namespace parley::models {

DocumentsModel::DocumentsModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Document &document = m_rows.at(index.row());
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
            return timeText(modified);
        case SizeColumn:
            return sizeText(size);
        case SharedColumn:
            return document.shared ? tr("Shared") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SharedColumn && document.shared)
            return tr("Shared with the client portal: clients see the latest version (version "
                      "%1, last updated %2).")
                .arg(version)
                .arg(timeText(modified));
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
        return tr("Last Updated");
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
    removeAllRows();
    m_matterId = matterId;
    m_loaded = false;
}

void DocumentsModel::setDocuments(qint64 matterId, const QList<protocol::Document> &documents)
{
    if (m_matterId != matterId)
        return;
    m_loaded = true;
    replaceRows(documents);
}

QString DocumentsModel::timeText(const QDateTime &time)
{
    return QLocale().toString(
        time.toLocalTime(), tr("d MMM yyyy, HH:mm", "when a file's version was saved or sent"));
}

QString DocumentsModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace parley::models
