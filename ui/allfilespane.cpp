// AllFilesPane: the documents view, its loading and empty states, and its context menu.
#include "allfilespane.h"

#include "attachmentfiles.h"
#include "clientaccess.h"
#include "errortext.h"
#include "models/documentsmodel.h"
#include "models/messagefilesmodel.h"
#include "net/apiclient.h"
#include "sharedfiledelegate.h"
#include "sharefilesdialog.h"
#include "sync/filesend.h"
#include "sync/transferqueue.h"
#include "sync/workingcopies.h"
#include "transfersview.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace parley::ui {

using models::DocumentsModel;
using models::MessageFilesModel;

AllFilesPane::AllFilesPane(net::ApiClient *api, sync::TransferQueue *transfers,
    sync::WorkingCopies *workingCopies, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_transfers(transfers)
    , m_workingCopies(workingCopies)
    , m_transfersView(new TransfersView(transfers, this))
    , m_model(new DocumentsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_messageFiles(new MessageFilesModel(this))
    , m_messagesSorted(new QSortFilterProxyModel(this))
    , m_messagesView(new QTreeView(this))
    , m_sections(new QTabBar(this))
    , m_pages(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("allFilesPane"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setText(tr("All Files"));

    m_view->setObjectName(QStringLiteral("allFilesView"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DocumentsModel::SortRole);
    setUpView(m_view, m_sorted, DocumentsModel::NameColumn);
    m_view->sortByColumn(DocumentsModel::NameColumn, Qt::AscendingOrder);
    auto *sharing = new SharedFileDelegate(DocumentsModel::SharedRole, m_view);
    m_view->setItemDelegateForColumn(DocumentsModel::SharedColumn, sharing);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AllFilesPane::showContextMenu);

    m_messagesView->setObjectName(QStringLiteral("messageFilesView"));
    m_messagesSorted->setSourceModel(m_messageFiles);
    m_messagesSorted->setSortRole(MessageFilesModel::SortRole);
    setUpView(m_messagesView, m_messagesSorted, MessageFilesModel::NameColumn);
    m_messagesView->sortByColumn(MessageFilesModel::SentColumn, Qt::DescendingOrder);
    auto *messageSharing = new SharedFileDelegate(MessageFilesModel::SharedRole, m_messagesView);
    m_messagesView->setItemDelegateForColumn(MessageFilesModel::KindColumn, messageSharing);
    connect(m_messagesView, &QWidget::customContextMenuRequested, this,
        &AllFilesPane::showMessageFileMenu);
    connect(m_messagesView, &QTreeView::doubleClicked, this, &AllFilesPane::openMessageFile);
    for (SharedFileDelegate *delegate : { sharing, messageSharing }) {
        connect(delegate, &SharedFileDelegate::moreClicked, this,
            [this](const QModelIndex &index, const QPoint &where) {
                QMenu *menu = moreMenu(index);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(where);
            });
    }

    m_sections->setObjectName(QStringLiteral("allFilesSections"));
    m_sections->setDrawBase(false);
    m_sections->setExpanding(false);
    m_sections->addTab(tr("Documents"));
    m_sections->addTab(tr("Messages"));
    m_sections->setTabToolTip(int(Section::Documents), tr("The matter's documents"));
    m_sections->setTabToolTip(int(Section::Messages),
        tr("Files sent, shared and attached in the matter's conversations"));
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_messagesView);
    connect(m_sections, &QTabBar::currentChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        if (index == int(Section::Messages))
            loadMessageFiles(); // what arrived in the conversations since
        updateState();
    });

    m_state->setObjectName(QStringLiteral("allFilesState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto *add = new QPushButton(tr("&Add Files…"), this);
    add->setObjectName(QStringLiteral("allFilesAddButton"));
    add->setToolTip(tr("Upload files from this computer to the matter (or drop them here)"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_matter)
            addFiles(QFileDialog::getOpenFileNames(
                this, tr("Add Files to Matter %1").arg(m_matter->number)));
    });
    connect(this, &AllFilesPane::notice, m_state, [this](const QString &) { updateState(); });
    connect(m_view, &QTreeView::doubleClicked, this, &AllFilesPane::openSelected);
    connect(workingCopies, &sync::WorkingCopies::readyToOpen, this,
        [](qint64, const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(workingCopies, &sync::WorkingCopies::versionSaved, this, [this](qint64, int version) {
        report(tr("Your changes were saved as version %1.").arg(version));
        reload();
    });
    connect(workingCopies, &sync::WorkingCopies::conflict, this,
        [this](qint64 documentId, const QString &name, int latest) {
            const auto answer = QMessageBox::question(this, tr("Newer Version on the Server"),
                tr("Someone saved version %1 of “%2” after you opened it. Replace it with your "
                   "changes? (Its earlier versions are kept either way.)")
                    .arg(latest)
                    .arg(name),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer == QMessageBox::Yes)
                m_workingCopies->keepMine(documentId);
            else
                reload();
        });
    connect(workingCopies, &sync::WorkingCopies::failed, this,
        [this](qint64, const protocol::Error &error) {
            report(tr("The document could not be opened or saved. %1")
                       .arg(ErrorText::describe(error, m_api->baseUrl())));
        });
    // Uploads become documents in the queue (also those finishing after a restart).
    connect(transfers, &sync::TransferQueue::documentCreated, this, [this](qint64 matterId) {
        if (m_matter && m_matter->id == matterId)
            reload();
    });
    connect(transfers, &sync::TransferQueue::transferFailed, this,
        [this](const QString &name, const protocol::Error &error) {
            if (!error.is("cancelled"))
                report(tr("%1 could not be transferred. %2")
                           .arg(name, ErrorText::describe(error, m_api->baseUrl())));
        });
    setAcceptDrops(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(8);
    top->addWidget(m_sections);
    top->addStretch();
    top->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_transfersView);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_model, signal, this, &AllFilesPane::updateState);
        connect(m_messageFiles, signal, this, &AllFilesPane::updateState);
    }
    updateState();
}

void AllFilesPane::setUpView(QTreeView *view, QSortFilterProxyModel *sorted, int stretchColumn)
{
    view->setModel(sorted);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->setMouseTracking(true); // the ⋯ buttons rise under the pointer
    // Room for the header and five files, also while transfers show below.
    view->setMinimumHeight(view->fontMetrics().height() * 7 + 8);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    for (int column = 0; column < sorted->columnCount(); ++column)
        header->setSectionResizeMode(
            column, column == stretchColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

void AllFilesPane::showSection(Section section)
{
    m_sections->setCurrentIndex(int(section));
}

AllFilesPane::Section AllFilesPane::section() const
{
    return Section(m_sections->currentIndex());
}

void AllFilesPane::setMatter(const std::optional<protocol::Matter> &matter)
{
    const bool same = matter && m_matter && matter->id == m_matter->id;
    m_matter = matter;
    m_error.clear();
    m_messagesError.clear();
    if (!same) {
        m_model->setMatter(matter ? std::optional<qint64>(matter->id) : std::nullopt);
        m_messageFiles->setMatter(matter ? std::optional<qint64>(matter->id) : std::nullopt);
    }
    updateState();
    if (!matter)
        return;
    loadMessageFiles();
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

void AllFilesPane::loadMessageFiles()
{
    if (!m_matter)
        return;
    const qint64 matterId = m_matter->id;
    QPointer<AllFilesPane> self(this);
    m_api->messageFiles(
        matterId, [self, matterId](protocol::Result<QList<protocol::Message>> answer) {
            if (!self || self->m_messageFiles->matterId() != matterId)
                return;
            if (!answer) {
                self->m_messagesError = ErrorText::describe(answer.error(), self->m_api->baseUrl());
            } else {
                self->m_messagesError.clear();
                self->m_messageFiles->setMessages(matterId, answer.value());
            }
            self->updateState();
        });
}

void AllFilesPane::updateState()
{
    const int documents = m_model->rowCount();
    const int messageFiles = m_messageFiles->rowCount();
    m_sections->setTabText(int(Section::Documents),
        documents > 0 ? tr("Documents (%1)").arg(documents) : tr("Documents"));
    m_sections->setTabText(int(Section::Messages),
        messageFiles > 0 ? tr("Messages (%1)").arg(messageFiles) : tr("Messages"));
    const bool inDocuments = section() == Section::Documents;
    const int count = inDocuments ? documents : messageFiles;
    const QString error = inDocuments ? m_error : m_messagesError;
    const bool loaded = inDocuments ? m_model->isLoaded() : m_messageFiles->isLoaded();
    QString state;
    if (!m_matter)
        state = tr("Open a matter to see its files.");
    else if (!error.isEmpty() && count == 0)
        state = tr("The files could not be loaded. %1").arg(error);
    else if (!loaded && count == 0)
        state = tr("Loading files…");
    else if (count == 0)
        state = inDocuments ? tr("No files on this matter yet.")
                            : tr("No files have been sent or shared in this matter's "
                                 "conversations yet.");
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    m_pages->setVisible(state.isEmpty());
}

QMenu *AllFilesPane::contextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("allFilesMenu"));
    const bool chosen = m_view->selectionModel()->hasSelection();
    QAction *open = menu->addAction(tr("&Open"));
    open->setObjectName(QStringLiteral("openDocumentAction"));
    open->setToolTip(tr("Edit a working copy; every save becomes a new version"));
    open->setEnabled(m_view->selectionModel()->selectedRows().size() == 1);
    connect(open, &QAction::triggered, this, &AllFilesPane::openSelected);
    menu->setDefaultAction(open);
    menu->addSeparator();
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
    menu->addSeparator();
    const QList<protocol::Document> selected = selectedDocuments();
    QAction *save = menu->addAction(tr("Save a &Copy…"));
    save->setObjectName(QStringLiteral("saveCopyAction"));
    save->setEnabled(selected.size() == 1 && selected.first().currentVersion());
    connect(save, &QAction::triggered, this, &AllFilesPane::saveCopy);
    QAction *stop = menu->addAction(tr("&Remove Client Access…"));
    stop->setObjectName(QStringLiteral("removeClientAccessAction"));
    stop->setEnabled(std::any_of(selected.begin(), selected.end(),
        [](const protocol::Document &document) { return document.shared; }));
    connect(stop, &QAction::triggered, this, [this] { removeClientAccess(); });
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

void AllFilesPane::openSelected()
{
    const QList<protocol::Document> selected = selectedDocuments();
    if (selected.size() == 1)
        m_workingCopies->open(selected.first());
}

QList<protocol::Document> AllFilesPane::selectedDocuments() const
{
    QList<protocol::Document> chosen;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        chosen.append(m_model->at(m_sorted->mapToSource(index).row()));
    return chosen;
}

void AllFilesPane::openDialog(bool share)
{
    if (!m_matter)
        return;
    auto *dialog
        = new ShareFilesDialog(share ? ShareFilesDialog::Mode::Share : ShareFilesDialog::Mode::Send,
            *m_matter, selectedDocuments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { sendChosen(dialog); });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void AllFilesPane::sendChosen(ShareFilesDialog *dialog)
{
    if (!m_matter)
        return;
    sync::FileSendRequest request;
    request.matterId = m_matter->id;
    const bool share = dialog->mode() == ShareFilesDialog::Mode::Share;
    request.mode = share ? QStringLiteral("share") : QStringLiteral("copy");
    request.recipientIds = dialog->chosenRecipients();
    request.joinedByServer = m_matter->spousesJoining(request.recipientIds);
    request.documentIds = dialog->documentIds();
    request.localFiles = dialog->localFiles();
    request.body = dialog->message();
    const int count = int(request.documentIds.size() + request.localFiles.size());
    QPointer<AllFilesPane> self(this);
    sync::FileSend::run(m_api, m_transfers, request,
        [self, share, count](const protocol::Result<protocol::Message> &sent) {
            if (!self)
                return;
            if (!sent) {
                self->report(share
                        ? tr("The files could not be shared. %1")
                              .arg(ErrorText::describe(sent.error(), self->m_api->baseUrl()))
                        : tr("The files could not be sent. %1")
                              .arg(ErrorText::describe(sent.error(), self->m_api->baseUrl())));
                return;
            }
            self->report(share ? tr("Shared %n file(s) on the client portal.", nullptr, count)
                               : tr("Sent %n file(s) to the client portal.", nullptr, count));
            self->reload();
        });
}

void AllFilesPane::addFiles(const QStringList &paths)
{
    if (!m_matter)
        return;
    for (const QString &path : paths)
        m_transfers->enqueueDocumentUpload(path, QFileInfo(path).fileName(), m_matter->id);
}

void AllFilesPane::removeClientAccess(bool confirm)
{
    QList<qint64> shared;
    for (const protocol::Document &document : selectedDocuments()) {
        if (document.shared)
            shared.append(document.id);
    }
    stopSharing(shared, confirm);
}

void AllFilesPane::stopSharing(const QList<qint64> &documentIds, bool confirm)
{
    QList<ClientAccess::SharedDocument> documents;
    for (qint64 id : documentIds) {
        const int row = m_model->rowOf(id);
        documents.append({ id, row >= 0 ? m_model->at(row).name : QString() });
    }
    ClientAccess::remove(
        m_api, documents, this, confirm, [this](const QString &text) { report(text); },
        [this] { reload(); });
}

std::optional<protocol::Attachment> AllFilesPane::selectedMessageFile() const
{
    const QModelIndexList rows = m_messagesView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_messageFiles->at(m_messagesSorted->mapToSource(rows.first()).row()).attachment;
}

QMenu *AllFilesPane::messageFileMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("messageFileMenu"));
    const QModelIndexList rows = m_messagesView->selectionModel()->selectedRows();
    const std::optional<models::MessageFile> file = rows.size() == 1
        ? std::optional(m_messageFiles->at(m_messagesSorted->mapToSource(rows.first()).row()))
        : std::nullopt;
    const bool readable = file && !file->attachment.sha256.isEmpty();
    QAction *open = menu->addAction(tr("&Open"));
    open->setObjectName(QStringLiteral("openMessageFileAction"));
    open->setEnabled(readable);
    connect(open, &QAction::triggered, this, &AllFilesPane::openMessageFile);
    menu->setDefaultAction(open);
    QAction *save = menu->addAction(tr("Save a &Copy…"));
    save->setObjectName(QStringLiteral("saveMessageFileAction"));
    save->setEnabled(readable);
    QAction *show = menu->addAction(tr("Show in &Conversation"));
    show->setObjectName(QStringLiteral("showMessageAction"));
    show->setEnabled(file.has_value());
    if (file) {
        connect(save, &QAction::triggered, this, [this, attachment = file->attachment] {
            AttachmentFiles::saveAs(m_transfers, attachment, this, [this, attachment](auto error) {
                report(tr("%1 could not be downloaded. %2")
                           .arg(attachment.name, ErrorText::describe(error, m_api->baseUrl())));
            });
        });
        connect(show, &QAction::triggered, this, [this, message = *file] {
            Q_EMIT showMessageRequested(message.conversationId, message.messageId);
        });
    }
    menu->addSeparator();
    QAction *stop = menu->addAction(tr("&Remove Client Access…"));
    stop->setObjectName(QStringLiteral("removeMessageFileAccessAction"));
    const bool liveShare = file && file->attachment.mode == QLatin1String("share")
        && !file->attachment.stopped && file->attachment.documentId;
    stop->setEnabled(liveShare);
    if (liveShare)
        connect(stop, &QAction::triggered, this,
            [this, id = *file->attachment.documentId] { stopSharing({ id }, true); });
    return menu;
}

QMenu *AllFilesPane::moreMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("sharedFileMoreMenu"));
    std::optional<qint64> documentId;
    if (index.model() == m_sorted) {
        const protocol::Document &document = m_model->at(m_sorted->mapToSource(index).row());
        if (document.shared)
            documentId = document.id;
    } else if (index.model() == m_messagesSorted) {
        const protocol::Attachment &attachment
            = m_messageFiles->at(m_messagesSorted->mapToSource(index).row()).attachment;
        if (attachment.mode == QLatin1String("share") && !attachment.stopped)
            documentId = attachment.documentId;
    }
    QAction *stop = menu->addAction(tr("&Remove Client Access…"));
    stop->setObjectName(QStringLiteral("moreRemoveClientAccessAction"));
    stop->setEnabled(documentId.has_value());
    if (documentId)
        connect(stop, &QAction::triggered, this,
            [this, id = *documentId] { stopSharing({ id }, true); });
    return menu;
}

void AllFilesPane::showMessageFileMenu(const QPoint &position)
{
    if (!m_messagesView->indexAt(position).isValid())
        return;
    QMenu *menu = messageFileMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_messagesView->viewport()->mapToGlobal(position));
}

