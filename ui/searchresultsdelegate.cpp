// SearchResultsDelegate: painting of the three-line search result rows.
#include "searchresultsdelegate.h"

#include "itempainting.h"
#include "models/searchmodel.h"

#include <QPainter>

namespace parley::ui {

using models::SearchModel;

namespace {
constexpr int Margin = 6;
constexpr int LineGap = 2;
} // namespace

QSize SearchResultsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(200, fm.lineSpacing() * 3 + LineGap * 2 + Margin * 2);
}

void SearchResultsDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ItemColors colors = paintItemBackground(painter, option, index, false);
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);

    painter->save();
    // Line 1: who wrote it, and when (right-aligned).
    QRect line(area.left(), area.top(), area.width(), fm.lineSpacing());
    const QString time = messageTimeText(index.data(SearchModel::CreatedAtRole).toDateTime());
    const int timeWidth = fm.horizontalAdvance(time);
    painter->setFont(option.font);
    painter->setPen(colors.secondary);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, time);
    const QRect senderRect = line.adjusted(0, 0, -(timeWidth + fm.averageCharWidth() * 2), 0);
    painter->setFont(bold);
    painter->setPen(colors.text);
    painter->drawText(senderRect, Qt::AlignLeft | Qt::AlignVCenter,
        boldFm.elidedText(index.data(SearchModel::SenderNameRole).toString(), Qt::ElideRight,
            senderRect.width()));

    // Line 2: the matter and thread; line 3: the words around the match.
    painter->setFont(option.font);
    line.translate(0, fm.lineSpacing() + LineGap);
    painter->setPen(colors.secondary);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(SearchModel::PlaceRole).toString(), Qt::ElideRight, line.width()));
    line.translate(0, fm.lineSpacing() + LineGap);
    painter->setPen(colors.text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(
            index.data(SearchModel::SnippetRole).toString(), Qt::ElideRight, line.width()));
    painter->restore();
}

} // namespace parley::ui
