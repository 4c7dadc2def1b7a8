// aiosmtpd as a child process.
#include "smtpserver.h"

#include "localservice.h"

#include <QDir>
#include <QJsonDocument>

namespace parley::test {

SmtpServer::SmtpServer() = default;

SmtpServer::~SmtpServer()
{
    stop();
}

bool SmtpServer::start()
{
    stop();
    if (m_port == 0)
        m_port = freeLoopbackPort();
    const QString maildir = this->maildir();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(debianPython(),
        { QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
            QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-c"),
            QStringLiteral("aiosmtpd.handlers.Mailbox"), maildir });
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start aiosmtpd: %1").arg(m_process->errorString());
        return false;
    }
    if (waitUntilListening(m_port, *m_process))
        return true;
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
    const QString maildir = this->maildir();
    if (!QFileInfo::exists(maildir))
        return {};
    QProcess parse;
    parse.start(
        debianPython(), { QStringLiteral(PARLEY_TEST_SUPPORT_DIR "/mailparse.py"), maildir });
    parse.waitForFinished(30000);
    return QJsonDocument::fromJson(parse.readAllStandardOutput()).array();
}

QString SmtpServer::maildir() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("maildir"));
}

} // namespace parley::test
