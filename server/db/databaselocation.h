// DatabaseLocation: which database the server uses, from [database] url / --database: a
// PostgreSQL server (postgresql://user:password@host:port/dbname) or, without a URL, the
// SQLite file in the data folder.
#pragma once

#include "dialect.h"
#include "protocol/result.h"

#include <QString>

namespace parley::server {

struct DatabaseLocation
{
    DbBackend backend = DbBackend::Sqlite;
    QString sqlitePath;
    // PostgreSQL; options are the URL's query items as libpq keywords (e.g. sslmode=require).
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name;
    QString options;

    static DatabaseLocation sqliteFile(const QString &path);
    // postgresql:// or postgres://; anything else, or a URL without host or database name,
    // is an invalid_field error naming [database] url (the message never repeats the URL:
    // it may hold a password).
    static protocol::Result<DatabaseLocation> fromUrl(const QString &url);
    // For logs: the backend and where, never the password.
    QString describe() const;
};

} // namespace parley::server
