// InboxTable: the look of unread and to-do rows, selection helpers and keys.
#include "inboxtable.h"

#include "models/inboxmodel.h"

#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <algorithm>

namespace parley::ui {

using models::InboxModel;

namespace {

// Unread rows bold; a paper clip on messages with files; the To-Do column's flag or tick.
class InboxLook : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.data(InboxModel::UnreadRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::DecorationRole && index.column() == InboxModel::MessageColumn)
            return index.data(InboxModel::FileCountRole).toInt() > 0 ? QVariant(m_files)
                                                                     : QVariant();
        if (role == Qt::DecorationRole && index.column() == InboxModel::TodoColumn) {
            const QString mark = index.data(InboxModel::TodoRole).toString();
            if (mark == QLatin1String("todo"))
                return m_todo;
            if (mark == QLatin1String("done"))
                return m_done;
            return {};
        }
        return QSortFilterProxyModel::data(index, role);
    }

private:
    QIcon m_todo { QStringLiteral(":/icons/todo.svg") };
    QIcon m_done { QStringLiteral(":/icons/done.svg") };
    QIcon m_files { QStringLiteral(":/icons/attachment.svg") };
};

} // namespace

InboxTable::InboxTable(InboxModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
    , m_sorted(new InboxLook(this))
{
    setObjectName(QStringLiteral("inboxTable"));
    m_sorted->setSourceModel(model);
    m_sorted->setSortRole(InboxModel::SortRole);
    setModel(m_sorted);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setTextElideMode(Qt::ElideRight);
    const auto lookAtEnd = [this] {
        if (showsLastRow())
            Q_EMIT endReached();
    };
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, lookAtEnd);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, lookAtEnd);

    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setSectionsMovable(true);
    columns->setSortIndicator(InboxModel::ReceivedColumn, Qt::DescendingOrder);
    const int chars = fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(InboxModel::MessageColumn, QHeaderView::Stretch);
    // Short values: as wide as the widest (in bold, as unread rows are).
    for (int column : { InboxModel::FromColumn, InboxModel::ReceivedColumn,
             InboxModel::WaitingColumn, InboxModel::AssigneeColumn, InboxModel::TodoColumn })
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    columns->resizeSection(InboxModel::MatterColumn, chars * 30);

    connect(this, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openRequested(m_model->item(m_sorted->mapToSource(index).row()));
    });
}

QList<protocol::InboxItem> InboxTable::selectedItems() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<protocol::InboxItem> items;
    for (const QModelIndex &row : std::as_const(rows))
        items.append(m_model->item(m_sorted->mapToSource(row).row()));
    return items;
}

QList<qint64> InboxTable::selectedMessageIds() const
{
    QList<qint64> ids;
    for (const protocol::InboxItem &item : selectedItems())
        ids.append(item.message.id);
    return ids;
}

std::optional<protocol::InboxItem> InboxTable::currentItem() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->item(m_sorted->mapToSource(current).row());
}

int InboxTable::viewRowOf(qint64 messageId) const
{
    const int row = m_model->rowOf(messageId);
    return row < 0 ? -1 : m_sorted->mapFromSource(m_model->index(row, 0)).row();
}

bool InboxTable::showsLastRow() const
{
    const int rows = m_sorted->rowCount();
    if (!isVisible() || rows == 0)
        return false;
    // visualRect lays out the rows first when a layout is pending.
    return viewport()->rect().intersects(visualRect(m_sorted->index(rows - 1, 0)));
}

void InboxTable::selectMessages(const QList<qint64> &messageIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : messageIds) {
        const int row = viewRowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_sorted->index(row, 0);
        if (!first.isValid())
            first = index;
        selection.select(index, m_sorted->index(row, m_sorted->columnCount() - 1));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
}

void InboxTable::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        Q_EMIT trashRequested();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        if (const std::optional<protocol::InboxItem> item = currentItem())
            Q_EMIT openRequested(*item);
        return;
    }
    QTreeView::keyPressEvent(event);
}

} // namespace parley::ui
