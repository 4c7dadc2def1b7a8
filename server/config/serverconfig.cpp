// Reading the configuration file and the --listen value.
#include "serverconfig.h"

#include "common/errors.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace parley::server {

namespace {

protocol::Result<qint64> readInteger(
    const QSettings &settings, const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    if (!settings.contains(key))
        return fallback;
    bool ok = false;
    const qint64 value = settings.value(key).toString().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return invalidField(key,
            QStringLiteral("The setting %1 must be an integer from %2 to %3.")
                .arg(key)
                .arg(min)
                .arg(max));
    return value;
}

// Upper bounds that keep every product of a setting with its unit (minutes and days in
// milliseconds, byte counts) far from overflowing.
constexpr qint64 MaxCount = 1 << 16;
constexpr qint64 MaxBytes = qint64(1) << 50;
constexpr qint64 MaxMinutes = 10 * 366 * 24 * 60; // ten years
constexpr qint64 MaxSeconds = MaxMinutes * 60;
constexpr qint64 MaxDays = 10 * 366;

} // namespace

protocol::Result<ServerConfig> ServerConfig::fromFile(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return invalidField(QStringLiteral("config"),
            QStringLiteral("The configuration file %1 cannot be read.").arg(path));
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return invalidField(QStringLiteral("config"),
            QStringLiteral("The configuration file %1 is not a valid INI file.").arg(path));
    ServerConfig config;
    if (settings.contains(QStringLiteral("server/listen"))) {
        if (auto listen
            = config.setListen(settings.value(QStringLiteral("server/listen")).toString());
            !listen)
            return listen.error();
    }
    config.dataDir = settings.value(QStringLiteral("server/data_dir")).toString();
    // QSettings splits an unquoted value at commas (a password may hold one) into a list;
    // joined again, the URL is the one written. A key given but empty is refused below rather
    // than silently falling back to SQLite.
    const QVariant databaseUrl = settings.value(QStringLiteral("database/url"));
    config.databaseUrl = databaseUrl.typeId() == QMetaType::QStringList
        ? databaseUrl.toStringList().join(QLatin1Char(','))
        : databaseUrl.toString();
    if (settings.contains(QStringLiteral("database/url")) && config.databaseUrl.trimmed().isEmpty())
        return invalidField(QStringLiteral("database/url"),
            QStringLiteral("[database] url is empty; remove the key to use SQLite in the data "
                           "folder, or write the PostgreSQL URL in double quotes."));
    if (auto database = config.databaseLocation(); !database)
        return database.error();
    config.publicUrl = QUrl(settings.value(QStringLiteral("server/public_url")).toString());
    config.allowPlainHttp = settings.value(QStringLiteral("server/allow_plain_http")).toBool();
    // Key files next to the configuration may be named relative to it.
    const QDir configDir = QFileInfo(path).absoluteDir();
    const auto filePath = [&settings, &configDir](const QString &key) {
        const QString value = settings.value(key).toString();
        return value.isEmpty() ? value : configDir.absoluteFilePath(value);
    };
    config.tls.certificateFile = filePath(settings.contains(QStringLiteral("tls/certificate"))
            ? QStringLiteral("tls/certificate")
            : QStringLiteral("tls/cert"));
    config.tls.keyFile = filePath(QStringLiteral("tls/key"));
    config.firmName = settings.value(QStringLiteral("firm/name")).toString();
    config.firmLogo = settings.value(QStringLiteral("firm/logo")).toString();
    config.clockFile = settings.value(QStringLiteral("testing/clock_file")).toString();
    // QSettings reads "a, b" as a list and a single entry as a string.
    for (const auto &[key, target] : { std::pair { "metrics/allow", &config.metricsAccess },
             std::pair { "server/trusted_proxies", &config.trustedProxies } }) {
        const QString name = QString::fromLatin1(key);
        if (!settings.contains(name))
            continue;
        auto ranges = AddressRanges::parse(settings.value(name).toStringList(),
            QStringLiteral("[%1] %2").arg(name.section(u'/', 0, 0), name.section(u'/', 1)));
        if (!ranges)
            return ranges.error();
        *target = ranges.value();
    }
    config.trustedProxiesSet = settings.contains(QStringLiteral("server/trusted_proxies"));
    if (settings.contains(QStringLiteral("smtp/url"))) {
        const QUrl url(settings.value(QStringLiteral("smtp/url")).toString());
        if (!url.isValid()
            || (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps")))
            return invalidField(QStringLiteral("smtp/url"),
                QStringLiteral(
                    "The setting smtp/url must be smtp://HOST:PORT or smtps://HOST:PORT."));
        config.smtp.url = url;
    }
    if (settings.contains(QStringLiteral("sms/twilio_base_url"))) {
        const QUrl base(settings.value(QStringLiteral("sms/twilio_base_url")).toString());
        if (!base.isValid() || base.host().isEmpty()
            || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")))
            return invalidField(QStringLiteral("sms/twilio_base_url"),
                QStringLiteral("The setting sms/twilio_base_url must be an http(s) URL."));
        config.sms.baseUrl = base;
    }
    config.sms.accountSid = settings.value(QStringLiteral("sms/account_sid")).toString();
    config.sms.authToken = settings.value(QStringLiteral("sms/auth_token")).toString();
    config.sms.senderId = settings.value(QStringLiteral("sms/sender_id")).toString();
    config.smtp.username = settings.value(QStringLiteral("smtp/username")).toString();
    config.smtp.password = settings.value(QStringLiteral("smtp/password")).toString();
    config.smtp.from = settings.value(QStringLiteral("smtp/from")).toString();
    const QString startTls
        = settings.value(QStringLiteral("smtp/starttls"), QStringLiteral("auto")).toString();
    if (startTls == QLatin1String("auto"))
        config.smtp.startTls = SmtpSettings::StartTls::Auto;
    else if (startTls == QLatin1String("always"))
        config.smtp.startTls = SmtpSettings::StartTls::Always;
    else if (startTls == QLatin1String("never"))
        config.smtp.startTls = SmtpSettings::StartTls::Never;
    else
        return invalidField(QStringLiteral("smtp/starttls"),
            QStringLiteral("The setting smtp/starttls must be auto, always or never."));

    struct IntegerKey
    {
        const char *key;
        qint64 *target;
        qint64 min;
        qint64 max;
    };
    qint64 filesPerMessage = config.limits.filesPerMessage;
    qint64 sharedFolderFiles = config.limits.sharedFolderFiles;
    const IntegerKey keys[] = {
        { "limits/message_chars", &config.limits.messageChars, 1, MaxBytes },
        { "limits/files_per_message", &filesPerMessage, 0, MaxCount },
        { "limits/shared_folder_files", &sharedFolderFiles, 0, MaxCount },
        { "limits/staff_file_bytes", &config.limits.staffFileBytes, 1, MaxBytes },
        { "limits/client_file_bytes", &config.limits.clientFileBytes, 1, MaxBytes },
        { "limits/request_body_bytes", &config.connection.maxBodyBytes, 1024, MaxBytes },
        { "uploads/expiry_seconds", &config.uploadExpirySeconds, 1, MaxSeconds },
        { "notify/client_unread_minutes", &config.clientUnreadMinutes, 0, MaxMinutes },
        { "notify/staff_batch_minutes", &config.staffBatchMinutes, 0, MaxMinutes },
        { "notify/invitation_minutes", &config.invitationMinutes, 1, MaxMinutes },
        { "portal/idle_minutes", &config.portalIdleMinutes, 1, MaxMinutes },
        { "auth/max_failures", &config.signIn.maxFailures, 1, MaxCount },
        { "auth/lock_minutes", &config.signIn.lockMinutes, 1, MaxMinutes },
        { "auth/max_failures_per_address", &config.signIn.maxFailuresPerAddress, 1, MaxCount },
        { "auth/session_idle_minutes", &config.sessions.idleMinutes, 2, MaxMinutes },
        { "auth/session_max_days", &config.sessions.maxDays, 1, MaxDays },
    };
    for (const IntegerKey &key : keys) {
        auto value
            = readInteger(settings, QString::fromLatin1(key.key), *key.target, key.min, key.max);
        if (!value)
            return value.error();
        *key.target = value.value();
    }
    config.limits.filesPerMessage = static_cast<int>(std::min<qint64>(filesPerMessage, 1 << 16));
    config.limits.sharedFolderFiles
        = static_cast<int>(std::min<qint64>(sharedFolderFiles, 1 << 16));
    return config;
}

protocol::Result<void> ServerConfig::setListen(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = hostPort.mid(colon + 1).toUInt(&portOk);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else
        address.setAddress(host);
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        return invalidField(QStringLiteral("listen"),
            QStringLiteral("Give the address to listen on as HOST:PORT, e.g. 127.0.0.1:8080."));
    listenAddress = address;
    listenPort = static_cast<quint16>(port);
    return {};
}

protocol::Result<void> ServerConfig::check() const
{
    if (dataDir.isEmpty())
        return invalidField(QStringLiteral("data_dir"),
            QStringLiteral("Give the data folder with --data-dir or [server] data_dir."));
    if (auto database = databaseLocation(); !database)
        return database.error();
    if (auto tlsFiles = tls.check(); !tlsFiles)
        return tlsFiles;
    // Off loopback the server speaks TLS itself, or sits behind a TLS-terminating proxy and
    // says so explicitly.
    if (!listenAddress.isLoopback() && !allowPlainHttp && !tls.enabled())
        return invalidField(QStringLiteral("listen"),
            QStringLiteral("Plain HTTP is only served on loopback. Set [tls] certificate and key "
                           "to serve HTTPS on %1, or put parley-server behind a TLS proxy and "
                           "set [server] allow_plain_http=true.")
                .arg(listenAddress.toString()));
    return {};
}

QString ServerConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("parley.db"));
}

protocol::Result<DatabaseLocation> ServerConfig::databaseLocation() const
{
    if (databaseUrl.isEmpty())
        return DatabaseLocation::sqliteFile(databasePath());
    return DatabaseLocation::fromUrl(databaseUrl);
}

} // namespace parley::server
