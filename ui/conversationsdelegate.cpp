// ConversationsDelegate: headings, unread rows and the assignee's initials.
#include "conversationsdelegate.h"

#include "models/conversationsmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace parley::ui {

using models::ConversationsModel;

namespace {

constexpr int InitialsGap = 8; // between the title and the initials
constexpr int InitialsMargin = 4; // between the initials and the row's edge

} // namespace

ConversationsDelegate::ConversationsDelegate(NameOf nameOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_nameOf(std::move(nameOf))
{ }

QString ConversationsDelegate::initials(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString letters = words.first().left(1);
    if (words.size() > 1)
        letters += words.last().left(1);
    return letters.toUpper();
}

QString ConversationsDelegate::assigneeName(const QModelIndex &index) const
{
    const QVariant assignee = index.data(ConversationsModel::AssigneeIdRole);
    if (assignee.isNull() || !m_nameOf)
        return {};
    return m_nameOf(assignee.toLongLong());
}

void ConversationsDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ConversationsModel::IsGroupRole).toBool()) {
        option->font.setBold(true);
        option->palette.setColor(
            QPalette::Text, option->palette.color(QPalette::Active, QPalette::PlaceholderText));
        return;
    }
    // Unread conversations: bold, with their count.
    const int unread = index.data(ConversationsModel::UnreadCountRole).toInt();
    if (unread > 0) {
        option->font.setBold(true);
        option->text = tr("%1 (%2)").arg(option->text).arg(unread);
    }
}

void ConversationsDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString name = assigneeName(index);
    if (name.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row as usual without its text, then the text in the room the initials leave.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QFont small = opt.font;
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QString letters = initials(name);
    const int lettersWidth = QFontMetrics(small).horizontalAdvance(letters);
    QRect lettersRect = textRect.adjusted(0, 0, -InitialsMargin, 0);
    lettersRect.setLeft(lettersRect.right() - lettersWidth);
    textRect.setRight(lettersRect.left() - InitialsGap);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, textRect.width()));
    painter->setFont(small);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(lettersRect, Qt::AlignRight | Qt::AlignVCenter, letters);
    painter->restore();
}

QSize ConversationsDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + (index.data(ConversationsModel::IsGroupRole).toBool() ? 10 : 6));
    return size;
}

bool ConversationsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString name = assigneeName(index);
    if (event->type() != QEvent::ToolTip || name.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString members = index.data(Qt::ToolTipRole).toString();
    const QString assigned = tr("Assigned to %1").arg(name);
    QToolTip::showText(event->globalPos(),
        members.isEmpty() ? assigned : members + QLatin1Char('\n') + assigned, view);
    return true;
}

} // namespace parley::ui
