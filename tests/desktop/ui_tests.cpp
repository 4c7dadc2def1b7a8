// The desktop widgets under Xvfb against the real demo server: sign-in errors and success,
// the matters a lawyer may see, sending with Ctrl+Enter (pending, then one sent row), live
// messages from another user, and the composer's limit. Saves screenshots to look at.
#include "await.h"
#include "models/timelinemodel.h"
#include "net/apiclient.h"
#include "net/tokenstore.h"
#include "serverprocess.h"
#include "sync/workspace.h"
#include "ui/composer.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace parley;
using models::ConversationsModel;
using models::MattersModel;
using models::TimelineModel;
using net::ApiClient;
using test::await;

namespace {

const QString Password = QStringLiteral("parley-demo");

test::ServerProcess &server()
{
    static test::ServerProcess process;
    static const bool started = process.start();
    INFO("server: " << process.errorString().toStdString());
    REQUIRE(started);
    return process;
}

// Waits, processing events, until the condition holds; generous, never a timing assertion.
template<typename Condition>
bool waitFor(Condition condition, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARLEY_BUILD_DIR", QDir::currentPath())
        + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString file = dir + QLatin1Char('/') + name;
    REQUIRE(widget->grab().save(file));
}

protocol::LoginResponse signIn(ApiClient &api, const QString &email)
{
    auto answer = await<protocol::LoginResponse>([&](auto done) {
        api.login(protocol::LoginRequest { email, Password, {} }, done);
    });
    if (!answer)
        FAIL("login " << email.toStdString() << ": " << answer.error().code.toStdString());
    api.setToken(answer->token);
    return answer.value();
}

int rowsWithBody(const TimelineModel *timeline, const QString &body)
{
    int count = 0;
    for (int row = 0; row < timeline->rowCount(); ++row)
        count += timeline->messageAt(row).body == body;
    return count;
}

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

TEST_CASE("The sign-in dialog shows a wrong password inline, then signs in")
{
    QNetworkAccessManager nam;
    ui::SignInDialog dialog(&nam);
    dialog.setServerUrl(server().url());
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
    QTest::keyClicks(password, Password);
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
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(Password);
    dialog.show();
    dialog.signIn();
    CHECK_FALSE(dialog.isBusy());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("https://")));
}

TEST_CASE("The main window shows the lawyer's matters, sends with Ctrl+Enter and shows live "
          "messages")
{
    QNetworkAccessManager nam;
    ApiClient login(&nam, server().url());
    const protocol::LoginResponse session = signIn(login, QStringLiteral("lawyer@demo.test"));

    sync::Workspace workspace(&nam, server().url(), session);
    ui::MainWindow window(&workspace);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("Parley — Alex Morgan"));
    workspace.start();

    // Matters: the demo's, without the restricted one.
    MattersModel *matters = workspace.matters();
    REQUIRE(waitFor([&] { return workspace.mattersReady(); }));
    CHECK(matters->rowCount() >= 9);
    for (int row = 0; row < matters->rowCount(); ++row)
        CHECK_FALSE(matters->index(row).data(MattersModel::RestrictedRole).toBool());
    ApiClient partner(&nam, server().url());
    signIn(partner, QStringLiteral("partner@demo.test"));
    auto all = await<QList<protocol::Matter>>([&](auto done) { partner.matters(done); });
    REQUIRE(all.ok());
    for (const protocol::Matter &matter : all.value()) {
        if (matter.restricted)
            CHECK(matters->rowOf(matter.id) == -1);
    }
    REQUIRE(
        waitFor([&] { return workspace.stream()->state() == net::StreamClient::State::Online; }));

    // The filter matches number, title and client.
    QListView *mattersView = window.mattersView();
    const QString client = matters->index(1).data(MattersModel::ClientNameRole).toString();
    QTest::keyClicks(window.filterEdit(), client);
    CHECK(mattersView->model()->rowCount() == 1);
    window.filterEdit()->clear();
    CHECK(mattersView->model()->rowCount() == matters->rowCount());

    auto *emptyState = window.findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    REQUIRE(emptyState);
    CHECK(emptyState->isVisible());
    CHECK(emptyState->text().contains(QStringLiteral("Select a matter")));
    saveScreenshot(&window, QStringLiteral("ui-empty.png"));

    // Select the first matter and its internal (staff) conversation.
    REQUIRE(window.selectMatterRow(0));
    ConversationsModel *conversations = workspace.conversations();
    REQUIRE(waitFor([&] {
        return conversations->rowCount(conversations->groupIndex(ConversationsModel::Internal)) > 0;
    }));
    const QModelIndex internal
        = conversations->index(0, 0, conversations->groupIndex(ConversationsModel::Internal));
    const qint64 conversationId = internal.data(ConversationsModel::IdRole).toLongLong();
    REQUIRE(window.selectConversation(conversationId));
    TimelineModel *timeline = workspace.timeline();
    REQUIRE(waitFor([&] { return timeline->rowCount() > 0; }));

    // Type and press Ctrl+Enter: a pending row at once, then one sent row.
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    REQUIRE(editor);
    REQUIRE(editor->isVisible());
    const QString body = QStringLiteral("Draft settlement terms attached for review. %1")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
    editor->setFocus();
    QTest::keyClicks(editor, body);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    const int row = timeline->rowOfTxn(timeline->messageAt(timeline->rowCount() - 1).clientTxnId);
    REQUIRE(row == timeline->rowCount() - 1);
    CHECK(timeline->messageAt(row).body == body);
    CHECK(editor->toPlainText().isEmpty());
    const QString txn = timeline->messageAt(row).clientTxnId;
    REQUIRE_FALSE(txn.isEmpty());
    REQUIRE(waitFor([&] {
        const int r = timeline->rowOfTxn(txn);
        return r >= 0 && timeline->sendState(r) == TimelineModel::SendState::Sent;
    }));
    const qint64 sentId = timeline->messageAt(timeline->rowOfTxn(txn)).id;
    CHECK(sentId > 0);
    // Wait until the stream echo came through too (the stream's since passes our message).
    REQUIRE(waitFor([&] { return workspace.pendingCount() == 0; }));
    CHECK(rowsWithBody(timeline, body) == 1);

    // Another user's message appears without any refresh.
    ApiClient paralegal(&nam, server().url());
    signIn(paralegal, QStringLiteral("paralegal@demo.test"));
    protocol::NewMessage reply;
    reply.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reply.body = QStringLiteral("Thanks Alex, I will prepare the cover letter.");
    auto posted = await<protocol::Message>(
        [&](auto done) { paralegal.sendMessage(conversationId, reply, done); });
    REQUIRE(posted.ok());
    REQUIRE(waitFor([&] { return timeline->rowOfId(posted->id) >= 0; }));
    CHECK(timeline->messageAt(timeline->rowOfId(posted->id)).senderName
        == QStringLiteral("Priya Shah"));
    CHECK(rowsWithBody(timeline, body) == 1);
    CHECK(rowsWithBody(timeline, reply.body) == 1);

    auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    REQUIRE(connection);
    CHECK(connection->text() == QStringLiteral("Connected"));
    QTest::qWait(200); // let the scroll to the newest message paint before the picture
    saveScreenshot(&window, QStringLiteral("ui-main.png"));
}

