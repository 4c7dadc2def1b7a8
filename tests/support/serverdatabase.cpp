// Opening a running server's database beside it, on either backend.
#include "serverdatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace parley::test {

namespace {

// Data folder -> PostgreSQL URL, for the servers this test process started.
struct Registry
{
    QMutex mutex;
    QHash<QString, QString> urls;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QString key(const QString &dataDir)
{
    return QDir(dataDir).absolutePath();
}

} // namespace

ServerDatabase::ServerDatabase(const QString &dataDir, Mode mode)
    : m_url(urlFor(dataDir))
{
    static QAtomicInt connections;
    m_name = QStringLiteral("server-database-%1").arg(connections.fetchAndAddRelaxed(1) + 1);
    QSqlDatabase db;
    if (isPostgres()) {
        const QUrl url(m_url);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("parley.db")));
        // WAL lets a reader in beside the running server.
        db.setConnectOptions(mode == Mode::ReadOnly
                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    m_open = db.open();
    if (!m_open) {
        m_error = db.lastError().text();
        return;
    }
    if (isPostgres() && mode == Mode::ReadOnly) {
        QSqlQuery readOnly(db);
        m_open
            = readOnly.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        if (!m_open)
            m_error = readOnly.lastError().text();
    }
}

ServerDatabase::~ServerDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ServerDatabase::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QStringList ServerDatabase::tables() const
{
    QSqlQuery query(db());
    query.exec(isPostgres()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                             " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                             " ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QStringList ServerDatabase::primaryKey(const QString &table) const
{
    QSqlQuery query(db());
    QStringList columns;
    if (isPostgres()) {
        query.prepare(QStringLiteral(
            "SELECT k.column_name FROM information_schema.table_constraints c"
            " JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name"
            " AND k.table_schema = c.table_schema AND k.table_name = c.table_name"
            " WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema()"
            " AND c.table_name = ? ORDER BY k.ordinal_position"));
        query.addBindValue(table);
        query.exec();
        while (query.next())
            columns.append(query.value(0).toString());
        return columns;
    }
    // PRAGMA table_info: column 5 is the column's position in the key (0: not in it).
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    QMap<int, QString> keyColumns;
    while (query.next()) {
        if (const int position = query.value(5).toInt(); position > 0)
            keyColumns.insert(position, query.value(1).toString());
    }
    return keyColumns.values();
}

QString ServerDatabase::urlFor(const QString &dataDir)
{
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    return r.urls.value(key(dataDir));
}

void ServerDatabase::registerUrl(const QString &dataDir, const QString &url)
{
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    r.urls.insert(key(dataDir), url);
}

void ServerDatabase::unregisterUrl(const QString &dataDir)
{
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    r.urls.remove(key(dataDir));
}

} // namespace parley::test
