// The transfer queue as a list with progress bars.
#include "transfersview.h"

#include "sync/transferqueue.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace parley::ui {

using sync::TransferQueue;

namespace {

// Name and state on the left, a native progress bar on the right.
class TransferDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(300, option.fontMetrics.height() * 2 + 10);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, option.widget);

        const QRect area = option.rect.adjusted(6, 4, -6, -4);
        const int barWidth = std::min(220, area.width() / 3);
        const QRect text(area.left(), area.top(), area.width() - barWidth - 12, area.height());
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const int line = option.fontMetrics.height();
        painter->drawText(QRect(text.left(), text.top(), text.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(
                index.data(TransferQueue::NameRole).toString(), Qt::ElideMiddle, text.width()));
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(text.left(), text.top() + line + 2, text.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(
                index.data(TransferQueue::StateTextRole).toString(), Qt::ElideRight, text.width()));
        painter->restore();

        QStyleOptionProgressBar bar;
        bar.initFrom(option.widget);
        bar.rect = QRect(area.right() - barWidth, area.center().y() - 8, barWidth, 16);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = index.data(TransferQueue::ProgressRole).toInt();
        bar.textVisible = false;
        bar.state |= QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
};

} // namespace

TransfersView::TransfersView(TransferQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_list(new QListView(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_cancel(new QPushButton(tr("&Cancel Transfer"), this))
    , m_clear(new QPushButton(tr("C&lear Finished"), this))
{
    setObjectName(QStringLiteral("transfersView"));
    m_list->setObjectName(QStringLiteral("transfersList"));
    m_list->setModel(queue);
    m_list->setItemDelegate(new TransferDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    // Room for two transfers, three at most (the rows are empty when this is built).
    const int rowHeight = m_list->fontMetrics().height() * 2 + 10;
    m_list->setMinimumHeight(rowHeight * 2 + 6);
    m_list->setMaximumHeight(rowHeight * 3 + 6);
    m_pause->setObjectName(QStringLiteral("pauseTransferButton"));
    m_resume->setObjectName(QStringLiteral("resumeTransferButton"));
    m_cancel->setObjectName(QStringLiteral("cancelTransferButton"));
    m_clear->setObjectName(QStringLiteral("clearTransfersButton"));
    connect(m_pause, &QPushButton::clicked, this, [this] { m_queue->pause(currentRow()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_queue->resume(currentRow()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_queue->cancel(currentRow()); });
    connect(m_clear, &QPushButton::clicked, m_queue, &TransferQueue::clearFinished);

    auto *heading = new QLabel(tr("Transfers"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(heading);
    buttons->addStretch();
    for (QPushButton *button : { m_pause, m_resume, m_cancel, m_clear })
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &TransfersView::updateButtons);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(queue, signal, this, &TransfersView::updateButtons);
    connect(queue, &QAbstractItemModel::dataChanged, this, &TransfersView::updateButtons);
    connect(queue, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int row) {
        // The newest transfer is the one the user just asked for.
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_queue->index(row));
    });
    updateButtons();
}

int TransfersView::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void TransfersView::updateButtons()
{
    setVisible(m_queue->rowCount() > 0);
    const QModelIndex current = m_list->currentIndex();
    const auto state = current.isValid()
        ? current.data(TransferQueue::StateRole).value<TransferQueue::State>()
        : TransferQueue::State::Done;
    using State = TransferQueue::State;
    m_pause->setEnabled(
        state == State::Running || state == State::Queued || state == State::Waiting);
    m_resume->setEnabled(
        state == State::Paused || state == State::Failed || state == State::Waiting);
    m_cancel->setEnabled(state != State::Done && state != State::Cancelled && current.isValid());
    m_clear->setEnabled(m_queue->rowCount() > m_queue->pendingCount());
}

} // namespace parley::ui
