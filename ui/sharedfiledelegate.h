// SharedFileDelegate: the column that says how a file is shared. A live share gets the link
// icon and, at the right edge, a ⋯ button whose menu offers Remove Client Access (as the
// products we learn from put it on a shared document); moreClicked says where to open it.
#pragma once

#include <QStyledItemDelegate>

namespace parley::ui {

class SharedFileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // sharedRole: the model's role that is true for a live share.
    SharedFileDelegate(int sharedRole, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    // Where the ⋯ button of a row drawn in itemRect sits.
    static QRect buttonRect(const QRect &itemRect);

Q_SIGNALS:
    void moreClicked(const QModelIndex &index, const QPoint &globalPosition);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    bool isShared(const QModelIndex &index) const;

    int m_sharedRole;
};

} // namespace parley::ui
