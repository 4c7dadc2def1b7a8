// Starting the server for a benchmark.
#include "serverrun.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

namespace parley::bench {

ServerRun::~ServerRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
}

bool ServerRun::start(const QString &dataDir)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/parley-server"),
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
            dataDir, QStringLiteral("--demo") });
    const QRegularExpression listening(QStringLiteral("listening on (http://[^\\s]+)"));
    QByteArray output;
    while (m_process.waitForReadyRead(30000)) {
        output += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    std::fprintf(
        stderr, "parley-server did not start: %s\n", m_process.readAllStandardError().constData());
    return false;
}

double ServerRun::peakRssMb() const
{
    return peakRssMbOf(m_process.processId());
}

double peakRssMbOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace parley::bench
