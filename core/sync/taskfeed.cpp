// TaskFeed: one task list, loaded, refreshed and merged in place.
#include "taskfeed.h"

#include "taskboard.h"

#include <utility>

namespace parley::sync {

TaskFeed::TaskFeed(TaskBoard *board, QObject *parent)
    : QObject(parent)
    , m_board(board)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(RefreshDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &TaskFeed::refresh);
    connect(board, &TaskBoard::taskSaved, this, &TaskFeed::taskSaved);
    connect(board, &TaskBoard::activity, this, [this] {
        if (m_active && m_showing)
            m_delay.start();
    });
    connect(
        &m_model, &models::TasksModel::doneChangeRequested, this, [this](qint64 taskId, bool done) {
            m_board->setDone(taskId, done, [this](protocol::Result<protocol::Task> answer) {
                if (!answer)
                    Q_EMIT failed(answer.error());
            });
        });
}

void TaskFeed::show(std::optional<qint64> matterId)
{
    if (!m_showing || matterId != m_query.matterId) {
        m_model.clear();
        m_loaded = false;
    }
    m_showing = true;
    m_query.matterId = matterId;
    if (m_active)
        refresh();
}

void TaskFeed::clear()
{
    m_showing = false;
    m_loading = false;
    m_loaded = false;
    ++m_generation;
    m_model.clear();
}

void TaskFeed::setIncludeDone(bool include)
{
    if (include == m_query.includeDone)
        return;
    m_query.includeDone = include;
    if (m_showing && m_active)
        refresh();
}

void TaskFeed::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active && m_showing)
        refresh();
}

void TaskFeed::refresh()
{
    m_delay.stop();
    if (!m_showing)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_board->api()->tasks(
        m_query, [this, generation](protocol::Result<QList<protocol::Task>> list) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (std::exchange(m_refreshAgain, false))
                return refresh(); // the list may predate a save
            if (!list) {
                Q_EMIT failed(list.error());
                return;
            }
            m_model.setTasks(list.value());
            m_loaded = true;
            Q_EMIT loaded();
        });
}

bool TaskFeed::holds(const protocol::Task &task) const
{
    if (!m_showing || (task.isDone() && !m_query.includeDone))
        return false;
    return m_query.matterId ? task.matterId == m_query.matterId
                            : task.assigneeId == m_board->userId();
}

void TaskFeed::taskSaved(const protocol::Task &task)
{
    m_refreshAgain = m_refreshAgain || m_loading;
    if (holds(task))
        m_model.upsert(task);
    else
        m_model.remove(task.id);
}

} // namespace parley::sync
