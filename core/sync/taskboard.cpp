// TaskBoard: task writes and their announcements.
#include "taskboard.h"

#include "net/apiclient.h"

namespace parley::sync {

TaskBoard::TaskBoard(net::ApiClient *api, qint64 userId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_userId(userId)
{ }

TaskBoard::Done TaskBoard::saving(Done done)
{
    return [this, done = std::move(done)](protocol::Result<protocol::Task> answer) {
        if (answer)
            Q_EMIT taskSaved(answer.value());
        else if (!done)
            Q_EMIT failed(answer.error());
        if (done)
            done(std::move(answer));
    };
}

void TaskBoard::create(const protocol::TaskInput &task, Done done)
{
    m_api->createTask(task, saving(std::move(done)));
}

void TaskBoard::change(qint64 taskId, const protocol::TaskInput &change, Done done)
{
    m_api->changeTask(taskId, change, saving(std::move(done)));
}

void TaskBoard::setDone(qint64 taskId, bool done, Done finished)
{
    protocol::TaskInput change;
    change.done = done;
    this->change(taskId, change, std::move(finished));
}

void TaskBoard::noteBatch(const protocol::SyncBatch &batch)
{
    if (!batch.changes.isEmpty())
        Q_EMIT activity();
}

} // namespace parley::sync
