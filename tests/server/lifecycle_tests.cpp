// The server's life: admin commands on a data folder, configuration, restarts and crashes.
#include "demoserver.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace parley::test;

namespace {

int runServer(const QStringList &args, QByteArray *err = nullptr)
{
    QProcess process;
    process.start(ServerProcess::binary(), args);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

qint64 idOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object()[QStringLiteral("id")].toInteger();
}

} // namespace

TEST_CASE("the admin command line sets up a firm whose staff can then sign in")
{
    ServerProcess server;
    QByteArray out;
    const QString admin = QStringLiteral("admin");
    REQUIRE(server.runAdmin({ admin, QStringLiteral("create-firm"), QStringLiteral("--name"),
                                QStringLiteral("Hale & Partners") },
                &out)
        == 0);
    CHECK(idOf(out) == 1);
    REQUIRE(server.runAdmin(
                { admin, QStringLiteral("create-staff"), QStringLiteral("--email"),
                    QStringLiteral("ada@hale.test"), QStringLiteral("--name"),
                    QStringLiteral("Ada Hale"), QStringLiteral("--role"), QStringLiteral("lawyer"),
                    QStringLiteral("--password"), QStringLiteral("correct horse battery") },
                &out)
        == 0);
    const qint64 staff = idOf(out);
    REQUIRE(server.runAdmin({ admin, QStringLiteral("create-client"), QStringLiteral("--email"),
                                QStringLiteral("sam@example.test"), QStringLiteral("--name"),
                                QStringLiteral("Sam Doe") },
                &out)
        == 0);
    REQUIRE(server.runAdmin({ admin, QStringLiteral("create-matter"), QStringLiteral("--number"),
                                QStringLiteral("H-1"), QStringLiteral("--title"),
                                QStringLiteral("Doe lease"), QStringLiteral("--restricted") },
                &out)
        == 0);
    const qint64 matter = idOf(out);
    CHECK(server.runAdmin({ admin, QStringLiteral("add-party"), QStringLiteral("--matter"),
              QString::number(matter), QStringLiteral("--user"), QStringLiteral("sam@example.test"),
              QStringLiteral("--role"), QStringLiteral("client") })
        == 0);

    // Misuse: 2 for a bad command line, 1 with a typed error for a refused operation.
    CHECK(server.runAdmin({ admin, QStringLiteral("create-staff"), QStringLiteral("--email"),
              QStringLiteral("x@hale.test") })
        == 2);
    CHECK(server.runAdmin({ admin, QStringLiteral("no-such-command") }) == 2);
    CHECK(
        server.runAdmin({ admin, QStringLiteral("create-client"), QStringLiteral("--email"),
            QStringLiteral("SAM@example.test"), QStringLiteral("--name"), QStringLiteral("Twin") })
        == 1);
    CHECK(server.runAdmin({ admin, QStringLiteral("add-party"), QStringLiteral("--matter"),
              QString::number(matter), QStringLiteral("--user"), QString::number(staff),
              QStringLiteral("--role"), QStringLiteral("client") })
        == 1);
    CHECK(server.runAdmin({ admin, QStringLiteral("create-staff"), QStringLiteral("--email"),
              QStringLiteral("bo@hale.test"), QStringLiteral("--name"), QStringLiteral("Bo"),
              QStringLiteral("--role"), QStringLiteral("judge"), QStringLiteral("--password"),
              QStringLiteral("long enough pw") })
        == 1);

    REQUIRE(server.start({}));
    HttpClient ada(server.url());
    REQUIRE_FALSE(
        ada.login(QStringLiteral("ada@hale.test"), QStringLiteral("correct horse battery"))
            .isEmpty());
    // Restricted, and Ada is not on its list yet.
    CHECK(ada.get(QStringLiteral("/api/v1/matters"))
              .json[QStringLiteral("matters")]
              .toArray()
              .isEmpty());
    CHECK(server.runAdmin({ admin, QStringLiteral("add-staff"), QStringLiteral("--matter"),
              QString::number(matter), QStringLiteral("--user"), QStringLiteral("ada@hale.test") })
        == 0);
    const QJsonArray matters
        = ada.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray();
    REQUIRE(matters.size() == 1);
    CHECK(matters[0][QStringLiteral("parties")][0][QStringLiteral("name")].toString()
        == QStringLiteral("Sam Doe"));
}

