// Starts and stops the real parley-server for tests.
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QThread>

namespace parley::test {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::binary()
{
    return qEnvironmentVariable("PARLEY_SERVER_BINARY", QStringLiteral("parley-server"));
}

bool ServerProcess::start(const QStringList &extraArgs)
{
    m_args = extraArgs;
    return launch(extraArgs, 0);
}

bool ServerProcess::restartOnSamePort()
{
    const quint16 port = quint16(m_url.port());
    if (port == 0)
        return false;
    // The port may linger for a moment after the old process went.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (launch(m_args, port))
            return true;
        QThread::msleep(250);
    }
    return false;
}

bool ServerProcess::launch(const QStringList &extraArgs, quint16 port)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
        QStringLiteral("--data-dir"), m_dataDir.path() };
    args += extraArgs;
    m_process->start(binary(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
    QByteArray out;
    // The sanitizer build (scripts/test) runs several times slower: PARLEY_TEST_TIME_SCALE.
    const int scale = std::max(1, qEnvironmentVariableIntValue("PARLEY_TEST_TIME_SCALE"));
    QDeadlineTimer deadline(30000 * scale);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    m_error = QStringLiteral("parley-server did not report listening; stdout: %1; stderr: %2")
                  .arg(QString::fromUtf8(out), QString::fromUtf8(stderrOutput()));
    return false;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

QByteArray ServerProcess::stderrOutput()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

int ServerProcess::runAdmin(const QStringList &args, QByteArray *output) const
{
    QProcess process;
    process.start(binary(), args + QStringList { QStringLiteral("--data-dir"), m_dataDir.path() });
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace parley::test
