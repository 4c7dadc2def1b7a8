// Helpers for test fixtures that run a local service as a child process (the SMTP server, the
// Twilio stand-in): Debian's python3, a free loopback port, and waiting until it listens.
#pragma once

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace parley::test {

// Debian's interpreter, where python3-aiosmtpd is installed (not a pyenv one on the PATH).
inline QString debianPython()
{
    const QString debian = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(debian) ? debian : QStringLiteral("python3");
}

inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// True once something accepts connections on the port (false if process ends first).
inline bool waitUntilListening(quint16 port, const QProcess &process, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        if (process.state() != QProcess::Running)
            return false;
        QThread::msleep(100);
    }
    return false;
}

} // namespace parley::test
