// Sign-in, TOTP, tokens and sign-out against the real server.
#include "auth/totp.h"
#include "demoserver.h"
#include "serverdatabase.h"

#include <QSqlQuery>

using namespace parley::test;

TEST_CASE("staff sign in with the right password and get a token and their user")
{
    DemoServer server;
    HttpClient client(server.process.url());
    const HttpReply reply = client.post(QStringLiteral("/api/v1/auth/login"),
        { { QStringLiteral("email"), Lawyer },
            { QStringLiteral("password"), QStringLiteral("parley-demo") } });
    CHECK(reply.status == 200);
    CHECK(reply.json[QStringLiteral("token")].toString().size() >= 40);
    CHECK(reply.json[QStringLiteral("user")][QStringLiteral("email")].toString() == Lawyer);
    CHECK(reply.json[QStringLiteral("user")][QStringLiteral("name")].toString()
        == QStringLiteral("Alex Morgan"));
    // Emails are matched without regard to case, as people type them.
    CHECK_FALSE(client.login(QStringLiteral("LAWYER@demo.test")).isEmpty());
    client.setToken(reply.json[QStringLiteral("token")].toString());
    const HttpReply me = client.get(QStringLiteral("/api/v1/me"));
    CHECK(me.status == 200);
    CHECK(me.json[QStringLiteral("email")].toString() == Lawyer);
}

TEST_CASE("a wrong password, an unknown email and a client all get invalid_credentials")
{
    DemoServer server;
    HttpClient client(server.process.url());
    const QList<QPair<QString, QString>> attempts {
        { Lawyer, QStringLiteral("wrong-password") },
        { QStringLiteral("nobody@demo.test"), QStringLiteral("parley-demo") },
        { QStringLiteral("maria.gonzalez@client.test"), QStringLiteral("parley-demo") },
    };
    for (const auto &[email, password] : attempts) {
        const HttpReply reply = client.post(QStringLiteral("/api/v1/auth/login"),
            { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } });
        INFO(email.toStdString());
        CHECK(reply.status == 401);
        CHECK(reply.errorCode() == QStringLiteral("invalid_credentials"));
        CHECK_FALSE(reply.json.contains(QStringLiteral("token")));
    }
}

TEST_CASE("an enrolled user needs a valid TOTP code")
{
    DemoServer server;
    const QString secret = enrollTotp(server.process, Paralegal);

    HttpClient client(server.process.url());
    QJsonObject login { { QStringLiteral("email"), Paralegal },
        { QStringLiteral("password"), QStringLiteral("parley-demo") } };
    HttpReply reply = client.post(QStringLiteral("/api/v1/auth/login"), login);
    CHECK(reply.status == 401);
    CHECK(reply.errorCode() == QStringLiteral("totp_required"));

    login.insert(QStringLiteral("totp"), QStringLiteral("000000"));
    const QString good = parley::server::Totp::generate(secret);
    if (good == QStringLiteral("000000"))
        login.insert(QStringLiteral("totp"), QStringLiteral("111111"));
    reply = client.post(QStringLiteral("/api/v1/auth/login"), login);
    CHECK(reply.status == 401);
    CHECK(reply.errorCode() == QStringLiteral("invalid_totp"));

    // The right code with a wrong password still reveals nothing.
    login.insert(QStringLiteral("totp"), good);
    login.insert(QStringLiteral("password"), QStringLiteral("not-it"));
    reply = client.post(QStringLiteral("/api/v1/auth/login"), login);
    CHECK(reply.errorCode() == QStringLiteral("invalid_credentials"));

    login.insert(QStringLiteral("password"), QStringLiteral("parley-demo"));
    login.insert(QStringLiteral("totp"), parley::server::Totp::generate(secret));
    reply = client.post(QStringLiteral("/api/v1/auth/login"), login);
    CHECK(reply.status == 200);
    CHECK(reply.json[QStringLiteral("user")][QStringLiteral("totp_enabled")].toBool());
}

TEST_CASE("requests without a token, with a bad token or after sign-out are refused")
{
    DemoServer server;
    HttpClient client(server.process.url());
    HttpReply reply = client.get(QStringLiteral("/api/v1/matters"));
    CHECK(reply.status == 401);
    CHECK(reply.errorCode() == QStringLiteral("missing_token"));

    client.setToken(QStringLiteral("not-a-real-token"));
    reply = client.get(QStringLiteral("/api/v1/matters"));
    CHECK(reply.status == 401);
    CHECK(reply.errorCode() == QStringLiteral("invalid_token"));

    const QString token = client.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    CHECK(client.get(QStringLiteral("/api/v1/matters")).status == 200);
    CHECK(client.post(QStringLiteral("/api/v1/auth/logout"), {}).status == 200);
    reply = client.get(QStringLiteral("/api/v1/matters"));
    CHECK(reply.status == 401);
    CHECK(reply.errorCode() == QStringLiteral("invalid_token"));
    // Another session of the same user is untouched by that sign-out.
    HttpClient other(server.process.url());
    REQUIRE_FALSE(other.login(Lawyer).isEmpty());
    CHECK(other.get(QStringLiteral("/api/v1/me")).status == 200);
}

TEST_CASE("tokens are stored hashed: the database never holds one in clear")
{
    DemoServer server;
    HttpClient client(server.process.url());
    const QString token = client.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    QByteArray bytes;
    ServerDatabase database(server.process.dataDir());
    REQUIRE(database.isOpen());
    if (database.isPostgres()) {
        // Every row of every table as text (bytea as hex: a raw token would not be hex).
        for (const QString &table : database.tables()) {
            QSqlQuery rows(database.db());
            REQUIRE(rows.exec(QStringLiteral("SELECT CAST(t AS TEXT) FROM %1 t").arg(table)));
            while (rows.next())
                bytes += rows.value(0).toString().toUtf8();
        }
        REQUIRE_FALSE(bytes.isEmpty());
    } else {
        QFile file(server.process.dataDir() + QStringLiteral("/parley.db"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        bytes = file.readAll();
        QFile wal(server.process.dataDir() + QStringLiteral("/parley.db-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
    }
    CHECK_FALSE(bytes.contains(token.toLatin1()));
    CHECK_FALSE(bytes.contains("parley-demo"));
}
