// MattersModel: sorted upserts with row signals, never a reset.
#include "mattersmodel.h"

#include <QSet>
#include <algorithm>

namespace parley::models {

namespace {

bool before(const protocol::Matter &a, const protocol::Matter &b)
{
    if (a.number != b.number)
        return a.number < b.number;
    return a.id < b.id;
}

} // namespace

MattersModel::MattersModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int MattersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matters.size());
}

QVariant MattersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Matter &m = m_matters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(m.number, m.title);
    case Qt::ToolTipRole: {
        const QString client = m.clientName();
        return client.isEmpty() ? m.title : QStringLiteral("%1 — %2").arg(m.title, client);
    }
    case IdRole:
        return m.id;
    case NumberRole:
        return m.number;
    case TitleRole:
        return m.title;
    case ClientNameRole:
        return m.clientName();
    case StatusRole:
        return m.status;
    case RestrictedRole:
        return m.restricted;
    case SearchTextRole:
        return QStringList { m.number, m.title, m.clientName() }.join(QLatin1Char('\n'));
    case UnreadCountRole:
        return m_unread.value(m.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> MattersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "matterId");
    names.insert(NumberRole, "number");
    names.insert(TitleRole, "title");
    names.insert(ClientNameRole, "clientName");
    names.insert(StatusRole, "status");
    names.insert(RestrictedRole, "restricted");
    names.insert(SearchTextRole, "searchText");
    names.insert(UnreadCountRole, "unreadCount");
    return names;
}

int MattersModel::insertionRow(const protocol::Matter &matter) const
{
    return int(std::lower_bound(m_matters.cbegin(), m_matters.cend(), matter, before)
        - m_matters.cbegin());
}

void MattersModel::upsert(const protocol::Matter &matter)
{
    const int existing = rowOf(matter.id);
    if (existing >= 0) {
        if (m_matters.at(existing) == matter)
            return;
        if (m_matters.at(existing).number == matter.number) {
            m_matters[existing] = matter;
            Q_EMIT dataChanged(index(existing), index(existing));
            return;
        }
        // The number changed: the row moves.
        beginRemoveRows({}, existing, existing);
        m_matters.removeAt(existing);
        endRemoveRows();
    }
    const int row = insertionRow(matter);
    beginInsertRows({}, row, row);
    m_matters.insert(row, matter);
    endInsertRows();
}

void MattersModel::setMatters(const QList<protocol::Matter> &matters)
{
    QSet<qint64> keep;
    for (const protocol::Matter &matter : matters)
        keep.insert(matter.id);
    for (int row = int(m_matters.size()) - 1; row >= 0; --row) {
        if (!keep.contains(m_matters.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_matters.removeAt(row);
            endRemoveRows();
        }
    }
    for (const protocol::Matter &matter : matters)
        upsert(matter);
}

void MattersModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_matters.removeAt(row);
    endRemoveRows();
}

void MattersModel::clear()
{
    if (m_matters.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_matters.size()) - 1);
    m_matters.clear();
    endRemoveRows();
}

int MattersModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_matters.size(); ++row) {
        if (m_matters.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<protocol::Matter> MattersModel::matter(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_matters.at(row);
}

void MattersModel::setUnreadCount(qint64 id, int count)
{
    if (m_unread.value(id) == count)
        return;
    if (count > 0)
        m_unread.insert(id, count);
    else
        m_unread.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { UnreadCountRole });
}

} // namespace parley::models
