// ServerRun: the real parley-server (next to the benchmark) on a loopback port with a data
// folder, and its peak resident memory and CPU time.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace parley::bench {

class ServerRun
{
public:
    ~ServerRun();
    // Starts it with --demo on dataDir (and extraArgs, e.g. --config FILE); false (with a
    // message on stderr) when it does not.
    bool start(const QString &dataDir, const QStringList &extraArgs = {});
    // Stops it (SIGTERM, then waits); also done by the destructor.
    void stop();
    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    // VmHWM of the server process, in MB.
    double peakRssMb() const;

private:
    QProcess m_process;
    QUrl m_url;
};

// VmHWM (peak resident set) of a process from /proc, in MB; -1 when unreadable.
double peakRssMbOf(qint64 pid);
// User plus system CPU time a process has used so far, from /proc, in seconds; -1 when
// unreadable.
double cpuSecondsOf(qint64 pid);

} // namespace parley::bench
