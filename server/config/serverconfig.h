// ServerConfig: what parley-server runs with: the INI file of DESIGN.md (read with QSettings)
// overridden by the command line.
#pragma once

#include "auth/sessionpolicy.h"
#include "auth/signinthrottle.h"
#include "common/addressranges.h"
#include "db/databaselocation.h"
#include "http/connectionguard.h"
#include "http/tlssettings.h"
#include "notify/smtpsender.h"
#include "protocol/limits.h"
#include "protocol/result.h"
#include "sms/twiliosettings.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace parley::server {

struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString dataDir;
    // [database] url (--database overrides): postgresql://user:password@host:port/dbname;
    // empty: SQLite at <data-dir>/parley.db. Files stay in the data folder either way.
    QString databaseUrl;
    QUrl publicUrl;
    bool allowPlainHttp = false;
    // [server] trusted_proxies: the proxies (addresses, CIDR ranges) whose X-Forwarded-For
    // names the client, for the sign-in limit per address; loopback by default.
    AddressRanges trustedProxies;
    bool trustedProxiesSet = false; // the key was there (the default is loopback only)
    // [tls] certificate, key: serve HTTPS and WSS (the API, the stream, the portal and the file
    // transfers) with this certificate; relative paths are taken from the file's folder.
    TlsSettings tls;
    QString firmName;
    QString firmLogo; // [firm] logo: an SVG, PNG or JPEG file shown in the portal
    // [portal] idle_minutes: a client's portal session ends after this long unused.
    qint64 portalIdleMinutes = 30;
    protocol::Limits limits;
    ConnectionLimits connection;
    // An unfinished upload is removed after this long without a chunk.
    qint64 uploadExpirySeconds = 24 * 60 * 60;
    // [smtp]: where emails go (url smtp:// or smtps://, username, password, from, starttls
    // auto|always|never). Without a from address no email is sent.
    SmtpSettings smtp;
    // [sms]: Twilio (or a compatible service at twilio_base_url); off without account_sid and
    // auth_token.
    TwilioSettings sms;
    // [notify]
    qint64 clientUnreadMinutes = 15;
    qint64 staffBatchMinutes = 5;
    qint64 invitationMinutes = 60;
    // [auth] max_failures, lock_minutes: wrong passwords or codes before an account (or an
    // unknown address) is locked, and for how long; max_failures_per_address: failures from
    // one client address (any accounts) before it is refused for lock_minutes.
    SignInPolicy signIn;
    // [auth] session_idle_minutes, session_max_days: a staff session ends after this long
    // unused, and this long after signing in in any case.
    SessionPolicy sessions;
    // [metrics] allow: the addresses and CIDR ranges that may read GET /metrics (loopback
    // by default).
    AddressRanges metricsAccess;
    // [testing] clock_file: seconds to add to the clock, read on every use (tests only).
    QString clockFile;

    // Reads every known key of the file; an unreadable file or a bad value is an
    // invalid_field error naming the key.
    static protocol::Result<ServerConfig> fromFile(const QString &path);
    // "HOST:PORT" (IPv6 as "[::1]:8080"); port 0 picks a free one.
    protocol::Result<void> setListen(const QString &hostPort);
    // Plain HTTP is refused off loopback unless allowed; TLS needs both its files.
    protocol::Result<void> check() const;
    // The database file inside the data folder.
    QString databasePath() const;
    // The database to open: PostgreSQL from databaseUrl, else the SQLite file. A bad URL is
    // an invalid_field error naming [database] url.
    protocol::Result<DatabaseLocation> databaseLocation() const;
};

} // namespace parley::server
