// AppMemory: starts the desktop app over a saved sign-in and a large cache, offline, and reads
// its memory from /proc once it shows the cached matters.
#include "appmemory.h"

#include "net/tokenstore.h"
#include "protocol/user.h"
#include "store/cachedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace parley::bench {

namespace {

constexpr double LimitMb = 150;
constexpr int ReadyTimeoutMs = 180000;
// After the matters are shown the app keeps settling (direct conversations, the outbox, the
// first reconnect attempt); RSS is read once this quiet period is over.
constexpr int SettleMs = 3000;

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_sync: app memory: %s\n", qPrintable(why));
    return 1;
}

// A port nothing listens on, so the saved server is unreachable (connection refused).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

std::optional<double> statusMb(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith(field + ':'))
            continue;
        const QList<QByteArray> parts = line.mid(field.size() + 1).simplified().split(' ');
        bool ok = false;
        const double kb = parts.value(0).toDouble(&ok);
        if (ok && parts.value(1) == "kB")
            return kb / 1024;
    }
    return std::nullopt;
}

void print(const char *key, double value, int decimals)
{
    std::printf("%s=%.*f\n", key, decimals, value);
    std::fflush(stdout);
}

bool storeToken(const QUrl &server, const QString &email)
{
    net::TokenStore tokens;
    QEventLoop loop;
    bool stored = false;
    // Any token will do: the server is never reached, and the app needs one to restore.
    tokens.store(
        server, email, QStringLiteral("bench-offline-token"), [&](protocol::Result<void> result) {
            stored = bool(result);
            loop.quit();
        });
    loop.exec();
    return stored;
}

} // namespace

int measureAppMemory(const QString &cacheFile)
{
    QProcess session;
    session.setProcessChannelMode(QProcess::ForwardedChannels);
    session.start(QStringLiteral("dbus-run-session"),
        { QStringLiteral("--"), QStringLiteral(PARLEY_SOURCE_DIR "/scripts/lib/session"),
            QCoreApplication::applicationFilePath(), QStringLiteral("--app-probe"), cacheFile });
    if (!session.waitForStarted())
        return fail(QStringLiteral("cannot start dbus-run-session: %1").arg(session.errorString()));
    session.waitForFinished(-1);
    if (session.exitStatus() != QProcess::NormalExit)
        return fail(QStringLiteral("the session crashed"));
    return session.exitCode();
}

int appProbe(const QString &cacheFile)
{
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (dataHome.isEmpty() || configHome.isEmpty())
        return fail(QStringLiteral("run inside scripts/lib/session (XDG folders not set)"));

    QUrl server;
    server.setScheme(QStringLiteral("http"));
    server.setHost(QStringLiteral("127.0.0.1"));
    server.setPort(closedPort());
    const QString email = QStringLiteral("bench@parley.invalid");
    protocol::User user;
    user.id = 1;
    user.kind = QStringLiteral("staff");
    user.role = QStringLiteral("lawyer");
    user.name = QStringLiteral("Bench Lawyer");
    user.email = email;

    // Where the app (organisation and application "Parley") looks: AppDataLocation.
    const QString dataDir = dataHome + QStringLiteral("/Parley/Parley");
    const QString target = store::CacheDatabase::pathFor(dataDir, server, email);
    if (!QDir().mkpath(dataDir) || !QFile::rename(cacheFile, target))
        return fail(QStringLiteral("cannot move the cache into the app's data folder"));

    {
        QSettings settings(
            configHome + QStringLiteral("/Parley/Parley.conf"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("account/server"), server.toString());
        settings.setValue(QStringLiteral("account/email"), email);
        settings.setValue(QStringLiteral("account/user"),
            QJsonDocument(user.toJson()).toJson(QJsonDocument::Compact));
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return fail(QStringLiteral("cannot write the app's settings"));
    }
    if (!storeToken(server, email))
        return fail(QStringLiteral("cannot store the sign-in in the session keyring"));

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    app.setProcessEnvironment(env);
    app.setStandardOutputFile(QProcess::nullDevice());
    QByteArray log;
    bool ready = false;
    QEventLoop loop;
    QObject::connect(&app, &QProcess::readyReadStandardError, &loop, [&] {
        log += app.readAllStandardError();
        // Workspace logs this once the matters from the cache are in the model.
        if (!ready && log.contains("cached matters")) {
            ready = true;
            loop.quit();
        }
    });
    QObject::connect(&app, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ReadyTimeoutMs, &loop, &QEventLoop::quit);
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/parley");
    app.start(program, {});
    if (!app.waitForStarted())
        return fail(QStringLiteral("cannot start %1: %2").arg(program, app.errorString()));
    const qint64 pid = app.processId();
    loop.exec();

    auto stop = [&] {
        app.terminate();
        if (!app.waitForFinished(5000)) {
            app.kill();
            app.waitForFinished(5000);
        }
    };
    if (!ready || app.state() != QProcess::Running) {
        stop();
        std::fprintf(stderr, "%s", log.right(2000).constData());
        return fail(QStringLiteral("the app did not show the cached matters"));
    }

    QEventLoop settle;
    QTimer::singleShot(SettleMs, &settle, &QEventLoop::quit);
    settle.exec();
    const std::optional<double> rss = statusMb(pid, "VmRSS");
    const std::optional<double> peak = statusMb(pid, "VmHWM");
    const bool running = app.state() == QProcess::Running;
    // Says what was measured: the app's own line and the display plugin it runs on.
    QByteArray readyLine;
    for (const QByteArray &line : log.split('\n')) {
        if (line.contains("cached matters"))
            readyLine = line;
    }
    QByteArray plugin = "unknown";
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (maps.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : maps.readAll().split('\n')) {
            if (line.contains("/platforms/lib")) {
                plugin = line.mid(line.lastIndexOf('/') + 1);
                break;
            }
        }
    }
    std::fprintf(stderr, "bench_sync: app ready (%s), platform plugin %s\n",
        readyLine.trimmed().constData(), plugin.constData());
    stop();
    if (!running || !rss || !peak)
        return fail(QStringLiteral("cannot read the app's memory from /proc"));

    print("app_rss_mb", *rss, 1);
    print("app_peak_rss_mb", *peak, 1);
    print("app_rss_limit_mb", LimitMb, 0);
    print("app_rss_ratio", *rss / LimitMb, 2);
    return 0;
}

} // namespace parley::bench
