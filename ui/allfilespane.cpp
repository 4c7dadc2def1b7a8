// AllFilesPane: the documents view, its loading and empty states, and its context menu.
#include "allfilespane.h"

#include "errortext.h"
#include "models/documentsmodel.h"
#include "net/apiclient.h"
#include "sharefilesdialog.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace parley::ui {

using models::DocumentsModel;

namespace {

// The Sharing column: a link icon beside "Shared" while a live share is active.
class SharingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(DocumentsModel::SharedRole).toBool()) {
            option->icon = QIcon(QStringLiteral(":/icons/shared.svg"));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

} // namespace

AllFilesPane::AllFilesPane(net::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new DocumentsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("allFilesPane"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setText(tr("All Files"));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DocumentsModel::SortRole);
    m_view->setObjectName(QStringLiteral("allFilesView"));
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentsModel::NameColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(DocumentsModel::SharedColumn, new SharingDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DocumentsModel::NameColumn, QHeaderView::Stretch);
    for (int column = DocumentsModel::VersionColumn; column < DocumentsModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AllFilesPane::showContextMenu);

    m_state->setObjectName(QStringLiteral("allFilesState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state, 1);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &AllFilesPane::updateState);
    updateState();
}

void AllFilesPane::setMatter(const std::optional<protocol::Matter> &matter)
{
    m_matter = matter;
    m_error.clear();
    m_model->setMatter(matter ? std::optional<qint64>(matter->id) : std::nullopt);
    updateState();
    if (!matter)
        return;
    const qint64 matterId = matter->id;
    QPointer<AllFilesPane> self(this);
    m_api->documents(
        matterId, [self, matterId](protocol::Result<QList<protocol::Document>> answer) {
            if (!self || self->m_model->matterId() != matterId)
                return; // another matter is shown now
            if (!answer) {
                self->m_error = ErrorText::describe(answer.error(), self->m_api->baseUrl());
            } else {
                self->m_error.clear();
                self->m_model->setDocuments(matterId, answer.value());
            }
            self->updateState();
        });
}

void AllFilesPane::updateState()
{
    const int count = m_model->rowCount();
    m_heading->setText(count > 0 ? tr("All Files (%1)").arg(count) : tr("All Files"));
    QString state;
    if (!m_matter)
        state = tr("Open a matter to see its files.");
    else if (!m_error.isEmpty() && count == 0)
        state = tr("The files could not be loaded. %1").arg(m_error);
    else if (!m_model->isLoaded() && count == 0)
        state = tr("Loading files…");
    else if (count == 0)
        state = tr("No files on this matter yet.");
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    m_view->setVisible(state.isEmpty());
}

QMenu *AllFilesPane::contextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("allFilesMenu"));
    const bool chosen = m_view->selectionModel()->hasSelection();
    QMenu *send = menu->addMenu(tr("&Send"));
    send->setObjectName(QStringLiteral("sendMenu"));
    QAction *sendPortal = send->addAction(tr("Client &Portal…"));
    sendPortal->setObjectName(QStringLiteral("sendToPortalAction"));
    connect(sendPortal, &QAction::triggered, this, [this] { openDialog(false); });
    QMenu *share = menu->addMenu(tr("S&hare"));
    share->setObjectName(QStringLiteral("shareMenu"));
    QAction *sharePortal = share->addAction(tr("Client &Portal…"));
    sharePortal->setObjectName(QStringLiteral("shareOnPortalAction"));
    connect(sharePortal, &QAction::triggered, this, [this] { openDialog(true); });
    send->setEnabled(chosen);
    share->setEnabled(chosen);
    return menu;
}

void AllFilesPane::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu *menu = contextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void AllFilesPane::openDialog(bool share)
{
    if (!m_matter)
        return;
    QList<protocol::Document> chosen;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        chosen.append(m_model->at(m_sorted->mapToSource(index).row()));
    auto *dialog
        = new ShareFilesDialog(share ? ShareFilesDialog::Mode::Share : ShareFilesDialog::Mode::Send,
            *m_matter, chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

} // namespace parley::ui
