// CacheDatabase: one account's SQLite cache file, opened with WAL and migrated to the
// current schema. Use it only on the thread that opened it.
#pragma once

#include "protocol/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <map>
#include <memory>

namespace parley::store {

class CacheDatabase
{
public:
    explicit CacheDatabase(QString path);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // <dataDir>/cache-<first 16 hex of sha256(server|email)>.sqlite; dataDir is normally
    // QStandardPaths::AppDataLocation. The hash keeps the address out of the file name.
    static QString pathFor(const QString &dataDir, const QUrl &server, const QString &email);

    // Opens (creating the file and its folder if needed), sets the pragmas and migrates.
    protocol::Result<void> open();
    void close();
    bool isOpen() const;
    // Closes and deletes the file with its -wal and -shm companions (sign-out).
    protocol::Result<void> wipe();

    QSqlDatabase handle() const;
    // The statement for sql, prepared on first use and kept until close(); nullptr (logged)
    // when it does not prepare. Used through SqlQuery.
    QSqlQuery *statement(const QString &sql);
    const QString &path() const { return m_path; }

private:
    protocol::Result<void> applyPragmas();

    QString m_path;
    QString m_connectionName;
    bool m_added = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace parley::store
