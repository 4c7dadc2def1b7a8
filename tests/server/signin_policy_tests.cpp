// Staff sign-in hardening against the real server: five failed sign-ins lock the address
// (known or not, the same answer) until the lock's time has passed, even for the right
// password; a success starts the count again; failures from one network address across many
// accounts refuse that address (named by the trusted proxy's X-Forwarded-For); a firm can
// require two-step verification.
#include "auth/totp.h"
#include "clockedserver.h"
#include "demoserver.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace parley::test;

namespace {

HttpReply signIn(HttpClient &client, const QString &email, const QString &password)
{
    return client.post(QStringLiteral("/api/v1/auth/login"),
        { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } });
}

// A sign-in passed on by a proxy with this X-Forwarded-For.
HttpReply signInVia(HttpClient &client, const QByteArray &forwardedFor, const QString &email,
    const QString &password)
{
    const QJsonObject body { { QStringLiteral("email"), email },
        { QStringLiteral("password"), password } };
    return client.send("POST", QStringLiteral("/api/v1/auth/login"),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Content-Type", "application/json" }, { "X-Forwarded-For", forwardedFor } });
}

// A sign-in written on a raw connection with these X-Forwarded-For lines, one header each (as
// two proxies in a row may add them); the answer's status code.
int signInWithLines(const QUrl &server, const QList<QByteArray> &forwardedFor)
{
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("email"), Lawyer },
                            { QStringLiteral("password"), QStringLiteral("parley-demo") } })
              .toJson(QJsonDocument::Compact);
    QByteArray request
        = "POST /api/v1/auth/login HTTP/1.1\r\nHost: " + server.authority().toLatin1()
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &line : forwardedFor)
        request += "X-Forwarded-For: " + line + "\r\n";
    request += "\r\n" + body;
    QTcpSocket socket;
    socket.connectToHost(server.host(), quint16(server.port()));
    REQUIRE(socket.waitForConnected(5000));
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(10000);
    while (!answer.contains("\r\n") && !deadline.hasExpired() && socket.waitForReadyRead(1000))
        answer += socket.readAll();
    // "HTTP/1.1 200 OK"
    return answer.split(' ').value(1).toInt();
}

QString someone(int i)
{
    return QStringLiteral("guess%1@demo.test").arg(i);
}

} // namespace

TEST_CASE("Five failed sign-ins lock the address until the lock has passed, known or not")
{
    ClockedServer server;
    HttpClient client(server.process.url());
    const QString right = QStringLiteral("parley-demo");
    const QString wrong = QStringLiteral("not-the-password");

    for (const QString &email : { Lawyer, QStringLiteral("nobody@demo.test") }) {
        INFO(email.toStdString());
        for (int i = 0; i < 5; ++i)
            CHECK(signIn(client, email, wrong).errorCode() == QLatin1String("invalid_credentials"));
        // Locked now: even the right password is refused, with the limit and when to retry.
        const HttpReply locked = signIn(client, email.toUpper(), right);
        CHECK(locked.status == 429);
        CHECK(locked.errorCode() == QLatin1String("account_locked"));
        const QJsonObject error = locked.json[QStringLiteral("error")].toObject();
        CHECK(error[QStringLiteral("limit")].toInt() == 5);
        CHECK(error[QStringLiteral("retry_after_seconds")].toInt() > 0);
        CHECK(error[QStringLiteral("retry_after_seconds")].toInt() <= 15 * 60);
        CHECK_FALSE(locked.json.contains(QStringLiteral("token")));
    }
    // Another account is not affected.
    CHECK(signIn(client, Paralegal, right).status == 200);

    // After the lock's 15 minutes the right password works, and a success starts the count
    // again: four more failures do not lock.
    server.advanceMinutes(16);
    CHECK(signIn(client, Lawyer, right).status == 200);
    for (int i = 0; i < 4; ++i)
        CHECK(signIn(client, Lawyer, wrong).status == 401);
    CHECK(signIn(client, Lawyer, right).status == 200);
}

