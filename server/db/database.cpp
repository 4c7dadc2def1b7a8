// Opening the SQLite database with the pragmas the server relies on, or a PostgreSQL one.
#include "database.h"

#include "common/errors.h"
#include "common/logcategories.h"
#include "migrations.h"
#include "sqlquery.h"

#include <QSqlError>

namespace parley::server {

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    close();
}

protocol::Result<void> Database::open(const QString &path)
{
    return open(DatabaseLocation::sqliteFile(path));
}

protocol::Result<void> Database::open(const DatabaseLocation &location)
{
    close();
    m_location = location;
    auto connected = connect(location, m_connectionName);
    m_added = true;
    if (!connected)
        return connected.error();
    if (location.backend == DbBackend::Sqlite) {
        if (auto result = applyPragmas(); !result)
            return result;
    }
    return Migrations::apply(handle());
}

protocol::Result<QSqlDatabase> Database::connect(
    const DatabaseLocation &location, const QString &connectionName)
{
    const bool postgres = location.backend == DbBackend::Postgres;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connectionName);
    if (postgres) {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.name);
        db.setConnectOptions(location.options);
    } else {
        db.setDatabaseName(location.sqlitePath);
    }
    if (!db.isValid()) {
        qCCritical(lcDb) << "no Qt SQL driver for" << location.describe();
        return internalError();
    }
    if (!db.open()) {
        // libpq's messages name the server and user, never the password.
        qCCritical(lcDb) << "cannot open database" << location.describe() << db.lastError().text();
        return internalError();
    }
    if (postgres) {
        // Notices (e.g. "already exists, skipping") are not worth a line in the log.
        SqlQuery quiet(db, QStringLiteral("SET client_min_messages = warning"));
        if (auto result = quiet.exec(); !result)
            return result.error();
        // SqlQuery writes values in with the driver's own quoting, which looks at the
        // connection's standard_conforming_strings when it opens (doubling backslashes where
        // they escape), so the setting must not be changed afterwards.
    }
    return db;
}

void Database::close()
{
    if (!m_added)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_added = false;
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

protocol::Result<void> Database::applyPragmas()
{
    // WAL lets readers (an admin listing users) run beside the server's writes; the
    // busy timeout makes a second writer wait rather than fail at once.
    const QStringList pragmas { QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA synchronous=NORMAL") };
    for (const QString &pragma : pragmas) {
        SqlQuery query(handle(), pragma);
        if (auto result = query.exec(); !result)
            return result;
    }
    SqlQuery check(handle(), QStringLiteral("PRAGMA foreign_keys"));
    if (auto result = check.exec(); !result)
        return result;
    if (!check.next() || check.integer(0) != 1) {
        qCCritical(lcDb) << "foreign keys could not be enabled";
        return internalError();
    }
    return {};
}

int Database::schemaVersion() const
{
    auto version = Migrations::version(handle());
    return version ? version.value() : -1;
}

} // namespace parley::server
