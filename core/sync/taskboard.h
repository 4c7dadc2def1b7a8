// TaskBoard: the session's task writes (create, change, done) through the API, so every
// TaskFeed showing a task hears of it (taskSaved) whoever changed it in this app.
#pragma once

#include "protocol/result.h"
#include "protocol/syncbatch.h"
#include "protocol/task.h"

#include <QObject>
#include <functional>

namespace parley::net {
class ApiClient;
}

namespace parley::sync {

class TaskBoard : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(protocol::Result<protocol::Task>)>;

    // api is not owned and must outlive the board; userId: the signed-in user.
    TaskBoard(net::ApiClient *api, qint64 userId, QObject *parent = nullptr);

    net::ApiClient *api() const { return m_api; }
    qint64 userId() const { return m_userId; }

    void create(const protocol::TaskInput &task, Done done = {});
    void change(qint64 taskId, const protocol::TaskInput &change, Done done = {});
    void setDone(qint64 taskId, bool done, Done finished = {});
    // A sync batch was applied: colleagues may have made or changed tasks meanwhile.
    void noteBatch(const protocol::SyncBatch &batch);

Q_SIGNALS:
    void taskSaved(const parley::protocol::Task &task);
    void failed(const parley::protocol::Error &error);
    // Something happened on the server that may have touched tasks (feeds refresh, debounced).
    void activity();

private:
    Done saving(Done done);

    net::ApiClient *m_api;
    qint64 m_userId;
};

} // namespace parley::sync
