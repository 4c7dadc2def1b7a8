// aiosmtpd as a child process.
#include "smtpserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace parley::test {

namespace {

// Debian's interpreter, where python3-aiosmtpd is installed (not a pyenv one on the PATH).
QString python()
{
    const QString debian = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(debian) ? debian : QStringLiteral("python3");
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

SmtpServer::SmtpServer() = default;

SmtpServer::~SmtpServer()
{
    stop();
}

bool SmtpServer::start()
{
    stop();
    if (m_port == 0)
        m_port = freePort();
    const QString maildir = QDir(m_dir.path()).filePath(QStringLiteral("maildir"));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(python(),
        { QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
            QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-c"),
            QStringLiteral("aiosmtpd.handlers.Mailbox"), maildir });
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start aiosmtpd: %1").arg(m_process->errorString());
        return false;
    }
    // Ready once it accepts connections.
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        if (m_process->state() != QProcess::Running)
            break;
        QThread::msleep(100);
    }
    m_error
        = QStringLiteral("aiosmtpd did not start: %1").arg(QString::fromUtf8(m_process->readAll()));
    return false;
}

void SmtpServer::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QString SmtpServer::url() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
}

QJsonArray SmtpServer::messages() const
{
    const QString maildir = QDir(m_dir.path()).filePath(QStringLiteral("maildir"));
    if (!QFileInfo::exists(maildir))
        return {};
    QProcess parse;
    parse.start(python(), { QStringLiteral(PARLEY_TEST_SUPPORT_DIR "/mailparse.py"), maildir });
    parse.waitForFinished(30000);
    return QJsonDocument::fromJson(parse.readAllStandardOutput()).array();
}

} // namespace parley::test
