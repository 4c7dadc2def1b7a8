// Database: one named connection, SQLite (WAL, foreign keys, busy timeout) or PostgreSQL,
// migrated on open.
#pragma once

#include "databaselocation.h"
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

    // Opens the SQLite file (creating it if missing) and brings its schema to the current
    // version.
    protocol::Result<void> open(const QString &path);
    // Opens the SQLite file or connects to PostgreSQL, then migrates.
    protocol::Result<void> open(const DatabaseLocation &location);
    void close();

    QSqlDatabase handle() const;
    // Where open() connected (e.g. for a second connection to the same database).
    const DatabaseLocation &location() const { return m_location; }
    // The migrated schema version, or -1 when it cannot be read.
    int schemaVersion() const;

    // A connection named connectionName to location, opened but not migrated; the caller
    // removes it with QSqlDatabase::removeDatabase. Errors are logged without the password.
    static protocol::Result<QSqlDatabase> connect(
        const DatabaseLocation &location, const QString &connectionName);

private:
    protocol::Result<void> applyPragmas();

    QString m_connectionName;
    DatabaseLocation m_location;
    bool m_added = false;
};

} // namespace parley::server
