// The admin subcommands.
#include "admincommand.h"

#include "app/servercontext.h"
#include "common/errors.h"
#include "notify/notifystore.h"
#include "portal/portalstore.h"
#include "provisioning.h"
#include "store/firmstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <functional>

namespace parley::server {

namespace {

using Options = QList<QCommandLineOption>;

struct Command
{
    QString name;
    QString summary;
    Options options;
    QStringList required;
    std::function<protocol::Result<QJsonObject>(const QCommandLineParser &, ServerContext &)> run;
};

QCommandLineOption option(const char *name, const char *description, bool takesValue = true)
{
    return takesValue
        ? QCommandLineOption(
            QString::fromLatin1(name), QString::fromLatin1(description), QStringLiteral("value"))
        : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

// --firm ID, or the only firm when there is exactly one.
protocol::Result<qint64> firmOf(const QCommandLineParser &parser, ServerContext &context)
{
    if (parser.isSet(QStringLiteral("firm"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("firm")).toLongLong(&ok);
        if (!ok)
            return invalidField(QStringLiteral("firm"), QStringLiteral("--firm takes a firm id."));
        return id;
    }
    auto firms = FirmStore(context.db()).list();
    if (!firms)
        return firms.error();
    if (firms->size() != 1)
        return invalidField(QStringLiteral("firm"),
            QStringLiteral("There are %1 firms: say which with --firm ID.").arg(firms->size()));
    return firms->first().id;
}

protocol::Result<qint64> idOption(const QCommandLineParser &parser, const char *name)
{
    bool ok = false;
    const qint64 id = parser.value(QString::fromLatin1(name)).toLongLong(&ok);
    if (!ok || id <= 0)
        return invalidField(QString::fromLatin1(name),
            QStringLiteral("--%1 takes a numeric id.").arg(QString::fromLatin1(name)));
    return id;
}

// --user takes an id or an email address.
protocol::Result<qint64> userOption(const QCommandLineParser &parser, ServerContext &context)
{
    const QString value = parser.value(QStringLiteral("user"));
    if (value.contains(QLatin1Char('@'))) {
        auto user = UserStore(context.db()).findByEmail(value);
        if (!user)
            return user.error();
        if (!user.value())
            return invalidField(QStringLiteral("user"), QStringLiteral("No user has this email."));
        return user.value()->user.id;
    }
    return idOption(parser, "user");
}

// {"id": N} for a created record, or the error.
protocol::Result<QJsonObject> idReply(const protocol::Result<qint64> &created)
{
    if (!created)
        return created.error();
    return QJsonObject { { QStringLiteral("id"), created.value() } };
}

// {} for a done operation, or the error.
protocol::Result<QJsonObject> doneReply(const protocol::Result<void> &done)
{
    if (!done)
        return done.error();
    return QJsonObject();
}

protocol::Result<QString> readPassword(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("password")))
        return parser.value(QStringLiteral("password"));
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return invalidField(QStringLiteral("password"),
            QStringLiteral("Give the password with --password-stdin (or --password)."));
    QTextStream in(stdin);
    return in.readLine();
}

QList<Command> commands()
{
    const auto firm = option("firm", "The firm id (default: the only firm).");
    return {
        { QStringLiteral("create-firm"), QStringLiteral("Create a firm."),
            { option("name", "The firm's name.") }, { QStringLiteral("name") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                return idReply(
                    Provisioning(c.db(), c.hasher()).createFirm(p.value(QStringLiteral("name"))));
            } },
        { QStringLiteral("set-staff-batch"),
            QStringLiteral("Set how long client activity collects before staff get an email "
                           "(minutes; \"default\" for the server's [notify] staff_batch_minutes)."),
            { firm, option("minutes", "Minutes, or default.") }, { QStringLiteral("minutes") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto firmId = firmOf(p, c);
                if (!firmId)
                    return firmId.error();
                const QString value = p.value(QStringLiteral("minutes"));
                std::optional<int> minutes;
                if (value != QLatin1String("default")) {
                    bool ok = false;
                    minutes = value.toInt(&ok);
                    if (!ok)
                        return invalidField(QStringLiteral("minutes"),
                            QStringLiteral("Give the minutes as a number, or default."));
                }
                return doneReply(
                    Provisioning(c.db(), c.hasher()).setStaffBatchMinutes(firmId.value(), minutes));
            } },
        { QStringLiteral("require-totp"),
            QStringLiteral("Require two-step verification (TOTP) for every staff sign-in "
                           "(on), or leave it to each account (off)."),
            { firm, option("value", "on or off.") }, { QStringLiteral("value") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto firmId = firmOf(p, c);
                if (!firmId)
                    return firmId.error();
                const QString value = p.value(QStringLiteral("value"));
                if (value != QLatin1String("on") && value != QLatin1String("off"))
                    return invalidField(QStringLiteral("value"), QStringLiteral("Give on or off."));
                return doneReply(
                    FirmStore(c.db()).setRequireTotp(firmId.value(), value == QLatin1String("on")));
            } },
        { QStringLiteral("create-staff"),
            QStringLiteral("Create a staff user who signs in to the desktop."),
            { firm, option("email", "Email address."), option("name", "Full name."),
                option("role", "lawyer, paralegal or admin."),
                option("password", "The password (visible to other users of this machine)."),
                option(
                    "password-stdin", "Read the password from the first line of stdin.", false) },
            { QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto firmId = firmOf(p, c);
                if (!firmId)
                    return firmId.error();
                auto password = readPassword(p);
                if (!password)
                    return password.error();
                return idReply(Provisioning(c.db(), c.hasher())
                                   .createStaff(firmId.value(), p.value(QStringLiteral("email")),
                                       p.value(QStringLiteral("name")),
                                       p.value(QStringLiteral("role")), password.value()));
            } },
        { QStringLiteral("create-client"), QStringLiteral("Create a client contact."),
            { firm, option("email", "Email address."), option("name", "Full name."),
                option("phone", "Mobile number, E.164 (optional).") },
            { QStringLiteral("email"), QStringLiteral("name") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto firmId = firmOf(p, c);
                if (!firmId)
                    return firmId.error();
                return idReply(
                    Provisioning(c.db(), c.hasher())
                        .createClient(firmId.value(), p.value(QStringLiteral("email")),
                            p.value(QStringLiteral("name")), p.value(QStringLiteral("phone"))));
            } },
        { QStringLiteral("create-matter"), QStringLiteral("Create a matter."),
            { firm, option("number", "The matter number."), option("title", "The title."),
                option("status", "The status (default: open)."),
                option("restricted", "Only staff added with add-staff may see it.", false),
                option("client-kind",
                    "individual (default; a spouse may be messaged too) or organization.") },
            { QStringLiteral("number"), QStringLiteral("title") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto firmId = firmOf(p, c);
                if (!firmId)
                    return firmId.error();
                NewMatter matter { firmId.value(), p.value(QStringLiteral("number")),
                    p.value(QStringLiteral("title")),
                    p.isSet(QStringLiteral("status")) ? p.value(QStringLiteral("status"))
                                                      : QStringLiteral("open"),
                    p.isSet(QStringLiteral("restricted")),
                    p.isSet(QStringLiteral("client-kind")) ? p.value(QStringLiteral("client-kind"))
                                                           : QStringLiteral("individual") };
                return idReply(Provisioning(c.db(), c.hasher()).createMatter(matter));
            } },
        { QStringLiteral("add-party"), QStringLiteral("Add a client to a matter."),
            { option("matter", "The matter id."), option("user", "The client's id or email."),
                option("role", "client, spouse or other.") },
            { QStringLiteral("matter"), QStringLiteral("user"), QStringLiteral("role") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto matter = idOption(p, "matter");
                if (!matter)
                    return matter.error();
                auto user = userOption(p, c);
                if (!user)
                    return user.error();
                return doneReply(
                    Provisioning(c.db(), c.hasher())
                        .addParty(matter.value(), user.value(), p.value(QStringLiteral("role"))));
            } },
        { QStringLiteral("add-staff"),
            QStringLiteral("Put a staff user on a matter's access list."),
            { option("matter", "The matter id."), option("user", "The staff user's id or email.") },
            { QStringLiteral("matter"), QStringLiteral("user") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto matter = idOption(p, "matter");
                if (!matter)
                    return matter.error();
                auto user = userOption(p, c);
                if (!user)
                    return user.error();
                return doneReply(
                    Provisioning(c.db(), c.hasher()).addStaff(matter.value(), user.value()));
            } },
        { QStringLiteral("enroll-totp"),
            QStringLiteral("Enrol a staff user in two-step sign-in; prints the secret once."),
            { option("email", "The staff user's email.") }, { QStringLiteral("email") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto enrolment
                    = Provisioning(c.db(), c.hasher()).enrollTotp(p.value(QStringLiteral("email")));
                if (!enrolment)
                    return enrolment.error();
                return QJsonObject { { QStringLiteral("secret_base32"), enrolment->secretBase32 },
                    { QStringLiteral("otpauth_url"), enrolment->otpauthUrl } };
            } },
        { QStringLiteral("portal-link"),
            QStringLiteral("Print a single-use sign-in link to the client portal for a client "
                           "(valid 60 minutes; nothing is emailed), e.g. for support or a demo."),
            { option("email", "The client's email address."),
                option("url", "The server's public URL (default http://127.0.0.1:8080).") },
            { QStringLiteral("email") },
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto client = PortalStore(c.db()).clientByEmail(p.value(QStringLiteral("email")));
                if (!client)
                    return client.error();
                if (!client.value())
                    return notFound(QStringLiteral("A client with a conversation at this address"));
                const QDateTime now = QDateTime::currentDateTimeUtc();
                auto token = NotifyStore(c.db()).createInvitation(
                    client.value()->userId, client.value()->conversationId, now, now.addSecs(3600));
                if (!token)
                    return token.error();
                QUrl link(p.isSet(QStringLiteral("url")) ? p.value(QStringLiteral("url"))
                                                         : QStringLiteral("http://127.0.0.1:8080"));
                if (!link.isValid() || link.host().isEmpty())
                    return invalidField(QStringLiteral("url"),
                        QStringLiteral("--url takes http(s)://HOST[:PORT]."));
                link.setPath(QStringLiteral("/portal/invite/") + token.value());
                return QJsonObject { { QStringLiteral("link"), link.toString() },
                    { QStringLiteral("conversation_id"), client.value()->conversationId } };
            } },
        { QStringLiteral("list-users"), QStringLiteral("List the firm's users."), { firm }, {},
            [](const QCommandLineParser &p, ServerContext &c) -> protocol::Result<QJsonObject> {
                auto firmId = firmOf(p, c);
                if (!firmId)
                    return firmId.error();
                auto users = UserStore(c.db()).list(firmId.value());
                if (!users)
                    return users.error();
                QJsonArray array;
                for (const protocol::User &user : users.value())
                    array.append(user.toJson());
                return QJsonObject { { QStringLiteral("users"), array } };
            } },
    };
}

void printJson(FILE *stream, const QJsonObject &object)
{
    QTextStream(stream) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

QString AdminCommand::usage()
{
    QString text = QStringLiteral("Usage: parley-server admin <command> --data-dir DIR [options]\n"
                                  "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -14).arg(command.summary);
    text += QStringLiteral("Run parley-server admin <command> --help for its options.\n");
    return text;
}

int AdminCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QList<Command> all = commands();
    const QString name = arguments.value(0);
    auto found
        = std::find_if(all.begin(), all.end(), [&](const Command &c) { return c.name == name; });
    if (found == all.end()) {
        err << (name.isEmpty() ? QString()
                               : QStringLiteral("Unknown admin command: %1\n").arg(name))
            << usage();
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(found->summary);
    parser.addHelpOption();
    parser.addOption(option("data-dir", "The server's data folder."));
    parser.addOption(option("database",
        "The server's PostgreSQL database, postgresql://user:password@host:port/dbname "
        "(default: SQLite in the data folder)."));
    parser.addOptions(found->options);
    QStringList argv { QStringLiteral("parley-server admin ") + name };
    argv += arguments.mid(1);
    if (!parser.parse(argv)) {
        err << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    QStringList missing;
    for (const QString &required : QStringList { QStringLiteral("data-dir") } + found->required) {
        if (!parser.isSet(required))
            missing << QStringLiteral("--") + required;
    }
    if (!missing.isEmpty()) {
        err << "Missing " << missing.join(QStringLiteral(", ")) << "\n";
        return 2;
    }
    ServerContext context { protocol::Limits(), PasswordHasher() };
    auto opened = context.open(
        parser.value(QStringLiteral("data-dir")), parser.value(QStringLiteral("database")));
    protocol::Result<QJsonObject> result
        = opened ? found->run(parser, context) : protocol::Result<QJsonObject>(opened.error());
    if (!result) {
        printJson(stderr, result.error().toBody());
        return 1;
    }
    printJson(stdout, result.value());
    return 0;
}

} // namespace parley::server
