// TaskFeed: one list of tasks (a matter's, or the user's My Tasks) in a TasksModel: loaded
// when shown, refreshed (debounced) on server activity while active, and kept up to date
// with what the session's TaskBoard saves. Ticking a task done goes through the board.
#pragma once

#include "models/tasksmodel.h"
#include "net/apiclient.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace parley::sync {

class TaskBoard;

class TaskFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefreshDelayMs = 1500;

    // board is not owned and must outlive the feed.
    explicit TaskFeed(TaskBoard *board, QObject *parent = nullptr);

    models::TasksModel *model() { return &m_model; }
    // Shows a matter's tasks, or (no matter) the user's own; another list empties the rows.
    // The server is asked while the feed is active (a view shows it).
    void show(std::optional<qint64> matterId);
    // Shows nothing (no matter open).
    void clear();
    void setIncludeDone(bool include);
    bool includeDone() const { return m_query.includeDone; }
    // Active (a view shows the list): asks the server now, and again after server activity.
    void setActive(bool active);
    void refresh();
    bool isShowing() const { return m_showing; }
    bool isLoaded() const { return m_loaded; }
    std::optional<qint64> matterId() const { return m_query.matterId; }

    // Whether the list shown holds this task.
    bool holds(const protocol::Task &task) const;

Q_SIGNALS:
    void loaded();
    void failed(const parley::protocol::Error &error);

private:
    void taskSaved(const protocol::Task &task);

    TaskBoard *m_board;
    models::TasksModel m_model;
    net::TaskQuery m_query;
    QTimer m_delay;
    quint64 m_generation = 0;
    bool m_showing = false;
    bool m_active = false;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_refreshAgain = false; // a save came while a refresh was answering
};

} // namespace parley::sync
