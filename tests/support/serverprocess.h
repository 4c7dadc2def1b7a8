// ServerProcess: starts the real parley-server binary on an ephemeral loopback port with
// a temporary data folder, for integration and UI tests. With PARLEY_TEST_POSTGRES set (an
// admin URL, scripts/lib/postgres) each server gets a fresh PostgreSQL database of its own,
// created on first use and dropped with the ServerProcess; ServerDatabase opens it.
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
    // Starts a second server on other's data folder and database (several servers behind a
    // load balancer): this one never drops that database. other must outlive this one.
    bool startSharing(const ServerProcess &other, const QStringList &extraArgs = {});
    // Starts it again on the port it had (after stop() or kill()), on the same data folder
    // with the same arguments, so clients holding its URL find it back, as after a network
    // outage.
    bool restartOnSamePort();
    // SIGTERM and wait; the data folder stays for a restart.
    void stop();
    // SIGKILL, as a crash would.
    void kill();

    QUrl url() const { return m_url; }
    QString dataDir() const
    {
        return m_sharedDataDir.isEmpty() ? m_dataDir.path() : m_sharedDataDir;
    }
    // The --database URL the server runs with; empty on SQLite (the data folder's file).
    QString databaseUrl() const { return m_databaseUrl; }
    // Creates the server's PostgreSQL database now when PARLEY_TEST_POSTGRES asks for one
    // (start() and runAdmin() do it when needed), for a test that fills the database before
    // starting the server. True on SQLite; false with errorString() on failure.
    bool ensureDatabase() const;
    QString errorString() const { return m_error; }
    // What the server printed on stderr so far (for failure messages).
    QByteArray stderrOutput();

    // Runs `parley-server <args> --data-dir <tmp> [--database URL]` to completion (admin
    // subcommands).
    // Returns the exit code; stdout goes to *output when given.
    int runAdmin(const QStringList &args, QByteArray *output = nullptr) const;

    static QString binary();

private:
    bool launch(const QStringList &extraArgs, quint16 port);
    QStringList storageArgs() const;
    void dropDatabase();

    QTemporaryDir m_dataDir;
    QString m_sharedDataDir; // startSharing(): the other server's folder
    mutable QString m_databaseUrl;
    mutable QString m_databaseName; // set while this process owns (and will drop) it
    QStringList m_args; // of the last start()
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    mutable QString m_error;
    QByteArray m_stderr;
};

} // namespace parley::test
