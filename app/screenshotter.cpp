// Screenshotter: a small state machine polled on a timer, with an overall time limit.
#include "screenshotter.h"

#include "sync/workspace.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>

namespace parley::app {

namespace {
constexpr int PollMs = 100;
constexpr int TimeoutMs = 30000;
constexpr int SettleTicks = 5; // let layouts and the scroll to the end happen
} // namespace

Screenshotter::Screenshotter(
    ui::MainWindow *window, sync::Workspace *workspace, QString file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_file(std::move(file))
{
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &Screenshotter::step);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(QCoreApplication::translate("Screenshotter",
            "Timed out after 30 seconds waiting for the matters, conversations and messages."));
    });
    connect(workspace, &sync::Workspace::loadFailed, this, [this](const protocol::Error &error) {
        fail(QCoreApplication::translate("Screenshotter", "Loading failed: %1 (%2)")
                 .arg(error.message, error.code));
    });
}

void Screenshotter::start()
{
    m_timeout.start(TimeoutMs);
    m_poll.start();
}

void Screenshotter::step()
{
    switch (m_stage) {
    case Stage::Matters:
        if (!m_workspace->mattersReady())
            return;
        if (!m_window->selectMatterRow(0)) {
            fail(QCoreApplication::translate("Screenshotter", "There are no matters to show."));
            return;
        }
        m_stage = Stage::Conversations;
        return;
    case Stage::Conversations:
        if (m_workspace->conversations()->conversationCount() == 0
            || m_workspace->conversations()->matterId() != m_workspace->selectedMatter())
            return;
        if (m_window->selectFirstConversation())
            m_stage = Stage::Messages;
        return;
    case Stage::Messages:
        if (m_workspace->timeline()->rowCount() == 0)
            return;
        m_stage = Stage::Settle;
        return;
    case Stage::Settle:
        if (++m_settleTicks < SettleTicks)
            return;
        break;
    }

    m_poll.stop();
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    if (!m_window->grab().save(m_file)) {
        fail(QCoreApplication::translate("Screenshotter", "Cannot write the picture to %1.")
                 .arg(m_file));
        return;
    }
    m_done = true;
    m_timeout.stop();
    Q_EMIT finished(0, QString());
}

void Screenshotter::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    m_timeout.stop();
    Q_EMIT finished(1, message);
}

} // namespace parley::app
