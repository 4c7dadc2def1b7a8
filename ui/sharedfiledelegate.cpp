// SharedFileDelegate: link icon and ⋯ button on live shares.
#include "sharedfiledelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionToolButton>

namespace parley::ui {

namespace {
constexpr int ButtonWidth = 22;
} // namespace

SharedFileDelegate::SharedFileDelegate(int sharedRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_sharedRole(sharedRole)
{ }

bool SharedFileDelegate::isShared(const QModelIndex &index) const
{
    return index.data(m_sharedRole).toBool();
}

QRect SharedFileDelegate::buttonRect(const QRect &itemRect)
{
    return QRect(
        itemRect.right() - ButtonWidth, itemRect.top() + 1, ButtonWidth, itemRect.height() - 2);
}

QSize SharedFileDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isShared(index))
        size.rwidth() += ButtonWidth + 4;
    return size;
}

void SharedFileDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (isShared(index)) {
        option->icon = QIcon(QStringLiteral(":/icons/shared.svg"));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

void SharedFileDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isShared(index))
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem text = option;
    text.rect.setRight(buttonRect(option.rect).left() - 2);
    // The row's background across the whole cell, then the text beside the button.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    QStyledItemDelegate::paint(painter, text, index);

    QStyleOptionToolButton button;
    button.rect = buttonRect(option.rect);
    button.icon = QIcon(QStringLiteral(":/icons/more.svg"));
    button.iconSize = QSize(16, 16);
    button.toolButtonStyle = Qt::ToolButtonIconOnly;
    button.state = QStyle::State_Enabled | QStyle::State_AutoRaise;
    if (option.state & QStyle::State_MouseOver
        && button.rect.contains(
            option.widget ? option.widget->mapFromGlobal(QCursor::pos()) : QPoint()))
        button.state |= QStyle::State_MouseOver | QStyle::State_Raised;
    button.subControls = QStyle::SC_ToolButton;
    style->drawComplexControl(QStyle::CC_ToolButton, &button, painter, option.widget);
}

bool SharedFileDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && isShared(index)) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect button = buttonRect(option.rect);
        if (mouse->button() == Qt::LeftButton && button.contains(mouse->position().toPoint())) {
            const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
            const QPoint below = button.bottomLeft();
            Q_EMIT moreClicked(index,
                view ? view->viewport()->mapToGlobal(below) : mouse->globalPosition().toPoint());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace parley::ui
