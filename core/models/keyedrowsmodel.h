// KeyedRowsModel: a flat table of rows that each carry an `id`, brought up to date from a
// fresh list without a reset: rows gone are removed, new ones inserted, known ones moved to
// their new place and updated only when they differ. Views keep their selection and scroll
// position across refreshes. Subclasses give the columns and data().
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <algorithm>

namespace parley::models {

template<typename Row>
class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const Row &at(int row) const { return m_rows.at(row); }

    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }

protected:
    void replaceRows(const QList<Row> &rows)
    {
        QHash<qint64, qsizetype> incoming;
        for (qsizetype i = 0; i < rows.size(); ++i)
            incoming.insert(rows.at(i).id, i);
        // Rows gone from the list, from the end so earlier rows keep their numbers.
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!incoming.contains(m_rows.at(row).id)) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        // Then the list's order: a known row is updated (moved when needed), a new one
        // inserted.
        for (int row = 0; row < rows.size(); ++row) {
            const Row &next = rows.at(row);
            const int current = rowOf(next.id);
            if (current < 0) {
                beginInsertRows({}, row, row);
                m_rows.insert(row, next);
                endInsertRows();
                continue;
            }
            if (current != row) {
                beginMoveRows({}, current, current, {}, row);
                m_rows.move(current, row);
                endMoveRows();
            }
            if (!(m_rows.at(row) == next)) {
                m_rows[row] = next;
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }
    }

    // Rows after the last, in their order; those already shown are left where they are.
    void appendRows(const QList<Row> &rows)
    {
        QList<Row> fresh;
        for (const Row &row : rows) {
            if (rowOf(row.id) < 0
                && std::none_of(fresh.cbegin(), fresh.cend(),
                    [&](const Row &added) { return added.id == row.id; }))
                fresh.append(row);
        }
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }

    void removeAllRows()
    {
        if (m_rows.isEmpty())
            return;
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }

    QList<Row> m_rows;
};

} // namespace parley::models
