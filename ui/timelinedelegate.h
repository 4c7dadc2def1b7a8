// TimelineDelegate: a message as sender, time and send state, then the wrapped body.
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace parley::ui {

class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // view: its viewport width decides where bodies wrap.
    explicit TimelineDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A message row's time line: "Sending…", "Not sent", or its time, with the channel when it
    // came by text message or email ("10:05 · by text message").
    static QString timeText(const QModelIndex &index);

private:
    struct Layout
    {
        QRect header;
        QRect body;
        QRect note;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    static QString bodyText(const QModelIndex &index);
    static QString noteText(const QModelIndex &index);
    // A portal event's one line: "Priya Shah added Tom Becker · 15 Oct 2026, 09:05".
    static QString eventLine(const QModelIndex &index);
    static bool isEvent(const QModelIndex &index);

    QAbstractItemView *m_view;
};

} // namespace parley::ui
