// MattersModel: the matters the signed-in user may see, ordered by number, updated in place.
#pragma once

#include "protocol/matter.h"

#include <QAbstractListModel>
#include <optional>

namespace parley::models {

class MattersModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        TitleRole,
        ClientNameRole,
        StatusRole,
        RestrictedRole,
        // number, title and client in one string, for filtering
        SearchTextRole,
        UnreadCountRole, // unread messages over the matter's conversations
    };
    Q_ENUM(Role)

    explicit MattersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts a new matter at its place or updates the row of a known one.
    void upsert(const protocol::Matter &matter);
    // Upserts every matter and removes rows not in the list (a full refresh, still incremental).
    void setMatters(const QList<protocol::Matter> &matters);
    void remove(qint64 id);
    void clear();

    // dataChanged only when the count changes; kept by id across upserts.
    void setUnreadCount(qint64 id, int count);
    int unreadCount(qint64 id) const { return m_unread.value(id); }
    int rowOf(qint64 id) const;
    std::optional<protocol::Matter> matter(qint64 id) const;
    const protocol::Matter &at(int row) const { return m_matters.at(row); }

private:
    int insertionRow(const protocol::Matter &matter) const;

    QList<protocol::Matter> m_matters;
    QHash<qint64, int> m_unread;
};

} // namespace parley::models
