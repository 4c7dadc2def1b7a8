// TimelineDelegate: layout and painting of message rows, pending and failed marks.
#include "timelinedelegate.h"

#include "errortext.h"
#include "itempainting.h"
#include "models/timelinemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace parley::ui {

using models::TimelineModel;
using SendState = models::TimelineModel::SendState;

namespace {
constexpr int HMargin = 10;
constexpr int VMargin = 6;
constexpr int Gap = 2;
constexpr int TextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

SendState stateOf(const QModelIndex &index)
{
    return index.data(TimelineModel::SendStateRole).value<SendState>();
}

QColor failureColor(const QPalette &palette)
{
    // No palette role means "error"; a red that stays readable on light and dark windows.
    return palette.color(QPalette::Window).lightness() > 128 ? QColor(0xb0, 0x1e, 0x1e)
                                                             : QColor(0xff, 0x80, 0x80);
}
} // namespace

TimelineDelegate::TimelineDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

QString TimelineDelegate::bodyText(const QModelIndex &index)
{
    if (index.data(TimelineModel::DeletedRole).toBool())
        return tr("This message was deleted.");
    const QString body = index.data(TimelineModel::BodyRole).toString();
    const QString files = index.data(TimelineModel::AttachmentsTextRole).toString();
    if (files.isEmpty())
        return body.isEmpty()
                && index.data(TimelineModel::KindRole).toString() == QLatin1String("file")
            ? tr("Sent files.")
            : body;
    return body.isEmpty() ? files : body + QLatin1Char('\n') + files;
}

QString TimelineDelegate::noteText(const QModelIndex &index)
{
    // Under the user's own sent messages: "Read by …" or "Delivered" (translated by the model).
    if (stateOf(index) != SendState::Failed)
        return index.data(TimelineModel::ReadByRole).toString();
    const auto error = index.data(TimelineModel::ErrorObjectRole).value<protocol::Error>();
    return tr("Not sent. %1 Double-click the message to try again.")
        .arg(ErrorText::describe(error));
}

QString TimelineDelegate::timeText(const QModelIndex &index)
{
    switch (stateOf(index)) {
    case SendState::Pending:
        return tr("Sending…");
    case SendState::Failed:
        return tr("Not sent");
    case SendState::Sent:
        break;
    }
    const QString time = messageTimeText(index.data(TimelineModel::CreatedAtRole).toDateTime());
    // How it came, when not through Parley itself.
    const QString channel = index.data(TimelineModel::ChannelRole).toString();
    if (channel == QLatin1String("sms"))
        return tr("%1 · by text message").arg(time);
    if (channel == QLatin1String("email"))
        return tr("%1 · by email").arg(time);
    return time;
}

bool TimelineDelegate::isEvent(const QModelIndex &index)
{
    return index.data(TimelineModel::KindRole).toString() == QLatin1String("event");
}

QString TimelineDelegate::eventLine(const QModelIndex &index)
{
    return tr("%1 · %2", "a portal event and its time")
        .arg(index.data(TimelineModel::EventTextRole).toString(),
            messageTimeText(index.data(TimelineModel::CreatedAtRole).toDateTime()));
}

TimelineDelegate::Layout TimelineDelegate::layoutFor(
    const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    const QFontMetrics fm(option.font);
    const int textWidth = qMax(80, width - 2 * HMargin);
    Layout layout;
    int y = VMargin;
    if (isEvent(index)) {
        const QRect line
            = fm.boundingRect(QRect(0, 0, textWidth, 1 << 20), TextFlags, eventLine(index));
        layout.body = QRect(HMargin, y, textWidth, line.height());
        layout.height = y + line.height() + VMargin;
        return layout;
    }
    layout.header = QRect(HMargin, y, textWidth, fm.lineSpacing());
    y += fm.lineSpacing() + Gap;
    const QRect body = fm.boundingRect(QRect(0, 0, textWidth, 1 << 20), TextFlags, bodyText(index));
    layout.body = QRect(HMargin, y, textWidth, body.height());
    y += body.height();
    const QString note = noteText(index);
    if (!note.isEmpty()) {
        y += Gap;
        const QRect noteRect = fm.boundingRect(QRect(0, 0, textWidth, 1 << 20), TextFlags, note);
        layout.note = QRect(HMargin, y, textWidth, noteRect.height());
        y += noteRect.height();
    }
    layout.height = y + VMargin;
    return layout;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view->viewport()->width();
    return QSize(width, layoutFor(option, index, width).height);
}

void TimelineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ItemColors colors = paintItemBackground(painter, option, index, true);
    const bool selected = colors.selected;
    const QColor &text = colors.text;
    const QColor &secondary = colors.secondary;
    const SendState state = stateOf(index);

    Layout layout = layoutFor(option, index, option.rect.width());
    const QPoint origin = option.rect.topLeft();
    layout.header.translate(origin);
    layout.body.translate(origin);
    layout.note.translate(origin);

    painter->save();
    if (isEvent(index)) {
        painter->setFont(option.font);
        painter->setPen(secondary);
        painter->drawText(layout.body, TextFlags, eventLine(index));
        painter->restore();
        return;
    }
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const QString sender = index.data(TimelineModel::SenderNameRole).toString();
    const QString time = timeText(index);
    const int timeWidth = QFontMetrics(option.font).horizontalAdvance(time) + HMargin;
    const QString shownSender
        = boldFm.elidedText(sender, Qt::ElideRight, qMax(40, layout.header.width() - timeWidth));
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter, shownSender);

    painter->setFont(option.font);
    painter->setPen(
        state == SendState::Failed && !selected ? failureColor(option.palette) : secondary);
    QRect timeRect = layout.header;
    timeRect.setLeft(layout.header.left() + boldFm.horizontalAdvance(shownSender) + HMargin);
    painter->drawText(timeRect, Qt::AlignLeft | Qt::AlignVCenter, time);

    QFont bodyFont = option.font;
    const bool deleted = index.data(TimelineModel::DeletedRole).toBool();
    if (deleted)
        bodyFont.setItalic(true);
    painter->setFont(bodyFont);
    painter->setPen(state == SendState::Pending || deleted ? secondary : text);
    painter->drawText(layout.body, TextFlags, bodyText(index));

    if (!layout.note.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(selected             ? text
                : state == SendState::Failed ? failureColor(option.palette)
                                             : secondary);
        painter->drawText(layout.note, TextFlags, noteText(index));
    }
    painter->restore();
}

} // namespace parley::ui
