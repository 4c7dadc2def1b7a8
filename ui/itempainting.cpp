// Row backgrounds and text colours for delegates.
#include "itempainting.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace parley::ui {

namespace {

// initStyleOption is protected; a delegate of the plain kind fills the option the same way.
class OptionFiller : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::initStyleOption;
};

} // namespace

ItemColors paintItemBackground(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, bool panelOnly)
{
    QStyleOptionViewItem opt = option;
    OptionFiller().initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (panelOnly)
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    else
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    ItemColors colors;
    colors.selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    colors.text
        = option.palette.color(group, colors.selected ? QPalette::HighlightedText : QPalette::Text);
    colors.secondary
        = colors.selected ? colors.text : option.palette.color(group, QPalette::PlaceholderText);
    return colors;
}

QString messageTimeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(),
            QCoreApplication::translate(
                "parley::ui::TimelineDelegate", "HH:mm", "time of a message sent today"));
    return locale.toString(local,
        QCoreApplication::translate(
            "parley::ui::TimelineDelegate", "d MMM yyyy, HH:mm", "time of an older message"));
}

} // namespace parley::ui
