// SearchResultsDelegate: a found message as three lines: the sender and the time, where it was
// written (matter number and thread), then the words around the match.
#pragma once

#include <QStyledItemDelegate>

namespace parley::ui {

class SearchResultsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace parley::ui
