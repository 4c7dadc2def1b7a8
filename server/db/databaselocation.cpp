// Parsing the PostgreSQL URL of [database] url / --database.
#include "databaselocation.h"

#include "common/errors.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace parley::server {

namespace {

protocol::Error badUrl()
{
    return invalidField(QStringLiteral("database/url"),
        QStringLiteral("The setting [database] url (--database) must be "
                       "postgresql://USER:PASSWORD@HOST:PORT/DATABASE, or empty for SQLite in "
                       "the data folder."));
}

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.sqlitePath = path;
    return location;
}

protocol::Result<DatabaseLocation> DatabaseLocation::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres"))
        || url.host().isEmpty())
        return badUrl();
    const QString name = url.path(QUrl::FullyDecoded).mid(1);
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return badUrl();
    DatabaseLocation location;
    location.backend = DbBackend::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.name = name;
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        // Qt's QPSQL joins its connect options with spaces for libpq: no room for more.
        if (key.isEmpty() || key.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(' '))
            || key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';')))
            return badUrl();
        options.append(key + QLatin1Char('=') + value);
    }
    location.options = options.join(QLatin1Char(';'));
    return location;
}

QString DatabaseLocation::describe() const
{
    if (backend == DbBackend::Sqlite)
        return QStringLiteral("SQLite %1").arg(sqlitePath);
    return QStringLiteral("PostgreSQL %1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

} // namespace parley::server
