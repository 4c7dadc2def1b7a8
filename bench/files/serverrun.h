// ServerRun: the real parley-server (next to the benchmark) on a loopback port with a data
// folder, and its peak resident memory.
#pragma once

#include <QProcess>
#include <QUrl>

namespace parley::bench {

class ServerRun
{
public:
    ~ServerRun();
    // Starts it with --demo on dataDir; false (with a message on stderr) when it does not.
    bool start(const QString &dataDir);
    QUrl url() const { return m_url; }
    // VmHWM of the server process, in MB.
    double peakRssMb() const;

private:
    QProcess m_process;
    QUrl m_url;
};

// VmHWM (peak resident set) of a process from /proc, in MB; -1 when unreadable.
double peakRssMbOf(qint64 pid);

} // namespace parley::bench
