// Opening, migrating and wiping one account's cache file.
#include "cachedatabase.h"

#include "cachemigrations.h"
#include "sqlquery.h"
#include "storelog.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace parley::store {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("parley-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

CacheDatabase::CacheDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{ }

CacheDatabase::~CacheDatabase()
{
    close();
}

QString CacheDatabase::pathFor(const QString &dataDir, const QUrl &server, const QString &email)
{
    const QString key = server.toString(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash)
        + QLatin1Char('|') + email.trimmed().toLower();
    const QByteArray hash
        = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(dataDir).filePath(QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(hash)));
}

protocol::Result<void> CacheDatabase::open()
{
    close();
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        qCCritical(lcStore) << "cannot create the cache folder";
        return internalError();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_added = true;
        db.setDatabaseName(m_path);
        if (!db.open()) {
            qCCritical(lcStore) << "cannot open the cache:" << db.lastError().text();
            close();
            return internalError();
        }
    }
    if (auto result = applyPragmas(); !result) {
        close();
        return result;
    }
    if (auto result = CacheMigrations::apply(handle()); !result) {
        close();
        return result;
    }
    return {};
}

void CacheDatabase::close()
{
    m_statements.clear();
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

bool CacheDatabase::isOpen() const
{
    return m_added && handle().isOpen();
}

protocol::Result<void> CacheDatabase::wipe()
{
    close();
    bool ok = true;
    for (const QString &suffix :
        { QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile file(m_path + suffix);
        if (file.exists() && !file.remove()) {
            qCCritical(lcStore) << "cannot delete a cache file:" << file.errorString();
            ok = false;
        }
    }
    if (!ok)
        return internalError();
    return {};
}

QSqlDatabase CacheDatabase::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery *CacheDatabase::statement(const QString &sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end())
        return it->second.get();
    auto query = std::make_unique<QSqlQuery>(handle());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << query->lastError().text() << "in" << sql;
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

protocol::Result<void> CacheDatabase::applyPragmas()
{
    // WAL with synchronous=NORMAL: a crash loses at most the last commits, never consistency.
    if (auto result = execAll(handle(),
            { QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA foreign_keys=ON"),
                QStringLiteral("PRAGMA synchronous=NORMAL") });
        !result)
        return result;
    SqlQuery wal(handle(), QStringLiteral("PRAGMA journal_mode=WAL"));
    if (auto result = wal.exec(); !result)
        return result;
    if (!wal.next() || wal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        qCCritical(lcStore) << "the cache could not switch to WAL";
        return internalError();
    }
    SqlQuery check(handle(), QStringLiteral("PRAGMA foreign_keys"));
    if (auto result = check.exec(); !result)
        return result;
    if (!check.next() || check.integer(0) != 1) {
        qCCritical(lcStore) << "foreign keys could not be enabled";
        return internalError();
    }
    return {};
}

} // namespace parley::store
