// Starts and stops the real parley-server for tests.
#include "serverprocess.h"

#include "serverdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace parley::test {

namespace {

// Runs one statement on the cluster's admin database (PARLEY_TEST_POSTGRES).
QString runAsAdmin(const QString &statement)
{
    static QAtomicInt connections;
    const QString name
        = QStringLiteral("postgres-admin-%1").arg(connections.fetchAndAddRelaxed(1) + 1);
    QString error;
    {
        const QUrl url(qEnvironmentVariable("PARLEY_TEST_POSTGRES"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
    dropDatabase();
}

bool ServerProcess::ensureDatabase() const
{
    const QString admin = qEnvironmentVariable("PARLEY_TEST_POSTGRES");
    if (!m_databaseUrl.isEmpty() || admin.isEmpty())
        return true;
    const QString name = QStringLiteral("parley_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate64(), 0, 36);
    if (const QString error = runAsAdmin(QStringLiteral("CREATE DATABASE %1").arg(name));
        !error.isEmpty()) {
        m_error = QStringLiteral("cannot create the PostgreSQL database %1: %2").arg(name, error);
        return false;
    }
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    m_databaseName = name;
    m_databaseUrl = url.toString();
    ServerDatabase::registerUrl(dataDir(), m_databaseUrl);
    return true;
}

void ServerProcess::dropDatabase()
{
    if (m_databaseName.isEmpty())
        return;
    ServerDatabase::unregisterUrl(dataDir());
    // Best effort: a failure leaves a database in a cluster that scripts/test throws away.
    runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
    m_databaseName.clear();
}

QStringList ServerProcess::storageArgs() const
{
    QStringList args { QStringLiteral("--data-dir"), dataDir() };
    if (!m_databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_databaseUrl;
    return args;
}

bool ServerProcess::startSharing(const ServerProcess &other, const QStringList &extraArgs)
{
    if (!other.ensureDatabase()) {
        m_error = other.errorString();
        return false;
    }
    m_sharedDataDir = other.dataDir();
    m_databaseUrl = other.m_databaseUrl;
    return start(extraArgs);
}

QString ServerProcess::binary()
{
    return qEnvironmentVariable("PARLEY_SERVER_BINARY", QStringLiteral("parley-server"));
}

bool ServerProcess::start(const QStringList &extraArgs)
{
    m_args = extraArgs;
    return launch(extraArgs, 0);
}

bool ServerProcess::restartOnSamePort()
{
    const quint16 port = quint16(m_url.port());
    if (port == 0)
        return false;
    // The port may linger for a moment after the old process went.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (launch(m_args, port))
            return true;
        QThread::msleep(250);
    }
    return false;
}

bool ServerProcess::launch(const QStringList &extraArgs, quint16 port)
{
    stop();
    if (!ensureDatabase())
        return false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port) };
    args += storageArgs();
    args += extraArgs;
    m_process->start(binary(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
    QByteArray out;
    // The sanitizer build (scripts/test) runs several times slower: PARLEY_TEST_TIME_SCALE.
    const int scale = std::max(1, qEnvironmentVariableIntValue("PARLEY_TEST_TIME_SCALE"));
    QDeadlineTimer deadline(30000 * scale);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    m_error = QStringLiteral("parley-server did not report listening; stdout: %1; stderr: %2")
                  .arg(QString::fromUtf8(out), QString::fromUtf8(stderrOutput()));
    return false;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

QByteArray ServerProcess::stderrOutput()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

int ServerProcess::runAdmin(const QStringList &args, QByteArray *output) const
{
    if (!ensureDatabase())
        return -1;
    QProcess process;
    process.start(binary(), args + storageArgs());
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace parley::test
