// InboxWindow: the views, filters, table, toolbar and states of the team inbox.
#include "inboxwindow.h"

#include "errortext.h"
#include "inboxactions.h"
#include "inboxfilterbar.h"
#include "inboxtable.h"
#include "models/inboxmodel.h"
#include "peoplenames.h"
#include "sync/inboxfeed.h"
#include "sync/taskfeed.h"
#include "sync/workspace.h"
#include "tasksview.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace parley::ui {

using models::InboxModel;

namespace {

constexpr int TickMs = 60 * 1000;

QString viewName(InboxWindow::View view)
{
    switch (view) {
    case InboxWindow::View::Inbox:
        return QStringLiteral("inbox");
    case InboxWindow::View::Sent:
        return QStringLiteral("sent");
    case InboxWindow::View::Trash:
        return QStringLiteral("trash");
    case InboxWindow::View::Waiting:
        return QStringLiteral("waiting");
    case InboxWindow::View::MyTasks:
        break;
    }
    return {};
}

} // namespace

InboxWindow::InboxWindow(sync::Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("inboxWindow"));
    setWindowTitle(tr("Team Inbox — %1").arg(workspace->user().name));
    setWindowIcon(QIcon(QStringLiteral(":/icons/team-inbox.svg")));
    sync::InboxFeed *feed = workspace->inbox();

    m_table = new InboxTable(feed->model(), this);
    m_actions = new InboxActions(workspace, m_table, this);
    m_tasks = new TasksView(workspace, TasksView::Scope::Mine, this);
    m_filters = new InboxFilterBar(workspace->matters(), this);
    buildViews();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildMessagesPage());
    m_pages->addWidget(m_tasks);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_views);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 180, 1000 });
    setCentralWidget(split);

    m_toolbar = addToolBar(tr("Actions"));
    m_toolbar->setObjectName(QStringLiteral("inboxToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : m_actions->toolbarActions()) {
        if (action)
            m_toolbar->addAction(action);
        else
            m_toolbar->addSeparator();
    }
    auto *spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    auto *refresh = new QAction(tr("Re&fresh"), this);
    refresh->setObjectName(QStringLiteral("refreshInboxAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (view() == View::MyTasks)
            m_tasks->feed()->refresh();
        else
            m_workspace->inbox()->refresh();
    });
    m_toolbar->addAction(refresh);
    addAction(m_actions->undoAction());
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (view() == View::MyTasks)
            showView(View::Inbox);
        m_filters->searchEdit()->setFocus();
        m_filters->searchEdit()->selectAll();
    });
    addAction(find);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("inboxCount"));
    statusBar()->addPermanentWidget(m_count);
    connect(m_actions, &InboxActions::notice, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_actions, &InboxActions::openRequested, this, &InboxWindow::openRequested);
    connect(m_table, &InboxTable::openRequested, this, [this](const protocol::InboxItem &item) {
        Q_EMIT openRequested(item.message.conversationId, item.message.id);
    });
    connect(m_tasks, &TasksView::showMessageRequested, this, &InboxWindow::openRequested);
    connect(m_table, &QWidget::customContextMenuRequested, this, &InboxWindow::showContextMenu);
    // The next page when the last row is in sight, also once a load or an action that was in
    // the way is done (after a success only: a failure is not asked again at once).
    connect(m_table, &InboxTable::endReached, feed, &sync::InboxFeed::loadMore);
    const auto moreIfAtEnd = [this, feed] {
        if (!feed->isLoading() && feed->hasMore() && m_table->showsLastRow())
            feed->loadMore();
    };
    connect(feed, &sync::InboxFeed::loaded, this, moreIfAtEnd);
    connect(feed, &sync::InboxFeed::applied, this, moreIfAtEnd);
    connect(feed, &sync::InboxFeed::moreFailed, this, [this](const protocol::Error &error) {
        statusBar()->showMessage(tr("More messages could not be loaded. %1")
                                     .arg(ErrorText::describe(error, m_workspace->serverUrl())),
            15000);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InboxWindow::updateCount);

    connect(m_filters, &InboxFilterBar::changed, this, &InboxWindow::queryChanged);
    connect(feed, &sync::InboxFeed::loaded, this, [this] {
        m_error.clear();
        updateState();
    });
    connect(feed, &sync::InboxFeed::failed, this, [this](const protocol::Error &error) {
        m_error = ErrorText::describe(error, m_workspace->serverUrl());
        updateState();
    });
    connect(feed, &sync::InboxFeed::loadingChanged, this, &InboxWindow::updateState);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(feed->model(), signal, this, &InboxWindow::updateState);
    connect(workspace, &sync::Workspace::mattersLoaded, this, &InboxWindow::updateNames);

    m_tick = new QTimer(this);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this,
        [this] { m_workspace->inbox()->model()->setNow(QDateTime()); });

    updateNames();
    m_views->setCurrentRow(int(View::Inbox));
    resize(1180, 720);
}