TEST_CASE("a killed server loses no acknowledged message, and --demo does not seed twice")
{
    ServerProcess server;
    REQUIRE(server.start());
    QList<qint64> acknowledged;
    {
        HttpClient lawyer(server.url());
        REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
        const qint64 conversation
            = conversationOf(lawyer, QStringLiteral("2026-0108"), QStringLiteral("external"));
        for (int i = 0; i < 20; ++i) {
            const HttpReply reply
                = lawyer.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                    textMessage(QStringLiteral("k-%1").arg(i), QStringLiteral("Update %1").arg(i)));
            REQUIRE(reply.status == 201);
            acknowledged << reply.json[QStringLiteral("id")].toInteger();
        }
    }
    server.kill();
    REQUIRE(server.start());
    HttpClient lawyer(server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    CHECK(lawyer.get(QStringLiteral("/api/v1/matters"))
              .json[QStringLiteral("matters")]
              .toArray()
              .size()
        == 9);
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0108"), QStringLiteral("external"));
    const QJsonArray messages
        = lawyer
              .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation))
              .json[QStringLiteral("messages")]
              .toArray();
    QList<qint64> present;
    for (const QJsonValue &message : messages)
        present << message[QStringLiteral("id")].toInteger();
    for (qint64 id : acknowledged)
        CHECK(present.contains(id));
    // A retry of an acknowledged send after the crash is still recognised.
    const HttpReply retry
        = lawyer.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
            textMessage(QStringLiteral("k-3"), QStringLiteral("Update 3")));
    CHECK(retry.status == 200);
    CHECK(retry.json[QStringLiteral("id")].toInteger() == acknowledged.at(3));
}

TEST_CASE("configuration: the file's limits apply, bad values and unsafe listening are refused")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("parley.ini"));
    {
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[limits]\nmessage_chars=10\n");
    }
    ServerProcess server;
    REQUIRE(server.start({ QStringLiteral("--demo"), QStringLiteral("--config"), config }));
    HttpClient lawyer(server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const HttpReply reply = lawyer.post(QStringLiteral("/api/v1/conversations/1/messages"),
        textMessage(QStringLiteral("c-1"), QStringLiteral("eleven char")));
    CHECK(reply.status == 422);
    CHECK(reply.json[QStringLiteral("error")][QStringLiteral("limit")].toInteger() == 10);

    QByteArray err;
    {
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[limits]\nmessage_chars=lots\n");
    }
    CHECK(
        runServer(
            { QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dir.path() }, &err)
        == 2);
    CHECK(err.contains("limits/message_chars"));
    // The notification settings name their keys too.
    for (const auto &[line, key] : std::initializer_list<std::pair<QByteArray, QByteArray>> {
             { "[smtp]\nurl=http://mail.example.com\n", "smtp/url" },
             { "[smtp]\nstarttls=sometimes\n", "smtp/starttls" },
             { "[sms]\ntwilio_base_url=ftp://twilio\n", "sms/twilio_base_url" },
             { "[notify]\nclient_unread_minutes=-1\n", "notify/client_unread_minutes" } }) {
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(line);
        file.close();
        CHECK(runServer(
                  { QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dir.path() },
                  &err)
            == 2);
        CHECK(err.contains(key));
    }
    CHECK(runServer({ QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                        QStringLiteral("--data-dir"), dir.path() },
              &err)
        == 2);
    CHECK(err.contains("loopback"));
    CHECK(runServer({ QStringLiteral("--listen"), QStringLiteral("nonsense"),
              QStringLiteral("--data-dir"), dir.path() })
        == 2);
    CHECK(runServer({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }, &err) == 2);
    CHECK(err.contains("data"));
}