TEST_CASE("The composer counts characters and refuses a message over the limit")
{
    ui::Composer composer;
    composer.setMaxCharacters(65518);
    composer.show();
    QSignalSpy requested(&composer, &ui::Composer::sendRequested);
    auto *counter = composer.findChild<QLabel *>(QStringLiteral("characterCounter"));
    REQUIRE(counter);

    CHECK_FALSE(composer.sendButton()->isEnabled());
    composer.setText(QStringLiteral("Hello"));
    CHECK(composer.sendButton()->isEnabled());
    CHECK(counter->text().contains(QStringLiteral("5")));

    composer.setText(QString(65519, QLatin1Char('x')));
    CHECK_FALSE(composer.sendButton()->isEnabled());
    CHECK(counter->text().contains(QStringLiteral("too long")));
    composer.editor()->setFocus();
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(requested.isEmpty());

    composer.setText(QString(65518, QLatin1Char('x')));
    CHECK(composer.sendButton()->isEnabled());
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(requested.count() == 1);
}

TEST_CASE("parley --screenshot signs in, opens the first conversation and saves the window")
{
    const QString buildDir = qEnvironmentVariable("PARLEY_BUILD_DIR", QDir::currentPath());
    const QString file = buildDir + QStringLiteral("/screenshots/app-main.png");
    QFile::remove(file);

    const QStringList arguments { QStringLiteral("--server"), server().url().toString(),
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

    const int code = run(Password, &errors);
    INFO("stderr: " << errors.toStdString());
    REQUIRE(code == 0);
    const QImage image(file);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);
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

    password->setText(Password);
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

TEST_CASE("A message that cannot be sent shows as not sent, keeps its text, and a double-click "
          "sends it once the server is back")
{
    test::ServerProcess ownServer;
    REQUIRE(ownServer.start());
    const QUrl url = ownServer.url();
    QNetworkAccessManager nam;
    ApiClient login(&nam, url);
    sync::Workspace workspace(&nam, url, signIn(login, QStringLiteral("lawyer@demo.test")));
    ui::MainWindow window(&workspace);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    workspace.start();
    REQUIRE(waitFor([&] { return workspace.mattersReady(); }));
    REQUIRE(window.selectMatterRow(1));
    REQUIRE(waitFor([&] { return workspace.conversations()->conversationCount() > 1; }));
    REQUIRE(window.selectFirstConversation());
    TimelineModel *timeline = workspace.timeline();
    REQUIRE(waitFor([&] { return timeline->rowCount() > 0; }));

    ownServer.stop();
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    const QString body = QStringLiteral("Your hearing moved to 10 March, 9:30 in courtroom 4.");
    QTest::keyClicks(editor, body);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    const int rows = timeline->rowCount();
    const QString txn = timeline->messageAt(rows - 1).clientTxnId;
    REQUIRE(waitFor([&] {
        return timeline->sendState(timeline->rowOfTxn(txn)) == TimelineModel::SendState::Failed;
    }));
    CHECK(timeline->messageAt(timeline->rowOfTxn(txn)).body == body);
    QTest::qWait(200);
    saveScreenshot(&window, QStringLiteral("ui-failed.png"));

    REQUIRE(ownServer.start(
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port()) }));
    QListView *view = window.conversationView()->timelineView();
    const QModelIndex failed = timeline->index(timeline->rowOfTxn(txn));
    view->scrollTo(failed);
    const QPoint centre = view->visualRect(failed).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(waitFor([&] {
        return timeline->sendState(timeline->rowOfTxn(txn)) == TimelineModel::SendState::Sent;
    }));
    CHECK(rowsWithBody(timeline, body) == 1);
    CHECK(timeline->rowCount() == rows);
}

TEST_CASE("parley signs in with the token saved in the keychain, without a password")
{
    const QString buildDir = qEnvironmentVariable("PARLEY_BUILD_DIR", QDir::currentPath());
    const QString file = buildDir + QStringLiteral("/screenshots/app-restored.png");
    QFile::remove(file);
    const QUrl url = server().url();
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
