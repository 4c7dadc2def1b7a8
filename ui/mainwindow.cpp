// MainWindow: the three panes, selection wiring and the status bar.
#include "mainwindow.h"

#include "allfilespane.h"
#include "changestatusdialog.h"
#include "conversationsdelegate.h"
#include "conversationview.h"
#include "errortext.h"
#include "inboxwindow.h"
#include "matterclosing.h"
#include "matterdetailsview.h"
#include "matterlistmodel.h"
#include "mattersdelegate.h"
#include "messagespouse.h"
#include "messagetemplatesdialog.h"
#include "models/documentsmodel.h"
#include "newconversationdialog.h"
#include "notificationcenter.h"
#include "portaladdressdialog.h"
#include "recordexport.h"
#include "searchresultsdelegate.h"
#include "sync/workspace.h"
#include "tasksview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDataStream>
#include <QDockWidget>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace parley::ui {

using models::ConversationsModel;
using models::MattersModel;
using models::SearchModel;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MainWindow::MainWindow(sync::Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Parley — %1").arg(workspace->user().name));
    workspace->conversations()->setGroupTitles(
        tr("Clients (portal)"), tr("Internal"), tr("Direct"));

    // Matters on the left; on the right a tab per open matter, each with its Matter and
    // Messages pages.
    auto *messages = new QSplitter(Qt::Horizontal, this);
    m_messagesSplitter = messages;
    messages->setObjectName(QStringLiteral("messagesSplitter"));
    messages->setChildrenCollapsible(false);
    messages->addWidget(buildConversationsPane());
    m_conversationView = new ConversationView(workspace, messages);
    m_conversationView->setEmptyText(
        tr("Select a matter to see its conversations, or open a direct conversation."));
    messages->addWidget(m_conversationView);
    messages->setStretchFactor(0, 0);
    messages->setStretchFactor(1, 1);
    messages->setSizes({ 240, 630 });

    m_matterDetailsView = new MatterDetailsView(this);
    m_matterDetailsView->setObjectName(QStringLiteral("matterDetailsView"));
    connect(m_matterDetailsView, &MatterDetailsView::messageRequested, this,
        &MainWindow::messageRequested);
    connect(m_matterDetailsView, &MatterDetailsView::messageRequested, this,
        [this](qint64, const QList<qint64> &recipients) {
            openNewConversation(NewConversationDialog::Mode::ClientMessage, recipients);
        });
    connect(m_matterDetailsView, &MatterDetailsView::exportRecordRequested, this,
        [this](qint64 matterId, const QString &number) {
            RecordExport::run(m_workspace->api(), matterId, number, this,
                [this](const QString &text) { statusBar()->showMessage(text, 15000); });
        });
    // Shown at once; sync brings the same to the cache and the other windows.
    const auto showChangedMatter = [this](const QString &title, const QString &doneText) {
        return [this, title, doneText](protocol::Result<protocol::Matter> matter) {
            if (!matter) {
                QMessageBox::warning(
                    this, title, ErrorText::describe(matter.error(), m_workspace->serverUrl()));
                return;
            }
            if (m_matterDetailsView->matter().id == matter->id)
                m_matterDetailsView->setMatter(*matter);
            statusBar()->showMessage(doneText, 15000);
        };
    };
    connect(m_matterDetailsView, &MatterDetailsView::closeMatterRequested, this,
        [this, showChangedMatter](const protocol::Matter &matter) {
            MatterClosing::closeMatter(m_workspace->api(), matter, this,
                showChangedMatter(tr("Close Matter"),
                    tr("Matter %1 is closed. Its clients can still read their conversations.")
                        .arg(matter.number)));
        });
    connect(m_matterDetailsView, &MatterDetailsView::cancellationRequested, this,
        [this, showChangedMatter](qint64 matterId, const protocol::Party &party) {
            MatterClosing::cancelClient(m_workspace->api(), matterId, party, this,
                showChangedMatter(tr("Client Cancelled"),
                    tr("Recorded that %1 cancelled. They can still read their conversations.")
                        .arg(party.name)));
        });
    connect(m_matterDetailsView, &MatterDetailsView::portalAddressRequested, this,
        [this](qint64 matterId, const protocol::Party &party) {
            auto *dialog = new PortalAddressDialog(m_workspace->api(), matterId, party, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            // Shown at once; sync brings the same to the cache and the other windows.
            connect(
                dialog, &PortalAddressDialog::saved, this, [this](const protocol::Matter &matter) {
                    if (m_matterDetailsView->matter().id == matter.id)
                        m_matterDetailsView->setMatter(matter);
                });
            dialog->open();
        });
    connect(m_matterDetailsView, &MatterDetailsView::changeStatusRequested, this,
        [this](const protocol::Matter &matter) {
            auto *dialog = new ChangeStatusDialog(m_workspace->api(), matter, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ChangeStatusDialog::changed, this,
                [this](const protocol::Matter &changed) {
                    // Shown at once; sync brings the same to the matters list and the cache.
                    if (m_matterDetailsView->matter().id == changed.id)
                        m_matterDetailsView->setMatter(changed);
                    statusBar()->showMessage(
                        tr("Matter %1 is now at status “%2”.").arg(changed.number, changed.status),
                        15000);
                });
            dialog->open();
        });
    connect(m_matterDetailsView, &MatterDetailsView::messageSpouseChangeRequested, this,
        [this, showChangedMatter](const protocol::Matter &matter, bool on) {
            const auto show = showChangedMatter(tr("Messages to the Spouse"),
                on ? tr("The spouse now reads the client conversations of matter %1.")
                         .arg(matter.number)
                   : tr("Client conversations of matter %1 started from now on go to the "
                        "client alone.")
                         .arg(matter.number));
            const bool sent = MessageSpouse::set(m_workspace->api(), matter, on, this,
                [this, show, matter](protocol::Result<protocol::Matter> answer) {
                    if (!answer && m_matterDetailsView->matter().id == matter.id)
                        m_matterDetailsView->setMatter(matter); // the box as it was
                    show(std::move(answer));
                });
            if (!sent && m_matterDetailsView->matter().id == matter.id)
                m_matterDetailsView->setMatter(matter);
        });
    m_matterPages = new QTabWidget(this);
    m_matterPages->setObjectName(QStringLiteral("matterPages"));
    m_matterPages->setDocumentMode(true);
    m_matterPages->addTab(m_matterDetailsView, tr("&Matter"));
    m_matterPages->addTab(messages, tr("Me&ssages"));
    m_matterTasks = new TasksView(workspace, TasksView::Scope::Matter, this);
    m_matterPages->addTab(m_matterTasks, tr("Tas&ks"));
    connect(m_matterTasks, &TasksView::showMessageRequested, this, &MainWindow::openMessage);
    m_matterPages->setCurrentWidget(messages);

    m_openMatters = new QTabBar(this);
    m_openMatters->setObjectName(QStringLiteral("openMatters"));
    m_openMatters->setDocumentMode(true);
    m_openMatters->setTabsClosable(true);
    m_openMatters->setMovable(true);
    m_openMatters->setExpanding(false);
    m_openMatters->setElideMode(Qt::ElideRight);
    connect(m_openMatters, &QTabBar::currentChanged, this, &MainWindow::matterTabChanged);
    connect(m_openMatters, &QTabBar::tabCloseRequested, this, &MainWindow::closeMatterTab);

    // The matter's files at the bottom of its window, under both pages.
    m_allFiles = new AllFilesPane(
        workspace->api(), workspace->transfers(), workspace->workingCopies(), this);
    connect(m_allFiles, &AllFilesPane::showMessageRequested, this,
        [this](qint64 conversationId, qint64 messageId) {
            m_conversationView->revealMessage(conversationId, messageId);
            m_workspace->openConversation(conversationId);
        });
    m_filesSplitter = new QSplitter(Qt::Vertical, this);
    m_filesSplitter->setObjectName(QStringLiteral("filesSplitter"));
    m_filesSplitter->setChildrenCollapsible(false);
    m_filesSplitter->addWidget(m_matterPages);
    m_filesSplitter->addWidget(m_allFiles);
    m_filesSplitter->setStretchFactor(0, 1);
    m_filesSplitter->setStretchFactor(1, 0);
    m_filesSplitter->setSizes({ 520, 180 });

    auto *matterArea = new QWidget(this);
    auto *matterLayout = new QVBoxLayout(matterArea);
    matterLayout->setContentsMargins(0, 0, 0, 0);
    matterLayout->setSpacing(0);
    matterLayout->addWidget(m_openMatters);
    matterLayout->addWidget(m_filesSplitter, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("panesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildMattersPane());
    splitter->addWidget(matterArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 330, 870 });
    // A synced change to the open matter (a party added, a new title) shows on its page.
    connect(workspace->matters(), &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &first, const QModelIndex &last) {
            const std::optional<qint64> open = m_workspace->selectedMatter();
            const int row = open ? m_workspace->matters()->rowOf(*open) : -1;
            if (row >= first.row() && row <= last.row())
                updateMatterPages();
        });
    updateMatterPages();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(8, 6, 8, 0);
    m_offlineBanner = new QLabel(
        tr("Offline — showing saved messages; new messages will be sent when the connection "
           "returns."),
        central);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setMargin(6);
    m_offlineBanner->setStyleSheet(
        QStringLiteral("QLabel#offlineBanner { background: #fff4ce; color: #3b2f00; }"));
    // One line of text high; the panes below take all the room that is left.
    m_offlineBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_offlineBanner->hide();
    centralLayout->addWidget(m_offlineBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    setUpNotifications();
    setUpTeamInbox();
    statusBar()->addPermanentWidget(m_connection);
    showConnectionState(workspace->stream()->state());
    // Counts down "retrying in N s" while waiting to reconnect.
    auto *countdown = new QTimer(this);
    countdown->setInterval(1000);
    connect(countdown, &QTimer::timeout, this, [this] {
        if (m_workspace->stream()->state() == net::StreamClient::State::Waiting)
            showConnectionState(net::StreamClient::State::Waiting);
    });
    countdown->start();
    connect(workspace, &sync::Workspace::connectionStateChanged, this,
        &MainWindow::showConnectionState);
    connect(workspace, &sync::Workspace::loadFailed, this, [this](const protocol::Error &error) {
        statusBar()->showMessage(ErrorText::describe(error, m_workspace->serverUrl()), 15000);
    });
    connect(workspace, &sync::Workspace::sessionExpired, this, &MainWindow::sessionEnded);

    createMenus();
    resize(1200, 760);
}

MainWindow::~MainWindow()
{
    delete m_inbox;
}

QWidget *MainWindow::buildMattersPane()
{
    auto *pane = new QWidget(this);
    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(QStringLiteral("matterFilter"));
    m_filter->setPlaceholderText(tr("Filter by number, title or client"));
    m_filter->setClearButtonEnabled(true);

    m_matterFilter = new MatterListModel(this);
    m_matterFilter->setSourceModel(m_workspace->matters());
    connect(m_filter, &QLineEdit::textChanged, m_matterFilter,
        &QSortFilterProxyModel::setFilterFixedString);
    // Enter in the filter opens the first match, so a number typed is a matter opened.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (selectMatterRow(0))
            m_matters->setFocus();
    });

    m_matters = new QListView(pane);
    m_matters->setObjectName(QStringLiteral("mattersView"));
    m_matters->setModel(m_matterFilter);
    m_matters->setItemDelegate(new MattersDelegate(m_matters));
    m_matters->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matters->setUniformItemSizes(true);
    connect(m_matters->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::matterChanged);

    m_search = new QLineEdit(pane);
    m_search->setObjectName(QStringLiteral("messageSearch"));
    m_search->setPlaceholderText(tr("Search messages"));
    m_search->setToolTip(
        tr("Search the messages saved on this computer (%1)")
            .arg(QKeySequence(QKeySequence::fromString(QStringLiteral("Ctrl+Shift+F")))
                     .toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateSearchState);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::searchChanged);
    // Enter in the search field opens the first result.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            searchChanged();
        }
        const QModelIndex first = m_results->model()->index(0, 0);
        if (first.isValid()) {
            m_results->setCurrentIndex(first);
            m_results->setFocus();
        }
    });

    m_mattersPage = new QWidget(pane);
    auto *mattersLayout = new QVBoxLayout(m_mattersPage);
    mattersLayout->setContentsMargins(0, 0, 0, 0);
    mattersLayout->addWidget(heading(tr("Matters"), m_mattersPage));
    mattersLayout->addWidget(m_filter);
    mattersLayout->addWidget(m_matters, 1);

    m_resultsPage = new QWidget(pane);
    m_results = new QListView(m_resultsPage);
    m_results->setObjectName(QStringLiteral("searchResultsView"));
    m_results->setModel(m_workspace->search());
    m_results->setItemDelegate(new SearchResultsDelegate(m_results));
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setUniformItemSizes(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setResizeMode(QListView::Adjust);
    connect(m_results, &QListView::activated, this, &MainWindow::openResult);
    m_noResults = new QLabel(m_resultsPage);
    m_noResults->setObjectName(QStringLiteral("searchEmptyLabel"));
    m_noResults->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noResults->setWordWrap(true);
    m_noResults->setMargin(12);
    m_noResults->setForegroundRole(QPalette::PlaceholderText);
    auto *resultsLayout = new QVBoxLayout(m_resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(heading(tr("Messages"), m_resultsPage));
    resultsLayout->addWidget(m_results, 1);
    resultsLayout->addWidget(m_noResults, 1);
    SearchModel *search = m_workspace->search();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(search, signal, this, &MainWindow::updateSearchState);
    connect(search, &QAbstractItemModel::modelReset, this, &MainWindow::updateSearchState);

    // Esc in the search field or the results goes back to the matters (eventFilter).
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    connect(
        m_workspace, &sync::Workspace::conversationOpened, this, &MainWindow::conversationOpened);
    connect(m_workspace, &sync::Workspace::conversationsLoaded, this,
        &MainWindow::selectPendingConversation);
    connect(
        m_workspace, &sync::Workspace::conversationsLoaded, this, &MainWindow::selectFirstUnread);
    connect(m_workspace->conversations(), &QAbstractItemModel::rowsInserted, this,
        &MainWindow::selectPendingConversation);

    m_mattersStack = new QStackedWidget(pane);
    m_mattersStack->addWidget(m_mattersPage);
    m_mattersStack->addWidget(m_resultsPage);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_mattersStack, 1);
    updateSearchState();
    return pane;
}

