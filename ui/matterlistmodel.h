// MatterListModel: the matters list as shown: filtered by the words typed (number, title or
// client) and ordered with the recently opened matters first, most recent on top, then the
// others by number.
#pragma once

#include <QList>
#include <QSortFilterProxyModel>

namespace parley::ui {

class MatterListModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int MaxRecent = 20;

    explicit MatterListModel(QObject *parent = nullptr);

    // Most recent first; at most MaxRecent are kept.
    void setRecent(const QList<qint64> &matterIds);
    QList<qint64> recent() const { return m_recent; }
    // Moves the matter to the top of the recent ones.
    void noteOpened(qint64 matterId);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int recency(const QModelIndex &index) const;

    QList<qint64> m_recent;
};

} // namespace parley::ui
