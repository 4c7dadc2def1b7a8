// NotificationCenter: the alerts list and its controls.
#include "notificationcenter.h"

#include "sync/alertcenter.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace parley::ui {

using sync::AlertCenter;

namespace {

// Two lines per alert: the title (bold while unread) with its time, then the preview.
class AlertDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(option.rect.width(), option.fontMetrics.lineSpacing() * 2 + 12);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorRole text = selected ? QPalette::HighlightedText : QPalette::Text;
        const QRect area = option.rect.adjusted(8, 5, -8, -5);
        const int line = option.fontMetrics.lineSpacing();
        QFont titleFont = option.font;
        titleFont.setBold(index.data(AlertCenter::UnreadRole).toBool());
        // Today's alerts by the clock, older ones by the day.
        const QDateTime at = index.data(AlertCenter::TimeRole).toDateTime().toLocalTime();
        const QString time = at.date() == QDate::currentDate()
            ? QLocale().toString(at.time(), QStringLiteral("HH:mm"))
            : QLocale().toString(at.date(), NotificationCenter::tr("d MMM", "an alert's day"));
        painter->save();
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        if (selected)
            painter->setPen(option.palette.color(text));
        const int timeWidth = option.fontMetrics.horizontalAdvance(time);
        painter->drawText(
            QRect(area.right() - timeWidth, area.top(), timeWidth, line), Qt::AlignRight, time);
        painter->setPen(option.palette.color(text));
        painter->setFont(titleFont);
        const QRect titleRect(area.left(), area.top(), area.width() - timeWidth - 8, line);
        painter->drawText(titleRect, Qt::AlignLeft,
            QFontMetrics(titleFont).elidedText(
                index.data(AlertCenter::TitleRole).toString(), Qt::ElideRight, titleRect.width()));
        painter->setFont(option.font);
        if (!selected)
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
        const QString preview = index.data(AlertCenter::PreviewRole).toString().simplified();
        painter->drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt::AlignLeft,
            option.fontMetrics.elidedText(preview, Qt::ElideRight, area.width()));
        painter->restore();
    }
};

} // namespace

NotificationCenter::NotificationCenter(sync::AlertCenter *alerts, QWidget *parent)
    : QWidget(parent)
    , m_alerts(alerts)
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_markAll(new QPushButton(tr("Mark All &Read"), this))
    , m_dnd(new QCheckBox(tr("Do not &disturb"), this))
{
    setObjectName(QStringLiteral("notificationCenter"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 42);
    m_list->setObjectName(QStringLiteral("alertsList"));
    m_list->setModel(alerts);
    m_list->setItemDelegate(new AlertDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_empty->setObjectName(QStringLiteral("alertsEmpty"));
    m_empty->setText(tr("Nothing new. Client replies, files clients send, their reads and "
                        "mentions of you show here."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_markAll->setObjectName(QStringLiteral("markAllReadButton"));
    m_dnd->setObjectName(QStringLiteral("doNotDisturbBox"));
    m_dnd->setToolTip(tr("No pop-up notifications; alerts still collect here"));

    connect(m_list, &QListView::activated, this,
        [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_list, &QListView::clicked, this,
        [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_markAll, &QPushButton::clicked, alerts, &sync::AlertCenter::markAllRead);
    connect(m_dnd, &QCheckBox::toggled, this, &NotificationCenter::doNotDisturbChanged);
    connect(alerts, &sync::AlertCenter::unreadCountChanged, this, &NotificationCenter::updateState);
    connect(alerts, &QAbstractItemModel::rowsInserted, this, &NotificationCenter::updateState);
    connect(alerts, &QAbstractItemModel::rowsRemoved, this, &NotificationCenter::updateState);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_dnd);
    bottom->addStretch();
    bottom->addWidget(m_markAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(bottom);
    updateState();
}

bool NotificationCenter::doNotDisturb() const
{
    return m_dnd->isChecked();
}

void NotificationCenter::setDoNotDisturb(bool on)
{
    m_dnd->setChecked(on);
}

void NotificationCenter::activate(int row)
{
    if (row < 0 || row >= m_alerts->rowCount())
        return;
    const AlertCenter::Alert alert = m_alerts->at(row);
    m_alerts->markRead(row);
    Q_EMIT openRequested(alert.conversationId, alert.messageId);
}

void NotificationCenter::updateState()
{
    const bool empty = m_alerts->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_markAll->setEnabled(m_alerts->unreadCount() > 0);
}

} // namespace parley::ui