QWidget *MainWindow::buildConversationsPane()
{
    auto *pane = new QWidget(this);
    m_matterTitle = heading(tr("Conversations"), pane);
    m_matterTitle->setObjectName(QStringLiteral("matterTitle"));
    m_matterTitle->setWordWrap(true);
    m_matterDetails = new QLabel(tr("No matter selected"), pane);
    m_matterDetails->setObjectName(QStringLiteral("matterDetails"));
    m_matterDetails->setForegroundRole(QPalette::PlaceholderText);
    m_matterDetails->setWordWrap(true);

    m_conversations = new QTreeView(pane);
    m_conversations->setObjectName(QStringLiteral("conversationsView"));
    m_conversations->setModel(m_workspace->conversations());
    m_conversations->setItemDelegate(new ConversationsDelegate(
        [this](qint64 userId) {
            if (userId == m_workspace->user().id)
                return m_workspace->user().name;
            for (const protocol::User &person : m_workspace->knownStaff()) {
                if (person.id == userId)
                    return person.name;
            }
            return QString();
        },
        m_conversations));
    m_conversations->setHeaderHidden(true);
    m_conversations->setRootIsDecorated(false);
    m_conversations->setItemsExpandable(false);
    m_conversations->setIndentation(12);
    m_conversations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conversations->expandAll();
    connect(m_conversations->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::conversationChanged);

    ConversationsModel *model = m_workspace->conversations();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, this, &MainWindow::updateGroups);
    connect(model, &QAbstractItemModel::rowsMoved, this, &MainWindow::updateGroups);
    updateGroups();

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_matterTitle);
    layout->addWidget(m_matterDetails);
    layout->addWidget(m_conversations, 1);
    return pane;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *find = file->addAction(tr("&Find Matter…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    QAction *nextUnread = file->addAction(tr("Next &Unread Conversation"));
    nextUnread->setObjectName(QStringLiteral("nextUnreadAction"));
    nextUnread->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    nextUnread->setIcon(QIcon(QStringLiteral(":/icons/next-unread.svg")));
    connect(nextUnread, &QAction::triggered, this, &MainWindow::goToNextUnread);
    QAction *searchMessages = file->addAction(tr("&Search Messages…"));
    searchMessages->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    searchMessages->setIcon(QIcon(QStringLiteral(":/icons/search.svg")));
    connect(searchMessages, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    file->addSeparator();
    QAction *newMessage = file->addAction(tr("&New Message…"));
    newMessage->setObjectName(QStringLiteral("newMessageAction"));
    newMessage->setShortcut(QKeySequence::New);
    newMessage->setIcon(QIcon(QStringLiteral(":/icons/new-message.svg")));
    connect(newMessage, &QAction::triggered, this,
        [this] { openNewConversation(NewConversationDialog::Mode::ClientMessage, {}); });
    QAction *newThread = file->addAction(tr("New &Internal Thread…"));
    newThread->setObjectName(QStringLiteral("newInternalThreadAction"));
    newThread->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newThread, &QAction::triggered, this,
        [this] { openNewConversation(NewConversationDialog::Mode::InternalThread, {}); });
    QAction *newDirect = file->addAction(tr("New &Direct Message…"));
    newDirect->setObjectName(QStringLiteral("newDirectMessageAction"));
    newDirect->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    connect(newDirect, &QAction::triggered, this,
        [this] { openNewConversation(NewConversationDialog::Mode::DirectMessage, {}); });
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &Out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, [this] {
        if (!m_workspace->store()) {
            Q_EMIT signOutRequested(false); // nothing is saved on this computer
            return;
        }
        QMessageBox ask(QMessageBox::Question, tr("Sign Out"),
            tr("Sign out of Parley? Saved matters and messages stay on this computer for your "
               "next sign-in unless you remove them."),
            QMessageBox::NoButton, this);
        QPushButton *confirm = ask.addButton(tr("Sign Out"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        auto *remove = new QCheckBox(tr("Also remove saved messages from this computer"), &ask);
        remove->setObjectName(QStringLiteral("removeSavedData"));
        ask.setCheckBox(remove);
        ask.exec();
        if (ask.clickedButton() == confirm)
            Q_EMIT signOutRequested(remove->isChecked());
    });
    QAction *signOutEverywhere = file->addAction(tr("Sign Out &Everywhere…"));
    signOutEverywhere->setObjectName(QStringLiteral("signOutEverywhereAction"));
    connect(signOutEverywhere, &QAction::triggered, this, [this] {
        QMessageBox ask(QMessageBox::Warning, tr("Sign Out Everywhere"),
            tr("Sign out of Parley on every computer and device, this one included? Use this if "
               "a device was lost or someone else may know your password. Unsent messages on "
               "this computer are kept for your next sign-in."),
            QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("signOutEverywhereQuestion"));
        QPushButton *confirm = ask.addButton(tr("Sign Out Everywhere"), QMessageBox::AcceptRole);
        ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
        ask.exec();
        if (ask.clickedButton() == confirm)
            Q_EMIT signOutEverywhereRequested();
    });
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *notifications = m_notificationDock->toggleViewAction();
    notifications->setText(tr("&Notification Center"));
    notifications->setObjectName(QStringLiteral("notificationCenterAction"));
    notifications->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    view->addAction(notifications);
    QAction *inbox = view->addAction(tr("Team &Inbox"));
    inbox->setObjectName(QStringLiteral("teamInboxAction"));
    inbox->setShortcut(QKeySequence(tr("Ctrl+I")));
    inbox->setIcon(QIcon(QStringLiteral(":/icons/team-inbox.svg")));
    connect(inbox, &QAction::triggered, this, &MainWindow::openTeamInbox);
    QAction *quiet = view->addAction(tr("&Do Not Disturb"));
    quiet->setObjectName(QStringLiteral("doNotDisturbAction"));
    quiet->setCheckable(true);
    quiet->setChecked(m_notifications->doNotDisturb());
    connect(quiet, &QAction::toggled, m_notifications, &NotificationCenter::setDoNotDisturb);
    connect(m_notifications, &NotificationCenter::doNotDisturbChanged, quiet, &QAction::setChecked);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *templates = tools->addAction(tr("Message &Templates…"));
    templates->setObjectName(QStringLiteral("messageTemplatesAction"));
    templates->setToolTip(tr("The firm's automated messages: templates, and the status changes "
                             "that post them"));
    connect(templates, &QAction::triggered, this, [this] { openMessageTemplates(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Parley"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

MessageTemplatesDialog *MainWindow::openMessageTemplates()
{
    std::optional<protocol::Matter> matter;
    if (const std::optional<qint64> selected = m_workspace->selectedMatter())
        matter = m_workspace->matters()->matter(*selected);
    auto *dialog = new MessageTemplatesDialog(m_workspace->api(), matter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::setUpNotifications()
{
    sync::AlertCenter *alerts = m_workspace->alerts();
    m_notifications = new NotificationCenter(alerts, this);
    m_notificationDock = new QDockWidget(tr("Notifications"), this);
    m_notificationDock->setObjectName(QStringLiteral("notificationDock"));
    m_notificationDock->setWidget(m_notifications);
    m_notificationDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_notificationDock);
    m_notificationDock->hide();
    QSettings settings;
    m_notifications->setDoNotDisturb(
        settings.value(QStringLiteral("notifications/doNotDisturb"), false).toBool());
    connect(m_notifications, &NotificationCenter::doNotDisturbChanged, this,
        [](bool on) { QSettings().setValue(QStringLiteral("notifications/doNotDisturb"), on); });
    connect(m_notifications, &NotificationCenter::openRequested, this, &MainWindow::openAlert);

    // "Notifications (2)" in the status bar opens the pane.
    m_notificationsButton = new QToolButton(this);
    m_notificationsButton->setObjectName(QStringLiteral("notificationsButton"));
    m_notificationsButton->setAutoRaise(true);
    m_notificationsButton->setToolTip(tr("Show the Notification Center (Ctrl+Shift+I)"));
    const auto showCount = [this](int unread) {
        m_notificationsButton->setText(
            unread > 0 ? tr("Notifications (%1)").arg(unread) : tr("Notifications"));
        QFont font = m_notificationsButton->font();
        font.setBold(unread > 0);
        m_notificationsButton->setFont(font);
    };
    showCount(alerts->unreadCount());
    connect(alerts, &sync::AlertCenter::unreadCountChanged, this, showCount);
    connect(m_notificationsButton, &QToolButton::clicked, this, [this] {
        m_notificationDock->show();
        m_notificationDock->raise();
    });
    statusBar()->addPermanentWidget(m_notificationsButton);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/parley.svg")), this);
        m_tray->setToolTip(tr("Parley"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastAlert)
                openAlert(m_lastAlert->conversationId, m_lastAlert->messageId);
        });
    }
    connect(alerts, &sync::AlertCenter::raised, this, &MainWindow::showAlert);
}

void MainWindow::showAlert(const sync::AlertCenter::Alert &alert)
{
    if (m_notifications->doNotDisturb())
        return;
    m_lastAlert = alert;
    // A protected conversation's words never reach the desktop's notifications.
    const QString text = alert.protectedContent
        ? tr("Open Parley to read it (protected conversation).")
        : alert.text.left(200);
    if (m_tray)
        m_tray->showMessage(alert.title(), text, QSystemTrayIcon::Information, 8000);
    Q_EMIT trayMessageShown(alert.title(), text);
}

void MainWindow::openAlert(qint64 conversationId, qint64 messageId)
{
    // Mark it read when opened from the tray, as from the pane.
    sync::AlertCenter *alerts = m_workspace->alerts();
    for (int row = 0; row < alerts->rowCount(); ++row) {
        if (alerts->at(row).messageId == messageId)
            alerts->markRead(row);
    }
    openMessage(conversationId, messageId);
}

void MainWindow::openMessage(qint64 conversationId, qint64 messageId)
{
    m_conversationView->revealMessage(conversationId, messageId);
    m_workspace->openConversation(conversationId);
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::setUpTeamInbox()
{
    // "Team Inbox" in the status bar, beside Notifications, opens the inbox window.
    m_inboxButton = new QToolButton(this);
    m_inboxButton->setObjectName(QStringLiteral("teamInboxButton"));
    m_inboxButton->setAutoRaise(true);
    m_inboxButton->setText(tr("Team Inbox"));
    m_inboxButton->setIcon(QIcon(QStringLiteral(":/icons/team-inbox.svg")));
    m_inboxButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_inboxButton->setToolTip(
        tr("Open the team inbox: clients' messages across all matters (%1)")
            .arg(QKeySequence(QKeySequence::fromString(QStringLiteral("Ctrl+I")))
                     .toString(QKeySequence::NativeText)));
    connect(m_inboxButton, &QToolButton::clicked, this, &MainWindow::openTeamInbox);
    statusBar()->addPermanentWidget(m_inboxButton);
}

InboxWindow *MainWindow::openTeamInbox()
{
    if (!m_inbox) {
        // A window of its own, not kept above this one (Open Conversation raises this one);
        // deleted with it.
        m_inbox = new InboxWindow(m_workspace);
        connect(m_inbox, &InboxWindow::openRequested, this, &MainWindow::openMessage);
    }
    m_inbox->show();
    m_inbox->raise();
    m_inbox->activateWindow();
    return m_inbox;
}

void MainWindow::updateGroups()
{
    const ConversationsModel *model = m_workspace->conversations();
    for (int group = 0; group < ConversationsModel::GroupCount; ++group) {
        const QModelIndex index = model->index(group, 0);
        m_conversations->setRowHidden(group, {}, model->rowCount(index) == 0);
        m_conversations->expand(index);
    }
}

void MainWindow::matterChanged()
{
    const QModelIndex current = m_matters->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_workspace->selectMatter(std::nullopt);
        updateMatterPages();
        m_matterTitle->setText(tr("Conversations"));
        m_matterDetails->setText(tr("No matter selected"));
        m_conversationView->setEmptyText(
            tr("Select a matter to see its conversations, or open a direct conversation."));
        return;
    }
    const qint64 id = current.data(MattersModel::IdRole).toLongLong();
    showMatterTab(id);
    m_matterTitle->setText(tr("%1  %2").arg(current.data(MattersModel::NumberRole).toString(),
        current.data(MattersModel::TitleRole).toString()));
    const QString client = current.data(MattersModel::ClientNameRole).toString();
    m_matterDetails->setText(
        client.isEmpty() ? tr("No client on this matter") : tr("Client: %1").arg(client));
    m_conversationView->setEmptyText(tr("Select a conversation to read and reply."));
    m_workspace->selectMatter(id);
    updateMatterPages();
}

void MainWindow::conversationChanged()
{
    const QModelIndexList selected = m_conversations->selectionModel()->selectedIndexes();
    const QModelIndex index = selected.isEmpty() ? QModelIndex() : selected.first();
    if (!index.isValid() || index.data(ConversationsModel::IsGroupRole).toBool()) {
        m_workspace->selectConversation(std::nullopt);
        m_conversationView->showConversation(std::nullopt, {}, {});
        return;
    }
    const qint64 id = index.data(ConversationsModel::IdRole).toLongLong();
    m_workspace->selectConversation(id);
    m_conversationView->showConversation(id, index.data(ConversationsModel::TitleRole).toString(),
        index.data(ConversationsModel::MemberNamesRole).toString());
}

bool MainWindow::selectMatterRow(int row)
{
    const QModelIndex index = m_matterFilter->index(row, 0);
    if (!index.isValid())
        return false;
    m_matters->setCurrentIndex(index);
    return true;
}

bool MainWindow::selectFirstConversation()
{
    const ConversationsModel *model = m_workspace->conversations();
    for (int group = 0; group < ConversationsModel::GroupCount; ++group) {
        const QModelIndex first = model->index(0, 0, model->index(group, 0));
        if (first.isValid()) {
            m_conversations->setCurrentIndex(first);
            return true;
        }
    }
    return false;
}

bool MainWindow::selectConversation(qint64 conversationId)
{
    const QModelIndex index = m_workspace->conversations()->indexOf(conversationId);
    if (!index.isValid())
        return false;
    m_matterPages->setCurrentWidget(m_messagesSplitter);
    m_conversations->setCurrentIndex(index);
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_search || watched == m_results) && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        clearSearch();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Parley"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Parley %1</h3>"
                   "<p>Secure messaging with your clients, matter by matter.</p>")
                    .arg(QStringLiteral(PARLEY_VERSION).toHtmlEscaped()));
    box.setInformativeText(
        tr("Signed in to %1 as %2.<br>Built with Qt %3.")
            .arg(m_workspace->serverUrl().toDisplayString().toHtmlEscaped(),
                m_workspace->user().email.toHtmlEscaped(), QString::fromLatin1(qVersion())));
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

namespace {
constexpr quint32 LayoutMagic = 0x504c5932; // "PLY2": the layout format's version
}

QByteArray MainWindow::saveLayout() const
{
    QByteArray layout;
    QDataStream out(&layout, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << LayoutMagic << saveGeometry() << m_splitter->saveState()
        << m_messagesSplitter->saveState() << m_filesSplitter->saveState();
    return layout;
}

bool MainWindow::restoreLayout(const QByteArray &layout)
{
    QDataStream in(layout);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray geometry;
    QByteArray panes;
    QByteArray messagePanes;
    QByteArray filePanes;
    in >> magic >> geometry >> panes >> messagePanes >> filePanes;
    // Anything else (an older format, a damaged setting) keeps the default layout.
    if (in.status() != QDataStream::Ok || magic != LayoutMagic)
        return false;
    return restoreGeometry(geometry) && m_splitter->restoreState(panes)
        && m_messagesSplitter->restoreState(messagePanes)
        && m_filesSplitter->restoreState(filePanes);
}

NewConversationDialog *MainWindow::openNewConversation(
    NewConversationDialog::Mode mode, const QList<qint64> &recipients)
{
    const std::optional<qint64> matter = mode == NewConversationDialog::Mode::DirectMessage
        ? std::nullopt
        : m_workspace->selectedMatter();
    auto *dialog = new NewConversationDialog(m_workspace, mode, matter, recipients, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT newConversationDialogOpened(dialog);
    return dialog;
}

QList<qint64> MainWindow::recentMatters() const
{
    return m_matterFilter->recent();
}

void MainWindow::setRecentMatters(const QList<qint64> &matterIds)
{
    m_matterFilter->setRecent(matterIds);
}

void MainWindow::goToNextUnread()
{
    // First the next unread conversation of those shown, after the current one.
    ConversationsModel *conversations = m_workspace->conversations();
    QList<QModelIndex> unread;
    int currentAt = -1;
    const QModelIndex current = m_conversations->currentIndex();
    for (int group = 0; group < conversations->rowCount(); ++group) {
        const QModelIndex parent = conversations->index(group, 0);
        for (int row = 0; row < conversations->rowCount(parent); ++row) {
            const QModelIndex index = conversations->index(row, 0, parent);
            if (index == current)
                currentAt = int(unread.size());
            if (index.data(ConversationsModel::UnreadCountRole).toInt() > 0)
                unread.append(index);
        }
    }
    for (const QModelIndex &index : std::as_const(unread)) {
        if (currentAt < 0 || unread.indexOf(index) >= currentAt) {
            if (index != current) {
                m_matterPages->setCurrentWidget(m_messagesSplitter);
                m_conversations->setCurrentIndex(index);
                m_conversations->setFocus();
                return;
            }
        }
    }
    // Then the next matter in the list with unread messages (wrapping around).
    const int rows = m_matterFilter->rowCount();
    const int from = m_matters->currentIndex().isValid() ? m_matters->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (from + step + rows) % rows;
        if (row == from)
            break;
        if (m_matterFilter->index(row, 0).data(MattersModel::UnreadCountRole).toInt() > 0) {
            m_selectFirstUnread = true;
            selectMatterRow(row);
            selectFirstUnread();
            return;
        }
    }
    if (!unread.isEmpty() && unread.first() != current) {
        m_conversations->setCurrentIndex(unread.first());
        return;
    }
    statusBar()->showMessage(tr("No unread messages."), 4000);
}

void MainWindow::selectFirstUnread()
{
    if (!m_selectFirstUnread)
        return;
    ConversationsModel *conversations = m_workspace->conversations();
    for (int group = 0; group < conversations->rowCount(); ++group) {
        const QModelIndex parent = conversations->index(group, 0);
        for (int row = 0; row < conversations->rowCount(parent); ++row) {
            const QModelIndex index = conversations->index(row, 0, parent);
            if (index.data(ConversationsModel::UnreadCountRole).toInt() > 0) {
                m_selectFirstUnread = false;
                m_matterPages->setCurrentWidget(m_messagesSplitter);
                m_conversations->setCurrentIndex(index);
                m_conversations->setFocus();
                return;
            }
        }
    }
}

int MainWindow::matterTabIndex(qint64 matterId) const
{
    for (int i = 0; i < m_openMatters->count(); ++i) {
        if (m_openMatters->tabData(i).toLongLong() == matterId)
            return i;
    }
    return -1;
}

QList<qint64> MainWindow::openMatterIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_openMatters->count(); ++i)
        ids.append(m_openMatters->tabData(i).toLongLong());
    return ids;
}

void MainWindow::showMatterTab(qint64 matterId)
{
    // Later: the list re-sorts once this selection has settled.
    QTimer::singleShot(0, this, [this, matterId] { m_matterFilter->noteOpened(matterId); });
    int index = matterTabIndex(matterId);
    if (index < 0) {
        const std::optional<protocol::Matter> matter = m_workspace->matters()->matter(matterId);
        const QString number = matter ? matter->number : QString();
        const QString client = matter ? matter->clientName() : QString();
        index = m_openMatters->addTab(client.isEmpty() ? number : tr("%1 %2").arg(number, client));
        m_openMatters->setTabData(index, matterId);
        m_openMatters->setTabToolTip(index, matter ? matter->title : QString());
    }
    const QSignalBlocker blocker(m_openMatters); // the list already selected this matter
    m_openMatters->setCurrentIndex(index);
}

void MainWindow::matterTabChanged(int index)
{
    if (index < 0)
        return;
    const qint64 matterId = m_openMatters->tabData(index).toLongLong();
    const QModelIndexList found = m_matterFilter->match(
        m_matterFilter->index(0, 0), MattersModel::IdRole, matterId, 1, Qt::MatchExactly);
    if (found.isEmpty() && !m_filter->text().isEmpty()) {
        m_filter->clear(); // the matter was filtered out of the list
        return matterTabChanged(index);
    }
    if (!found.isEmpty())
        m_matters->setCurrentIndex(found.first());
}

void MainWindow::closeMatterTab(int index)
{
    const bool wasCurrent = index == m_openMatters->currentIndex();
    {
        const QSignalBlocker blocker(m_openMatters);
        m_openMatters->removeTab(index);
    }
    if (!wasCurrent)
        return;
    if (m_openMatters->count() > 0) {
        matterTabChanged(m_openMatters->currentIndex());
        return;
    }
    m_matters->selectionModel()->clearCurrentIndex();
    m_matters->clearSelection();
}

void MainWindow::updateMatterPages()
{
    // The Matter page needs a matter; without one the Messages page shows direct conversations.
    const std::optional<qint64> matterId = m_workspace->selectedMatter();
    const std::optional<protocol::Matter> matter
        = matterId ? m_workspace->matters()->matter(*matterId) : std::nullopt;
    m_matterPages->setTabVisible(m_matterPages->indexOf(m_matterDetailsView), matter.has_value());
    if (matter)
        m_matterDetailsView->setMatter(*matter);
    else
        m_matterPages->setCurrentWidget(m_messagesSplitter);
    if (m_allFiles->model()->matterId() != matterId || !matter)
        m_allFiles->setMatter(matter);
    m_allFiles->setVisible(matter.has_value());
    m_matterPages->setTabVisible(m_matterPages->indexOf(m_matterTasks), matter.has_value());
    m_matterTasks->setMatter(matter);
    m_openMatters->setVisible(m_openMatters->count() > 0);
}

bool MainWindow::isShowingSearch() const
{
    return m_mattersStack->currentWidget() == m_resultsPage;
}

void MainWindow::searchChanged()
{
    m_workspace->searchMessages(m_search->text());
}

void MainWindow::updateSearchState()
{
    const QString query = m_search->text().trimmed();
    m_mattersStack->setCurrentWidget(query.isEmpty() ? m_mattersPage : m_resultsPage);
    // The empty state only once the store answered this query.
    const bool answered = m_workspace->search()->query() == query;
    const bool empty = m_workspace->search()->rowCount() == 0;
    m_noResults->setText(tr("No messages match “%1”.").arg(query));
    m_noResults->setVisible(!query.isEmpty() && empty && answered);
    m_results->setVisible(!empty || !answered);
}

void MainWindow::openResult(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 conversationId = index.data(SearchModel::ConversationIdRole).toLongLong();
    // The result's message is shown and selected once its conversation is open.
    m_conversationView->revealMessage(conversationId, index.data(SearchModel::IdRole).toLongLong());
    m_workspace->openConversation(conversationId);
}

void MainWindow::clearSearch()
{
    m_searchDelay->stop();
    m_search->clear();
    m_workspace->searchMessages({});
    updateSearchState();
    m_matters->setFocus();
}

void MainWindow::conversationOpened(std::optional<qint64> matterId, qint64 conversationId)
{
    m_pendingConversation = conversationId;
    if (!matterId) {
        m_matters->selectionModel()->clearCurrentIndex();
        m_matters->clearSelection();
    } else {
        const QModelIndexList found = m_matterFilter->match(
            m_matterFilter->index(0, 0), MattersModel::IdRole, *matterId, 1, Qt::MatchExactly);
        if (found.isEmpty() && !m_filter->text().isEmpty()) {
            m_filter->clear(); // the matter was filtered out
            return conversationOpened(matterId, conversationId);
        }
        if (!found.isEmpty())
            m_matters->setCurrentIndex(found.first());
    }
    selectPendingConversation();
}

void MainWindow::selectPendingConversation()
{
    if (m_pendingConversation && selectConversation(*m_pendingConversation)) {
        m_pendingConversation.reset();
        m_conversations->setFocus();
    }
}

void MainWindow::showConnectionState(net::StreamClient::State state)
{
    using State = net::StreamClient::State;
    // Over a saved cache the app reads normally offline and the outbox queues what is sent.
    m_offlineBanner->setVisible(
        m_workspace->store() && (state == State::Waiting || state == State::Offline));
    switch (state) {
    case State::Online:
        m_connection->setText(tr("Connected"));
        m_connection->setToolTip(tr("New messages appear as they arrive."));
        break;
    case State::Connecting:
        m_connection->setText(tr("Connecting…"));
        m_connection->setToolTip({});
        break;
    case State::Waiting: {
        const int seconds = (m_workspace->stream()->retryInMs() + 999) / 1000;
        m_connection->setText(tr("Offline — retrying in %n s", nullptr, seconds));
        m_connection->setToolTip(
            tr("The connection to the server was lost. Parley keeps trying to reconnect."));
        break;
    }
    case State::Offline:
        m_connection->setText(tr("Offline"));
        m_connection->setToolTip({});
        break;
    }
}

} // namespace parley::ui
