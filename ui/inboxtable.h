// InboxTable: the team inbox's rows in a sortable table: bold while unread, a flag for To-Do
// and a tick for Done, extended selection; Delete asks to trash the selection, Enter (or a
// double-click) to open the current message.
#pragma once

#include "protocol/inboxitem.h"

#include <QTreeView>

class QSortFilterProxyModel;

namespace parley::models {
class InboxModel;
}

namespace parley::ui {

class InboxTable : public QTreeView
{
    Q_OBJECT

public:
    // model is not owned.
    explicit InboxTable(models::InboxModel *model, QWidget *parent = nullptr);

    models::InboxModel *inboxModel() const { return m_model; }
    QSortFilterProxyModel *sortedModel() const { return m_sorted; }
    // The selected rows' items, top to bottom as shown.
    QList<protocol::InboxItem> selectedItems() const;
    QList<qint64> selectedMessageIds() const;
    // The current row's item (the one Enter opens), when there is one.
    std::optional<protocol::InboxItem> currentItem() const;
    // Selects exactly these messages' rows (those shown); the first becomes current.
    void selectMessages(const QList<qint64> &messageIds);
    // The row of a message as shown, or -1.
    int viewRowOf(qint64 messageId) const;
    // Whether the last row is in sight (scrolled to the end, or all rows fit).
    bool showsLastRow() const;

Q_SIGNALS:
    void trashRequested();
    void openRequested(const parley::protocol::InboxItem &item);
    // The last row came in sight (scrolled to the end, or the rows left fit): the inbox shows
    // the next page, if there is one.
    void endReached();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    models::InboxModel *m_model;
    QSortFilterProxyModel *m_sorted;
};

} // namespace parley::ui