void InboxWindow::buildViews()
{
    m_views = new QListWidget(this);
    m_views->setObjectName(QStringLiteral("inboxViews"));
    m_views->setFrameShape(QFrame::NoFrame);
    m_views->setBackgroundRole(QPalette::Window);
    m_views->setIconSize(QSize(16, 16));
    m_views->setSpacing(1);
    struct Entry
    {
        View view;
        QString text;
        QString icon;
        QString toolTip;
    };
    const Entry entries[] = {
        { View::Inbox, tr("Inbox"), QStringLiteral(":/icons/team-inbox.svg"),
            tr("Clients' messages in every conversation you can see") },
        { View::Sent, tr("Sent"), QStringLiteral(":/icons/new-message.svg"),
            tr("The firm's messages to clients") },
        { View::Trash, tr("Trash"), QStringLiteral(":/icons/trash.svg"),
            tr("Messages you moved to Trash (hidden for you only)") },
        { View::Waiting, tr("Awaiting Reply"), QStringLiteral(":/icons/next-unread.svg"),
            tr("Conversations whose client waits for an answer, longest first") },
        { View::MyTasks, tr("My Tasks"), QStringLiteral(":/icons/todo.svg"),
            tr("Tasks assigned to you") },
    };
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(QIcon(entry.icon), entry.text, m_views);
        item->setData(Qt::UserRole, int(entry.view));
        item->setToolTip(entry.toolTip);
        // Ctrl+1 … Ctrl+5 switch views.
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(entry.view))));
        connect(shortcut, &QAction::triggered, this, [this, view = entry.view] { showView(view); });
        addAction(shortcut);
    }
    m_views->setMaximumWidth(m_views->fontMetrics().averageCharWidth() * 28);
    connect(m_views, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const bool tasks = View(row) == View::MyTasks;
        m_pages->setCurrentIndex(tasks ? 1 : 0);
        m_toolbar->setEnabled(!tasks);
        if (!tasks) {
            m_table->clearSelection();
            queryChanged();
        }
        updateCount();
    });
}

QWidget *InboxWindow::buildMessagesPage()
{
    m_messagesPage = new QWidget(this);
    m_empty = new QLabel(m_messagesPage);
    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_clearFilters = new QPushButton(tr("&Clear Search and Filters"), m_messagesPage);
    m_clearFilters->setObjectName(QStringLiteral("inboxClearFilters"));
    connect(m_clearFilters, &QPushButton::clicked, m_filters, &InboxFilterBar::clear);
    auto *emptyPage = new QWidget(m_messagesPage);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_listOrEmpty = new QStackedWidget(m_messagesPage);
    m_listOrEmpty->addWidget(m_table);
    m_listOrEmpty->addWidget(emptyPage);
    auto *layout = new QVBoxLayout(m_messagesPage);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_listOrEmpty, 1);
    return m_messagesPage;
}

void InboxWindow::showView(View view)
{
    m_views->setCurrentRow(int(view));
}

InboxWindow::View InboxWindow::view() const
{
    return View(std::max(0, m_views->currentRow()));
}

void InboxWindow::queryChanged()
{
    if (view() == View::MyTasks)
        return;
    net::InboxQuery query;
    query.view = viewName(view());
    const bool waiting = view() == View::Waiting;
    query.sort = waiting ? QStringLiteral("waiting") : QStringLiteral("newest");
    m_filters->fill(query);
    // The table shows the server's order: longest waiting first, or newest first.
    m_table->sortByColumn(
        waiting ? InboxModel::WaitingColumn : InboxModel::ReceivedColumn, Qt::DescendingOrder);
    m_table->setColumnHidden(
        InboxModel::WaitingColumn, view() == View::Sent || view() == View::Trash);
    m_table->setColumnHidden(InboxModel::TodoColumn, waiting);
    m_error.clear();
    m_table->scrollToTop(); // a page of the new rows, not more because the old were scrolled
    m_workspace->inbox()->setQuery(query);
    m_actions->update();
    updateState();
}

void InboxWindow::updateState()
{
    sync::InboxFeed *feed = m_workspace->inbox();
    const bool empty = feed->model()->rowCount() == 0;
    QString text;
    if (!m_error.isEmpty())
        text = tr("The inbox could not be loaded. %1").arg(m_error);
    else if (!feed->isLoaded())
        text = tr("Loading…");
    else if (m_filters->isFiltering())
        text = tr("No messages match the search and filters.");
    else {
        switch (view()) {
        case View::Inbox:
            text = tr("No messages from clients. Their messages in every conversation you can "
                      "see arrive here.");
            break;
        case View::Sent:
            text = tr("The firm has not written to any client yet.");
            break;
        case View::Trash:
            text = tr("Trash is empty. Messages you move here are hidden for you only; nothing "
                      "is deleted.");
            break;
        case View::Waiting:
            text = tr("No client is waiting for an answer.");
            break;
        case View::MyTasks:
            break;
        }
    }
    m_empty->setText(text);
    m_clearFilters->setVisible(m_filters->isFiltering());
    m_listOrEmpty->setCurrentIndex(empty || !m_error.isEmpty() ? 1 : 0);
    updateCount();
}

void InboxWindow::updateCount()
{
    if (view() == View::MyTasks) {
        m_count->clear();
        return;
    }
    sync::InboxFeed *feed = m_workspace->inbox();
    const int rows = feed->model()->rowCount();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QString text = view() == View::Waiting ? tr("Conversations: %L1").arg(rows)
                                           : tr("Messages: %L1").arg(rows);
    if (feed->total() > rows)
        text = tr("Showing %L1 of %L2 (scroll down for more)").arg(rows).arg(feed->total());
    if (selected > 0)
        text = tr("%1 · %L2 selected").arg(text).arg(selected);
    m_count->setText(text);
}

void InboxWindow::updateNames()
{
    m_workspace->inbox()->model()->setPeopleNames(PeopleNames::of(*m_workspace));
}

void InboxWindow::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    // A right-click outside the selection selects that row, as in file managers.
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    QMenu *menu = m_actions->contextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void InboxWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_workspace->inbox()->setActive(true);
    m_tick->start();
}

void InboxWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_workspace->inbox()->setActive(false);
    m_tick->stop();
}

} // namespace parley::ui