TEST_CASE("Failed sign-ins from one network address, whatever the accounts, refuse that address "
          "for the lock's time; the proxy's X-Forwarded-For names it")
{
    ClockedServer server(QStringLiteral("[auth]\nmax_failures_per_address=6\n"));
    HttpClient client(server.process.url());
    const QString right = QStringLiteral("parley-demo");
    const QString wrong = QStringLiteral("not-the-password");
    // nginx appends the address it heard from; what the client wrote before it is not
    // believed, so the spoofed first entry changes nothing.
    const QByteArray attacker = "192.0.2.250, 203.0.113.5";
    for (int i = 0; i < 6; ++i) {
        const QByteArray spoofed = "192.0.2." + QByteArray::number(i) + ", 203.0.113.5";
        CHECK(signInVia(client, i % 2 ? attacker : spoofed, someone(i), wrong).errorCode()
            == QLatin1String("invalid_credentials"));
    }
    // The seventh try from there is refused before any password is checked, even a right
    // one for an account that has no failures of its own.
    const HttpReply refused = signInVia(client, attacker, Lawyer, right);
    CHECK(refused.status == 429);
    CHECK(refused.errorCode() == QLatin1String("rate_limited"));
    const QJsonObject error = refused.json[QStringLiteral("error")].toObject();
    CHECK(error[QStringLiteral("limit")].toInt() == 6);
    CHECK(error[QStringLiteral("retry_after_seconds")].toInt() > 0);
    CHECK(error[QStringLiteral("retry_after_seconds")].toInt() <= 15 * 60);
    CHECK(error[QStringLiteral("message")].toString().contains(QStringLiteral("your network")));
    CHECK_FALSE(refused.json.contains(QStringLiteral("token")));
    // Another network signs in to the same account.
    CHECK(signInVia(client, "198.51.100.7", Lawyer, right).status == 200);

    // IPv6 clients count by their /64: six addresses of one site are one.
    for (int i = 1; i <= 6; ++i)
        CHECK(signInVia(client, "2001:db8:1:2::" + QByteArray::number(i), someone(10 + i), wrong)
                  .status
            == 401);
    CHECK(signInVia(client, "2001:db8:1:2::99", Paralegal, right).errorCode()
        == QLatin1String("rate_limited"));
    CHECK(signInVia(client, "2001:db8:1:3::1", Paralegal, right).status == 200);

    // Every X-Forwarded-For line counts, in order: the right-most entry of the last line is the
    // address the nearest proxy heard from.
    CHECK(signInWithLines(server.process.url(), { "203.0.113.5", "198.51.100.8" }) == 200);
    CHECK(signInWithLines(server.process.url(), { "198.51.100.8", "203.0.113.5" }) == 429);
    CHECK(signInWithLines(server.process.url(), { "198.51.100.8", "203.0.113.5:4711" }) == 429);

    // After the lock's 15 minutes the address may try again.
    server.advanceMinutes(16);
    CHECK(signInVia(client, attacker, Lawyer, right).status == 200);
}

TEST_CASE("X-Forwarded-For is believed only from [server] trusted_proxies")
{
    // Loopback is not a trusted proxy here: every attempt counts as 127.0.0.1's, whatever the
    // header says.
    ClockedServer server(
        QStringLiteral("[server]\ntrusted_proxies=10.0.0.1\n[auth]\nmax_failures_per_address=3\n"));
    HttpClient client(server.process.url());
    for (int i = 0; i < 3; ++i)
        CHECK(signInVia(
                  client, "203.0.113." + QByteArray::number(i), someone(i), QStringLiteral("wrong"))
                  .status
            == 401);
    CHECK(signInVia(client, "198.51.100.7", Lawyer, QStringLiteral("parley-demo")).errorCode()
        == QLatin1String("rate_limited"));
    CHECK(signIn(client, Paralegal, QStringLiteral("parley-demo")).errorCode()
        == QLatin1String("rate_limited"));

    // A bad entry stops the server at start, naming the key.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("parley.ini")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write("[server]\ntrusted_proxies = 127.0.0.1, nginx.local\n");
    config.close();
    QProcess process;
    process.start(ServerProcess::binary(),
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
            dir.filePath(QStringLiteral("data")), QStringLiteral("--config"), config.fileName() });
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    CHECK(process.readAllStandardError().contains("[server] trusted_proxies"));
}

TEST_CASE("A firm can require two-step verification for every staff sign-in")
{
    DemoServer server;
    HttpClient client(server.process.url());
    const QString admin = QStringLiteral("admin");
    const auto requireTotp = [&](const QString &value) {
        return server.process.runAdmin(
            { admin, QStringLiteral("require-totp"), QStringLiteral("--value"), value });
    };
    CHECK(requireTotp(QStringLiteral("maybe")) == 1);
    HttpClient before(server.process.url());
    REQUIRE_FALSE(before.login(Paralegal).isEmpty());
    REQUIRE(before.get(QStringLiteral("/api/v1/me")).status == 200);
    REQUIRE(requireTotp(QStringLiteral("on")) == 0);
    // A session without two-step verification ends with the new policy.
    CHECK(before.get(QStringLiteral("/api/v1/me")).status == 401);

    // Not enrolled: told what to do, no token, and it does not count as a failed password.
    const HttpReply refused = signIn(client, Lawyer, QStringLiteral("parley-demo"));
    CHECK(refused.status == 403);
    CHECK(refused.errorCode() == QLatin1String("totp_enrollment_required"));
    CHECK_FALSE(refused.json.contains(QStringLiteral("token")));
    // A wrong password still says only that.
    CHECK(signIn(client, Lawyer, QStringLiteral("nope")).errorCode()
        == QLatin1String("invalid_credentials"));

    const QString secret = enrollTotp(server.process, Lawyer);
    CHECK(signIn(client, Lawyer, QStringLiteral("parley-demo")).errorCode()
        == QLatin1String("totp_required"));
    const HttpReply enrolled = client.post(QStringLiteral("/api/v1/auth/login"),
        { { QStringLiteral("email"), Lawyer },
            { QStringLiteral("password"), QStringLiteral("parley-demo") },
            { QStringLiteral("totp"), parley::server::Totp::generate(secret) } });
    CHECK(enrolled.status == 200);

    REQUIRE(requireTotp(QStringLiteral("off")) == 0);
    CHECK(signIn(client, Paralegal, QStringLiteral("parley-demo")).status == 200);
}
