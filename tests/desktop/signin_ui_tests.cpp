// SignInDialog under Xvfb against the real server: a wrong password shown inline, success,
// plain http refused, the verification-code step of two-step sign-in, and the lockouts (one
// account, one network).
#include "desktoptesthelpers.h"
#include "serverprocess.h"
#include "ui/signindialog.h"
#include "uitesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using test::await;
using test::DemoPassword;
using test::rowsWithBody;
using test::saveScreenshot;
using test::signIn;
using test::waitFor;

namespace {

// RFC 6238 code for a base32 secret at a time, as an authenticator app computes it.
QString totpCode(const QString &base32, qint64 unixTime)
{
    QByteArray key;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32) {
        const int value = c.isDigit() ? c.unicode() - '2' + 26 : c.toUpper().unicode() - 'A';
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            key.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    QByteArray counter(8, '\0');
    quint64 step = quint64(unixTime / 30);
    for (int i = 7; i >= 0; --i, step >>= 8)
        counter[i] = char(step & 0xff);
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24)
        | (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8)
        | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

// Types guess as the password and presses Return; the error the dialog then shows.
QString wrongPassword(ui::SignInDialog &dialog, const QString &guess)
{
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    REQUIRE(password);
    REQUIRE(error);
    password->clear();
    QTest::keyClicks(password, guess);
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !dialog.isBusy() && error->isVisible(); }));
    return error->text();
}

} // namespace

TEST_CASE("The sign-in dialog shows a wrong password inline, then signs in")
{
    QNetworkAccessManager nam;
    ui::SignInDialog dialog(&nam);
    dialog.setServerUrl(test::demoServer().url());
    dialog.setEmail(QStringLiteral("lawyer@demo.test"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    REQUIRE(password);
    REQUIRE(button);
    REQUIRE(error);
    CHECK_FALSE(button->isEnabled()); // nothing to send yet
    CHECK_FALSE(error->isVisible());

    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(dialog.isBusy());
    REQUIRE(waitFor([&] { return !dialog.isBusy(); }));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("not correct")));
    CHECK(dialog.isVisible());
    CHECK(dialog.focusWidget() == password);
    saveScreenshot(&dialog, QStringLiteral("ui-signin.png"));

    QSignalSpy signedIn(&dialog, &ui::SignInDialog::signedIn);
    password->clear();
    QTest::keyClicks(password, DemoPassword);
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE((signedIn.count() == 1 || signedIn.wait(20000)));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.session().token.isEmpty());
    CHECK(dialog.session().user.name == QStringLiteral("Alex Morgan"));
}

TEST_CASE("The sign-in dialog refuses plain http to another computer before sending anything")
{
    QNetworkAccessManager nam;
    ui::SignInDialog dialog(&nam);
    dialog.setServerUrl(QUrl(QStringLiteral("http://parley.example.com")));
    dialog.setEmail(QStringLiteral("lawyer@demo.test"));
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(DemoPassword);
    dialog.show();
    dialog.signIn();
    CHECK_FALSE(dialog.isBusy());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("https://")));
}

TEST_CASE("The sign-in dialog asks for the verification code when the account has one")
{
    test::ServerProcess totpServer;
    REQUIRE(totpServer.start());
    QByteArray enrolment;
    REQUIRE(
        totpServer.runAdmin({ QStringLiteral("admin"), QStringLiteral("enroll-totp"),
                                QStringLiteral("--email"), QStringLiteral("paralegal@demo.test") },
            &enrolment)
        == 0);
    const QString secret = QJsonDocument::fromJson(enrolment)
                               .object()
                               .value(QStringLiteral("secret_base32"))
                               .toString();
    REQUIRE_FALSE(secret.isEmpty());

    QNetworkAccessManager nam;
    ui::SignInDialog dialog(&nam);
    dialog.setServerUrl(totpServer.url());
    dialog.setEmail(QStringLiteral("paralegal@demo.test"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *totp = dialog.findChild<QLineEdit *>(QStringLiteral("totpEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    REQUIRE(totp);
    CHECK_FALSE(totp->isVisible());

    password->setText(DemoPassword);
    dialog.signIn();
    REQUIRE(waitFor([&] { return !dialog.isBusy(); }));
    CHECK(totp->isVisible());
    CHECK(error->text().contains(QStringLiteral("6-digit code")));
    CHECK(dialog.focusWidget() == totp);
    saveScreenshot(&dialog, QStringLiteral("ui-signin-totp.png"));

    // A wrong code (one off the right one) is refused with its own message.
    const QString right = totpCode(secret, QDateTime::currentSecsSinceEpoch());
    QTest::keyClicks(totp,
        QStringLiteral("%1").arg((right.toInt() + 500000) % 1000000, 6, 10, QLatin1Char('0')));
    dialog.signIn();
    REQUIRE(waitFor([&] { return !dialog.isBusy(); }));
    CHECK(error->text().contains(QStringLiteral("verification code is not correct")));
    CHECK(dialog.isVisible());

    QSignalSpy signedIn(&dialog, &ui::SignInDialog::signedIn);
    totp->setText(totpCode(secret, QDateTime::currentSecsSinceEpoch()));
    dialog.signIn();
    REQUIRE((signedIn.count() == 1 || signedIn.wait(20000)));
    CHECK(dialog.session().user.name == QStringLiteral("Priya Shah"));
}

TEST_CASE("After five failed sign-ins the dialog says the account is locked and for how long")
{
    QNetworkAccessManager nam;
    ui::SignInDialog dialog(&nam);
    dialog.setServerUrl(test::demoServer().url());
    // An address of its own: the lock must not reach the accounts other tests sign in with.
    dialog.setEmail(QStringLiteral("locked.out@demo.test"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QString error;
    for (int attempt = 1; attempt <= 6; ++attempt) {
        error = wrongPassword(dialog, QStringLiteral("guess-%1").arg(attempt));
        INFO(attempt);
        CHECK(error.contains(attempt <= 5 ? QStringLiteral("not correct")
                                          : QStringLiteral("Too many failed sign-ins")));
    }
    CHECK(error.contains(QStringLiteral("15 minutes")));
    CHECK(dialog.isVisible());
    saveScreenshot(&dialog, QStringLiteral("ui-signin-locked.png"));
}

TEST_CASE("After many failed sign-ins from one network the dialog says so and for how long")
{
    // A server of its own, refusing this machine after three failures on any accounts.
    test::ServerProcess server;
    QFile config(QDir(server.dataDir()).filePath(QStringLiteral("parley.ini")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write("[auth]\nmax_failures_per_address=3\n");
    config.close();
    REQUIRE(
        server.start({ QStringLiteral("--demo"), QStringLiteral("--config"), config.fileName() }));
    QNetworkAccessManager nam;
    ui::SignInDialog dialog(&nam);
    dialog.setServerUrl(server.url());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QString error;
    for (int attempt = 1; attempt <= 4; ++attempt) {
        // Each try another account: only the network's count can stop the fourth.
        dialog.setEmail(QStringLiteral("guess%1@demo.test").arg(attempt));
        error = wrongPassword(dialog, QStringLiteral("guess"));
        INFO(attempt);
        CHECK(error.contains(attempt <= 3
                ? QStringLiteral("not correct")
                : QStringLiteral("Too many failed attempts from your network")));
    }
    CHECK(error.contains(QStringLiteral("15 minutes")));
    CHECK(dialog.isVisible());
    saveScreenshot(&dialog, QStringLiteral("ui-signin-rate-limited.png"));
}