void AllFilesPane::openMessageFile()
{
    if (const auto file = selectedMessageFile())
        AttachmentFiles::open(m_transfers, *file, this, [this, name = file->name](auto error) {
            report(tr("%1 could not be downloaded. %2")
                       .arg(name, ErrorText::describe(error, m_api->baseUrl())));
        });
}

void AllFilesPane::saveCopy()
{
    const QList<protocol::Document> selected = selectedDocuments();
    if (selected.size() != 1 || !selected.first().currentVersion())
        return;
    const protocol::Document document = selected.first();
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a Copy"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .filePath(document.name));
    if (target.isEmpty())
        return;
    QPointer<AllFilesPane> self(this);
    m_transfers->enqueueDownload(document.currentVersion()->sha256, document.name, target,
        [self, name = document.name](const protocol::Result<QString> &saved) {
            if (self && !saved && !saved.error().is("cancelled"))
                self->report(
                    tr("%1 could not be downloaded. %2")
                        .arg(name, ErrorText::describe(saved.error(), self->m_api->baseUrl())));
        });
}

void AllFilesPane::reload()
{
    setMatter(m_matter);
}

void AllFilesPane::report(const QString &text)
{
    m_state->setToolTip(text);
    Q_EMIT notice(text);
}

void AllFilesPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_matter || !event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            return;
    }
    event->acceptProposedAction();
}

void AllFilesPane::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace parley::ui
