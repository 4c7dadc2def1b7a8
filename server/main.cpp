// parley-server: the HTTP + WebSocket backend, and its admin commands on the same data folder.
#include "admin/admincommand.h"
#include "app/serverapp.h"
#include "app/servercontext.h"
#include "audit/auditcommand.h"
#include "auth/sodium.h"
#include "config/serverconfig.h"
#include "demo/demoseeder.h"
#include "notify/smtpsender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace parley::server;

namespace {

int fail(const parley::protocol::Error &error, int status = 1)
{
    QTextStream(stderr) << "parley-server: " << error.message << "\n";
    return status;
}

int serve(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Parley's server: the API for the desktop app and the client portal.\n"
                       "Administration: parley-server admin <command> --data-dir DIR"
                       " [--database URL]\n"
                       "Audit trail: parley-server audit verify|export --data-dir DIR"
                       " [--database URL]"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1:8080; port 0 picks one)."),
        QStringLiteral("host:port"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Folder holding the database and files."), QStringLiteral("dir"));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("PostgreSQL database, postgresql://user:password@host:port/dbname "
                       "(default: SQLite in the data folder)."),
        QStringLiteral("url"));
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("INI configuration file."), QStringLiteral("file"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Fill an empty data folder with the demo firm."));
    const QCommandLineOption tlsCertificate(QStringLiteral("tls-certificate"),
        QStringLiteral("Serve HTTPS with this PEM certificate (chain) file."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
        QStringLiteral("The PEM private key of the TLS certificate."), QStringLiteral("file"));
    parser.addOptions({ listen, dataDir, database, config, demo, tlsCertificate, tlsKey });
    parser.process(app);

    ServerConfig settings;
    if (parser.isSet(config)) {
        auto loaded = ServerConfig::fromFile(parser.value(config));
        if (!loaded)
            return fail(loaded.error(), 2);
        settings = loaded.value();
    }
    if (parser.isSet(listen)) {
        if (auto set = settings.setListen(parser.value(listen)); !set)
            return fail(set.error(), 2);
    }
    if (parser.isSet(dataDir))
        settings.dataDir = parser.value(dataDir);
    if (parser.isSet(database))
        settings.databaseUrl = parser.value(database);
    if (parser.isSet(tlsCertificate))
        settings.tls.certificateFile = parser.value(tlsCertificate);
    if (parser.isSet(tlsKey))
        settings.tls.keyFile = parser.value(tlsKey);
    if (auto valid = settings.check(); !valid)
        return fail(valid.error(), 2);

    std::unique_ptr<Clock> clock;
    if (settings.clockFile.isEmpty())
        clock = std::make_unique<SystemClock>();
    else
        clock = std::make_unique<OffsetClock>(settings.clockFile);
    ServerContext context(
        settings.limits, PasswordHasher(), std::move(clock), settings.signIn, settings.sessions);
    if (auto opened = context.open(settings.dataDir, settings.databaseUrl); !opened)
        return fail(opened.error());
    if (parser.isSet(demo)) {
        auto seeded = DemoSeeder(context).seedIfEmpty();
        if (!seeded)
            return fail(seeded.error());
        QTextStream(stdout) << (seeded.value() ? "parley-server: demo firm created\n"
                                               : "parley-server: data folder already has a firm; "
                                                 "demo data left as it is\n");
    }
    ServerApp server(settings, context);
    auto url = server.start();
    if (!url)
        return fail(url.error());
    QTextStream(stdout) << "parley-server listening on " << url->toString() << Qt::endl;
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's plain poll() event loop instead of GLib's: GLib keeps socket watches in a list, so
    // enabling and disabling a socket's write notifier (every write to a stream client) costs
    // time in proportion to the open connections; with a thousand streams a push round spent
    // most of its time there.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parley-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
    if (!ensureSodium()) {
        QTextStream(stderr) << "parley-server: libsodium could not be initialised\n";
        return 1;
    }
    if (!SmtpSender::initialiseLibrary()) {
        QTextStream(stderr) << "parley-server: libcurl could not be initialised\n";
        return 1;
    }
    const QStringList arguments = app.arguments();
    if (arguments.value(1) == QLatin1String("admin"))
        return AdminCommand::run(arguments.mid(2));
    if (arguments.value(1) == QLatin1String("audit"))
        return AuditCommand::run(arguments.mid(2));
    return serve(app);
}
