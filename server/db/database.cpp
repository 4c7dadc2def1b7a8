// Opening the SQLite database with the pragmas the server relies on.
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
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_added = true;
        db.setDatabaseName(path);
        if (!db.open()) {
            qCCritical(lcDb) << "cannot open database" << path << db.lastError().text();
            return internalError();
        }
    }
    if (auto result = applyPragmas(); !result)
        return result;
    return Migrations::apply(handle());
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
    SqlQuery query(handle(), QStringLiteral("PRAGMA user_version"));
    if (!query.exec() || !query.next())
        return -1;
    return static_cast<int>(query.integer(0));
}

} // namespace parley::server
