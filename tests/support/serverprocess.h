// ServerProcess: starts the real parley-server binary on an ephemeral loopback port with
// a temporary data folder, for integration and UI tests.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace parley::test {

class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Starts `parley-server --listen 127.0.0.1:0 --data-dir <tmp> <extraArgs>` and waits
    // for its "listening on" line. Returns false (with errorString()) on failure.
    bool start(const QStringList &extraArgs = { QStringLiteral("--demo") });
    // Starts it again on the port it had (after stop() or kill()), on the same data folder
    // with the same arguments, so clients holding its URL find it back, as after a network
    // outage.
    bool restartOnSamePort();
    // SIGTERM and wait; the data folder stays for a restart.
    void stop();
    // SIGKILL, as a crash would.
    void kill();

    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dataDir.path(); }
    QString errorString() const { return m_error; }
    // What the server printed on stderr so far (for failure messages).
    QByteArray stderrOutput();

    // Runs `parley-server <args> --data-dir <tmp>` to completion (admin subcommands).
    // Returns the exit code; stdout goes to *output when given.
    int runAdmin(const QStringList &args, QByteArray *output = nullptr) const;

    static QString binary();

private:
    bool launch(const QStringList &extraArgs, quint16 port);

    QTemporaryDir m_dataDir;
    QStringList m_args; // of the last start()
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace parley::test
