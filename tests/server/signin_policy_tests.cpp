// Staff sign-in hardening against the real server: five failed sign-ins lock the address
// (known or not, the same answer) until the lock's time has passed, even for the right
// password; a success starts the count again; a firm can require two-step verification.
#include "auth/totp.h"
#include "clockedserver.h"
#include "demoserver.h"

using namespace parley::test;

namespace {

HttpReply signIn(HttpClient &client, const QString &email, const QString &password)
{
    return client.post(QStringLiteral("/api/v1/auth/login"),
        { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } });
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

    QByteArray output;
    REQUIRE(
        server.process.runAdmin(
            { admin, QStringLiteral("enroll-totp"), QStringLiteral("--email"), Lawyer }, &output)
        == 0);
    const QString secret
        = QJsonDocument::fromJson(output).object()[QStringLiteral("secret_base32")].toString();
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
