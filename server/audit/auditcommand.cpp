// The audit command line.
#include "auditcommand.h"

#include "app/servercontext.h"
#include "auditexport.h"
#include "auditlog.h"
#include "auditverifier.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

namespace parley::server {

namespace {

constexpr int Broken = 3;

void print(FILE *stream, const QJsonObject &object)
{
    QTextStream(stream) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

int failed(const protocol::Error &error)
{
    print(stderr, error.toBody());
    return 1;
}

int verify(ServerContext &context)
{
    auto report = AuditVerifier(context.db()).verify();
    if (!report)
        return failed(report.error());
    QJsonArray problems;
    for (const AuditProblem &problem : report->problems) {
        problems.append(QJsonObject { { QStringLiteral("chain"), problem.chain },
            { QStringLiteral("seq"), problem.seq }, { QStringLiteral("problem"), problem.what } });
    }
    print(stdout,
        QJsonObject { { QStringLiteral("intact"), report->intact() },
            { QStringLiteral("chains"), report->chains },
            { QStringLiteral("entries"), report->entries },
            { QStringLiteral("problems"), problems } });
    return report->intact() ? 0 : Broken;
}

protocol::Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return protocol::Error::make(protocol::ErrorCode::Internal,
            QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

int exportRecord(ServerContext &context, qint64 matterId, const QString &folder)
{
    auto record = AuditExport(context.db()).record(matterId, QDateTime::currentDateTimeUtc());
    if (!record)
        return failed(record.error());
    // The matter number names the files, kept to characters every file system takes.
    QString number = record->value(QLatin1String("matter"))[QStringLiteral("number")].toString();
    number.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return failed(protocol::Error::make(protocol::ErrorCode::Internal,
            QStringLiteral("Could not create the folder %1.").arg(folder)));
    const QString json = dir.filePath(QStringLiteral("record-%1.json").arg(number));
    const QString html = dir.filePath(QStringLiteral("record-%1.html").arg(number));
    if (auto written
        = writeFile(json, QJsonDocument(record.value()).toJson(QJsonDocument::Indented));
        !written)
        return failed(written.error());
    if (auto written = writeFile(html, AuditExport::html(record.value()).toUtf8()); !written)
        return failed(written.error());
    const qint64 firmId
        = record->value(QLatin1String("matter"))[QStringLiteral("firm_id")].toInteger();
    if (auto exported
        = AuditLog(context.db())
              .appendAlone(
                  AuditEntry { firmId, matterId, QLatin1String(AuditAction::RecordExported),
                      std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                      QJsonObject { { QStringLiteral("via"), QStringLiteral("command line") } } },
                  QDateTime::currentMSecsSinceEpoch());
        !exported)
        return failed(exported.error());
    const QJsonObject chain = record->value(QLatin1String("chain")).toObject();
    print(stdout,
        QJsonObject { { QStringLiteral("json"), json }, { QStringLiteral("html"), html },
            { QStringLiteral("intact"), chain[QStringLiteral("intact")] },
            { QStringLiteral("entries"), chain[QStringLiteral("entries")] } });
    return chain[QStringLiteral("intact")].toBool() ? 0 : Broken;
}

} // namespace

int AuditCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QString name = arguments.value(0);
    const QString usage = QStringLiteral(
        "Usage: parley-server audit verify --data-dir DIR [--database URL]\n"
        "       parley-server audit export --data-dir DIR [--database URL] --matter ID"
        " [--out FOLDER]\n");
    if (name != QLatin1String("verify") && name != QLatin1String("export")) {
        err << usage;
        return 2;
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("The server's data folder."), QStringLiteral("dir"));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("The server's PostgreSQL database (default: SQLite in the data folder)."),
        QStringLiteral("url"));
    const QCommandLineOption matter(
        QStringLiteral("matter"), QStringLiteral("The matter id."), QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Folder for the files (default: the current folder)."),
        QStringLiteral("folder"));
    parser.addOptions({ dataDir, database, matter, out });
    if (!parser.parse(
            QStringList { QStringLiteral("parley-server audit ") + name } + arguments.mid(1))) {
        err << parser.errorText() << "\n" << usage;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << usage;
        return 0;
    }
    bool matterOk = false;
    const qint64 matterId = parser.value(matter).toLongLong(&matterOk);
    if (!parser.isSet(dataDir)
        || (name == QLatin1String("export") && (!matterOk || matterId <= 0))) {
        err << usage;
        return 2;
    }
    ServerContext context { protocol::Limits(), PasswordHasher() };
    if (auto opened = context.open(parser.value(dataDir), parser.value(database)); !opened)
        return failed(opened.error());
    if (name == QLatin1String("verify"))
        return verify(context);
    return exportRecord(
        context, matterId, parser.isSet(out) ? parser.value(out) : QStringLiteral("."));
}

} // namespace parley::server
