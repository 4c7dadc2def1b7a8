// MattersDelegate: a matter as two lines: number and title, then the client's name.
#pragma once

#include <QStyledItemDelegate>

namespace parley::ui {

class MattersDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace parley::ui
