// TasksView: the task table, its states and buttons.
#include "tasksview.h"

#include "errortext.h"
#include "models/tasksmodel.h"
#include "peoplenames.h"
#include "sync/taskfeed.h"
#include "sync/workspace.h"
#include "taskdialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace parley::ui {

using models::TasksModel;

namespace {

// Overdue dates in red; done tasks' names struck through and dimmed.
class TaskLook : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            if (index.column() == TasksModel::DueColumn
                && index.data(TasksModel::OverdueRole).toBool())
                return QColor(0xb0, 0x1c, 0x1c);
            if (index.data(TasksModel::DoneRole).toBool())
                return QPalette().brush(QPalette::PlaceholderText);
        }
        if (role == Qt::FontRole && index.column() == TasksModel::NameColumn
            && index.data(TasksModel::DoneRole).toBool()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

TasksView::TasksView(sync::Workspace *workspace, Scope scope, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scope(scope)
    , m_feed(new sync::TaskFeed(workspace->tasks(), this))
    , m_sorted(new TaskLook(this))
    , m_view(new QTreeView(this))
    , m_pages(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_showDone(new QCheckBox(tr("Show &done tasks"), this))
    , m_showMessage(new QPushButton(tr("Show Messa&ge"), this))
    , m_newTask(new QPushButton(tr("&New Task…"), this))
{
    setObjectName(
        scope == Scope::Mine ? QStringLiteral("myTasksView") : QStringLiteral("matterTasksView"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setText(scope == Scope::Mine ? tr("My Tasks") : tr("Tasks"));

    m_sorted->setSourceModel(m_feed->model());
    m_sorted->setSortRole(TasksModel::SortRole);
    m_view->setObjectName(QStringLiteral("tasksTable"));
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder); // the server's order first
    m_view->header()->setStretchLastSection(false);
    for (int column = 0; column < TasksModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column,
            column == TasksModel::NameColumn ? QHeaderView::Stretch
                                             : QHeaderView::ResizeToContents);
    m_view->setColumnHidden(TasksModel::MatterColumn, scope == Scope::Matter);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != TasksModel::DoneColumn)
            showSelectedMessage();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TasksView::updateButtons);

    m_state->setObjectName(QStringLiteral("tasksState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_state);

    m_showDone->setObjectName(QStringLiteral("showDoneTasks"));
    connect(m_showDone, &QCheckBox::toggled, m_feed, &sync::TaskFeed::setIncludeDone);
    m_showMessage->setObjectName(QStringLiteral("showTaskMessage"));
    m_showMessage->setToolTip(tr("Open the message the task was made from"));
    connect(m_showMessage, &QPushButton::clicked, this, &TasksView::showSelectedMessage);
    m_newTask->setObjectName(QStringLiteral("newTaskButton"));
    m_newTask->setVisible(scope == Scope::Matter);
    connect(m_newTask, &QPushButton::clicked, this, &TasksView::newTask);

    connect(m_feed, &sync::TaskFeed::loaded, this, [this] {
        m_error.clear();
        updateState();
    });
    connect(m_feed, &sync::TaskFeed::failed, this, [this](const protocol::Error &error) {
        m_error = ErrorText::describe(error, m_workspace->serverUrl());
        updateState();
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_feed->model(), signal, this, &TasksView::updateState);
    connect(workspace, &sync::Workspace::mattersLoaded, this, &TasksView::updateNames);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_showDone);
    top->addWidget(m_showMessage);
    top->addWidget(m_newTask);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(scope == Scope::Matter ? 8 : 0, 6, scope == Scope::Matter ? 8 : 0,
        scope == Scope::Matter ? 8 : 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    updateNames();
    if (scope == Scope::Mine)
        m_feed->show(std::nullopt); // asked for once the view shows
    updateState();
    updateButtons();
}

void TasksView::setMatter(const std::optional<protocol::Matter> &matter)
{
    if (m_scope != Scope::Matter)
        return;
    const bool same = matter && m_matter && matter->id == m_matter->id;
    m_matter = matter;
    if (!matter)
        m_feed->clear();
    else if (!same)
        m_feed->show(matter->id);
    m_newTask->setEnabled(matter.has_value());
    updateState();
}

void TasksView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_feed->setActive(true);
}

void TasksView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_feed->setActive(false);
}

void TasksView::updateNames()
{
    m_feed->model()->setPeopleNames(PeopleNames::of(*m_workspace));
}

void TasksView::updateState()
{
    const bool empty = m_feed->model()->rowCount() == 0;
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (!m_feed->isShowing())
        text = tr("Open a matter to see its tasks.");
    else if (!m_feed->isLoaded())
        text = tr("Loading tasks…");
    else if (m_scope == Scope::Mine)
        text = m_showDone->isChecked() ? tr("No tasks are assigned to you.")
                                       : tr("No open tasks are assigned to you. Make one from a "
                                            "message with Create Task… in the team inbox.");
    else
        text = m_showDone->isChecked()
            ? tr("This matter has no tasks yet.")
            : tr("This matter has no open tasks. New Task… adds one; so does Create Task… on a "
                 "message in the team inbox.");
    m_state->setText(text);
    m_pages->setCurrentWidget(empty || !m_error.isEmpty() ? static_cast<QWidget *>(m_state)
                                                          : static_cast<QWidget *>(m_view));
    updateButtons();
}

std::optional<int> TasksView::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_sorted->mapToSource(rows.first()).row();
}

void TasksView::updateButtons()
{
    const std::optional<int> row = selectedRow();
    m_showMessage->setEnabled(row && m_feed->model()->at(*row).messageId.has_value());
}

void TasksView::showSelectedMessage()
{
    const std::optional<int> row = selectedRow();
    if (!row)
        return;
    const protocol::Task &task = m_feed->model()->at(*row);
    if (task.conversationId && task.messageId)
        Q_EMIT showMessageRequested(*task.conversationId, *task.messageId);
}

TaskDialog *TasksView::newTask()
{
    if (!m_matter)
        return nullptr;
    auto *dialog = new TaskDialog(m_workspace, std::nullopt, m_matter->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT taskDialogOpened(dialog);
    return dialog;
}

} // namespace parley::ui
