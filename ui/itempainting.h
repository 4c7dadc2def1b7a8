// Shared first steps of the custom row delegates: the platform's item background (selection,
// hover, focus), the text colours that go with it, and message times.
#pragma once

#include <QColor>
#include <QDateTime>
#include <QStyle>
#include <QStyleOptionViewItem>

class QPainter;

namespace parley::ui {

struct ItemColors
{
    QColor text; // the main text on this row's background
    QColor secondary; // dimmer text (times, client names); the main colour when selected
    bool selected = false;
};

// Draws the row's background with the widget's style (element: CE_ItemViewItem or the
// bare PE_PanelItemViewItem panel) and returns the colours to draw text with.
ItemColors paintItemBackground(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, bool panelOnly);

// A message's time as rows show it: the time alone today, else date and time, local.
QString messageTimeText(const QDateTime &time);

} // namespace parley::ui
