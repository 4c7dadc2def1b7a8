// ServerDatabase: a test's own connection to the database of a parley-server it started,
// SQLite (<data-dir>/parley.db) or PostgreSQL (the database ServerProcess created for that
// data folder), for what the API does not show (audit entries, row counts, the record's tables).
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace parley::test {

class ServerDatabase
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    // Opens the database of the server whose data folder is dataDir; check isOpen().
    explicit ServerDatabase(const QString &dataDir, Mode mode = Mode::ReadOnly);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QSqlDatabase db() const;
    bool isPostgres() const { return !m_url.isEmpty(); }

    // The tables of the schema, sorted by name (sqlite_master / information_schema).
    QStringList tables() const;
    // A table's primary key columns in key order; empty when it has none.
    QStringList primaryKey(const QString &table) const;

    // The PostgreSQL URL of the server using dataDir; empty for SQLite. ServerProcess
    // registers its database here when it creates one (and unregisters it when dropped).
    static QString urlFor(const QString &dataDir);
    static void registerUrl(const QString &dataDir, const QString &url);
    static void unregisterUrl(const QString &dataDir);

private:
    QString m_name;
    QString m_url;
    QString m_error;
    bool m_open = false;
};

} // namespace parley::test
