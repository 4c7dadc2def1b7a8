// MattersDelegate: painting of the two-line matter rows.
#include "mattersdelegate.h"

#include "itempainting.h"
#include "models/mattersmodel.h"

#include <QApplication>
#include <QPainter>

namespace parley::ui {

using models::MattersModel;

namespace {
constexpr int Margin = 6;
}

QSize MattersDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(200, fm.lineSpacing() * 2 + Margin * 2 + 2);
}

void MattersDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ItemColors colors = paintItemBackground(painter, option, index, false);
    const QColor &text = colors.text;
    const QColor &secondary = colors.secondary;

    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);

    painter->save();
    // Line 1: the number and the client, who is how lawyers name a matter; line 2: the title.
    const QString number = index.data(MattersModel::NumberRole).toString();
    const QRect firstLine(area.left(), area.top(), area.width(), fm.lineSpacing());
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter, number);
    const int numberWidth
        = boldFm.horizontalAdvance(number) + fm.horizontalAdvance(QLatin1Char(' ')) * 2;

    QString client = index.data(MattersModel::ClientNameRole).toString();
    if (index.data(MattersModel::RestrictedRole).toBool())
        client = client.isEmpty() ? tr("Restricted") : tr("%1 · Restricted").arg(client);
    painter->setFont(option.font);
    painter->setPen(secondary);
    const QRect clientRect = firstLine.adjusted(numberWidth, 0, 0, 0);
    painter->drawText(clientRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(client, Qt::ElideRight, clientRect.width()));

    // Line 2: the title, bold with the count of unread messages when there are any.
    const QString title = index.data(MattersModel::TitleRole).toString();
    const int unread = index.data(MattersModel::UnreadCountRole).toInt();
    painter->setPen(text);
    QRect titleRect = firstLine.translated(0, fm.lineSpacing() + 2);
    if (unread > 0) {
        const QString count = tr("%n unread", nullptr, unread);
        const int countWidth = boldFm.horizontalAdvance(count);
        painter->setFont(bold);
        painter->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, count);
        titleRect.setRight(titleRect.right() - countWidth - Margin);
    }
    const QFontMetrics &titleFm = unread > 0 ? boldFm : fm;
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        titleFm.elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->restore();
}

} // namespace parley::ui
