// Screenshotter: for --screenshot: waits for the data, opens the first matter's first
// conversation, saves a picture of the main window and reports the exit code.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace parley::sync {
class Workspace;
}
namespace parley::ui {
class MainWindow;
}

namespace parley::app {

class Screenshotter : public QObject
{
    Q_OBJECT

public:
    Screenshotter(ui::MainWindow *window, sync::Workspace *workspace, QString file,
        QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    // 0 on success; otherwise message says why.
    void finished(int exitCode, const QString &message);

private:
    void step();
    void fail(const QString &message);

    ui::MainWindow *m_window;
    sync::Workspace *m_workspace;
    QString m_file;
    QTimer m_poll;
    QTimer m_timeout;
    enum class Stage { Matters, Conversations, Messages, Settle } m_stage = Stage::Matters;
    int m_settleTicks = 0;
    bool m_done = false;
};

} // namespace parley::app
