// MatterListModel: recently opened first, then the source's number order.
#include "matterlistmodel.h"

#include "models/mattersmodel.h"

namespace parley::ui {

using models::MattersModel;

MatterListModel::MatterListModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(MattersModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(0);
}

void MatterListModel::setRecent(const QList<qint64> &matterIds)
{
    QList<qint64> recent;
    for (qint64 id : matterIds) {
        if (!recent.contains(id) && recent.size() < MaxRecent)
            recent.append(id);
    }
    if (recent == m_recent)
        return;
    m_recent = recent;
    invalidate();
}

void MatterListModel::noteOpened(qint64 matterId)
{
    QList<qint64> recent = m_recent;
    recent.removeAll(matterId);
    recent.prepend(matterId);
    setRecent(recent);
}

int MatterListModel::recency(const QModelIndex &index) const
{
    const int at = int(m_recent.indexOf(index.data(MattersModel::IdRole).toLongLong()));
    return at < 0 ? MaxRecent : at;
}

bool MatterListModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = recency(left);
    const int b = recency(right);
    if (a != b)
        return a < b;
    return left.row() < right.row(); // the source keeps matters in number order
}

} // namespace parley::ui
