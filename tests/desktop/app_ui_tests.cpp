// The parley executable itself: --screenshot with a password from the environment, and with
// the token saved in the keychain (the real Secret Service under scripts/test).
#include "desktoptesthelpers.h"
#include "net/tokenstore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using test::await;
using test::DemoPassword;
using test::rowsWithBody;
using test::signIn;
using test::waitFor;

namespace {

// Runs the parley binary with these arguments (and PARLEY_TEST_PASSWORD set when given);
// returns the exit code and fills *errors with its stderr.
int runApp(const QStringList &arguments, const QString &password, QByteArray *errors)
{
    const QString buildDir = qEnvironmentVariable("PARLEY_BUILD_DIR", QDir::currentPath());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        env.insert(QStringLiteral("PARLEY_TEST_PASSWORD"), password);
    process.setProcessEnvironment(env);
    process.start(buildDir + QStringLiteral("/bin/parley"), arguments);
    const bool finished = process.waitForFinished(90000);
    *errors = process.readAllStandardError();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return -2;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

TEST_CASE("parley --screenshot signs in, opens the first conversation and saves the window")
{
    const QString buildDir = qEnvironmentVariable("PARLEY_BUILD_DIR", QDir::currentPath());
    const QString file = buildDir + QStringLiteral("/screenshots/app-main.png");
    QFile::remove(file);

    const QStringList arguments { QStringLiteral("--server"), test::demoServer().url().toString(),
        QStringLiteral("--email"), QStringLiteral("lawyer@demo.test"),
        QStringLiteral("--password-env"), QStringLiteral("PARLEY_TEST_PASSWORD"),
        QStringLiteral("--screenshot"), file };
    auto run = [&](const QString &password, QByteArray *errors) {
        return runApp(arguments, password, errors);
    };

    QByteArray errors;
    const int refused = run(QStringLiteral("wrong-password"), &errors);
    CHECK(refused != 0);
    CHECK(errors.contains("Sign-in failed"));
    CHECK_FALSE(QFile::exists(file));

    const int code = run(DemoPassword, &errors);
    INFO("stderr: " << errors.toStdString());
    REQUIRE(code == 0);
    const QImage image(file);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);
}

TEST_CASE("parley signs in with the token saved in the keychain, without a password")
{
    const QString buildDir = qEnvironmentVariable("PARLEY_BUILD_DIR", QDir::currentPath());
    const QString file = buildDir + QStringLiteral("/screenshots/app-restored.png");
    QFile::remove(file);
    const QUrl url = test::demoServer().url();
    const QString email = QStringLiteral("lawyer@demo.test");
    const QStringList arguments { QStringLiteral("--server"), url.toString(),
        QStringLiteral("--email"), email, QStringLiteral("--screenshot"), file };

    // Nothing saved yet: no one can type a password, so it fails and says why.
    net::TokenStore tokens; // the app's own service name, "Parley"
    REQUIRE(await<void>([&](auto done) { tokens.remove(url, email, done); }).ok());
    QByteArray errors;
    CHECK(runApp(arguments, {}, &errors) != 0);
    CHECK(errors.contains("No saved sign-in"));

    QNetworkAccessManager nam;
    ApiClient api(&nam, url);
    const protocol::LoginResponse session = signIn(api, email);
    auto stored = await<void>([&](auto done) { tokens.store(url, email, session.token, done); });
    INFO("keychain: " << stored.error().message.toStdString());
    REQUIRE(stored.ok());

    const int code = runApp(arguments, {}, &errors);
    INFO("stderr: " << errors.toStdString());
    CHECK(code == 0);
    CHECK_FALSE(QImage(file).isNull());
    REQUIRE(await<void>([&](auto done) { tokens.remove(url, email, done); }).ok());
}
