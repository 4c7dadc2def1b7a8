// Starting the server for a benchmark.
#include "serverrun.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>
#include <unistd.h>

namespace parley::bench {

ServerRun::~ServerRun()
{
    stop();
}

void ServerRun::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
}

bool ServerRun::start(const QString &dataDir, const QStringList &extraArgs)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/parley-server"),
        QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data-dir"), dataDir, QStringLiteral("--demo") }
            + extraArgs);
    const QRegularExpression listening(QStringLiteral("listening on (http://[^\\s]+)"));
    QByteArray output;
    while (m_process.waitForReadyRead(60000)) {
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

double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the command name (which may hold spaces, so split after its ')'):
    // state is field 3, utime field 14, stime field 15.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

} // namespace parley::bench
