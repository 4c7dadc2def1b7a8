// Database: one named SQLite connection (WAL, foreign keys, busy timeout), migrated on open.
#pragma once

#include "protocol/result.h"

#include <QSqlDatabase>
#include <QString>

namespace parley::server {

class Database
{
public:
    // connectionName must be unique per open database in the process.
    explicit Database(QString connectionName = QStringLiteral("parley"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if missing) the file and brings its schema to the current version.
    protocol::Result<void> open(const QString &path);
    void close();

    QSqlDatabase handle() const;
    // PRAGMA user_version, or -1 when it cannot be read.
    int schemaVersion() const;

private:
    protocol::Result<void> applyPragmas();

    QString m_connectionName;
    bool m_added = false;
};

} // namespace parley::server
