// DocumentsModel: a matter's files for the All Files pane, one row per document with columns
// for name, current version, last modified, size and whether a live share is active.
// A refresh of the same matter changes only the rows that differ (never a reset).
#pragma once

#include "keyedrowsmodel.h"
#include "protocol/document.h"

#include <optional>

namespace parley::models {

class DocumentsModel : public KeyedRowsModel<protocol::Document>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        VersionColumn,
        ModifiedColumn,
        SizeColumn,
        SharedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        VersionRole, // the current version's number
        ModifiedRole, // QDateTime of the current version
        SizeRole, // bytes of the current version
        SharedRole,
        SortRole, // the column's value for sorting (numbers and times, not their text)
    };
    Q_ENUM(Role)

    explicit DocumentsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows another matter's files: removes every row (none for nullopt).
    void setMatter(std::optional<qint64> matterId);
    std::optional<qint64> matterId() const { return m_matterId; }
    // The server's list for a matter; ignored unless it is the matter shown. Rows are
    // updated in place, inserted and removed one range at a time.
    void setDocuments(qint64 matterId, const QList<protocol::Document> &documents);
    bool isLoaded() const { return m_loaded; }

    // "23 Nov 2026, 14:05" in local time.
    static QString timeText(const QDateTime &time);
    // "1.2 MB", "740 kB", "512 bytes" in the user's locale (SI units, everywhere a size
    // shows: lists, the timeline, transfers, the composer).
    static QString sizeText(qint64 bytes);

private:
    std::optional<qint64> m_matterId;
    bool m_loaded = false;
};

} // namespace parley::models
