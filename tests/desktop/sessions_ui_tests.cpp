// The desktop's sessions: over https with the system's trust; Sign Out Everywhere asks first;
// a session signed out everywhere or expired on the server ends the window's session with its
// reason, keeping the unsent message in the outbox; the sign-in dialog then says what happened.
#include "clockedserver.h"
#include "desktoptesthelpers.h"
#include "models/conversationsmodel.h"
#include "store/storeworker.h"
#include "sync/workspace.h"
#include "testcertificate.h"
#include "ui/errortext.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace parley;
using models::ConversationsModel;
using net::ApiClient;
using test::signIn;
using test::waitFor;

namespace {

// The lawyer's window over a cache, on a server of the test's own (its sessions end here).
struct LawyerSession
{
    QNetworkAccessManager nam;
    QTemporaryDir data;
    store::StoreWorker store;
    std::optional<sync::Workspace> workspace;
    std::optional<ui::MainWindow> window;

    void open(const QUrl &server)
    {
        ApiClient login(&nam, server);
        workspace.emplace(&nam, server, signIn(login, QStringLiteral("lawyer@demo.test")));
        workspace->setStore(&store, data.path());
        window.emplace(&*workspace);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(&*window));
        workspace->start();
        REQUIRE(waitFor(
            [&] { return workspace->stream()->state() == net::StreamClient::State::Online; }));
    }

    // Opens the first matter's internal conversation, ready to send to.
    void openConversation()
    {
        REQUIRE(window->selectMatterRow(0));
        ConversationsModel *conversations = workspace->conversations();
        REQUIRE(waitFor([&] {
            return conversations->rowCount(conversations->groupIndex(ConversationsModel::Internal))
                > 0;
        }));
        const QModelIndex internal
            = conversations->index(0, 0, conversations->groupIndex(ConversationsModel::Internal));
        REQUIRE(window->selectConversation(internal.data(ConversationsModel::IdRole).toLongLong()));
    }
};

// Answers the next question box: confirms or cancels; saves a picture of it first.
void answerQuestion(bool confirm, const QString &screenshot = {})
{
    QTimer::singleShot(0, [confirm, screenshot] {
        // No REQUIRE here: an exception must not cross the dialog's event loop.
        waitFor([] { return QApplication::activeModalWidget() != nullptr; });
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        CHECK(box);
        if (!box)
            return;
        CHECK(box->objectName() == QLatin1String("signOutEverywhereQuestion"));
        if (!screenshot.isEmpty())
            test::saveScreenshot(box, screenshot);
        for (QAbstractButton *button : box->buttons()) {
            const bool accept = box->buttonRole(button) == QMessageBox::AcceptRole;
            if (accept == confirm) {
                button->click();
                return;
            }
        }
    });
}

} // namespace

TEST_CASE("The desktop signs in and streams over https, trusting what the system trusts")
{
    test::TestCertificate certificate;
    test::ServerProcess server;
    REQUIRE(server.start({ QStringLiteral("--demo"), QStringLiteral("--tls-certificate"),
        certificate.certificate, QStringLiteral("--tls-key"), certificate.key }));
    REQUIRE(server.url().scheme() == QLatin1String("https"));
    REQUIRE(ApiClient::checkBaseUrl(server.url()));
    // The product sets no CA of its own: the test makes the system's default trust its
    // certificate for this process, as an installed firm CA would.
    const QSslConfiguration system = QSslConfiguration::defaultConfiguration();
    QSslConfiguration::setDefaultConfiguration(certificate.trusting());
    LawyerSession lawyer;
    lawyer.open(server.url()); // signs in over https, then the stream goes online over wss
    CHECK(waitFor([&] { return lawyer.workspace->mattersReady(); }));
    lawyer.workspace->stop();
    QSslConfiguration::setDefaultConfiguration(system);
}

TEST_CASE("Sign Out Everywhere asks first; once done the window's session ends")
{
    test::ServerProcess server;
    REQUIRE(server.start());
    LawyerSession lawyer;
    lawyer.open(server.url());
    auto *action = lawyer.window->findChild<QAction *>(QStringLiteral("signOutEverywhereAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("Sign Out &Everywhere…"));
    // Next to Sign Out in the File menu.
    auto *fileMenu = qobject_cast<QMenu *>(action->parent());
    REQUIRE(fileMenu);
    fileMenu->popup(lawyer.window->mapToGlobal(QPoint(0, 0)));
    REQUIRE(QTest::qWaitForWindowExposed(fileMenu));
    test::saveScreenGrab(&*lawyer.window, fileMenu, QStringLiteral("file-menu-sign-out.png"));
    fileMenu->close();
    QSignalSpy requested(&*lawyer.window, &ui::MainWindow::signOutEverywhereRequested);
    QSignalSpy ended(&*lawyer.window, &ui::MainWindow::sessionEnded);

    answerQuestion(false, QStringLiteral("sign-out-everywhere-question.png"));
    action->trigger();
    CHECK(requested.isEmpty());
    answerQuestion(true);
    action->trigger();
    CHECK(requested.count() == 1);

    // What the app then does: logout-all with the session's token. The server closes this
    // window's stream at once, which ends its session.
    auto done
        = test::await<void>([&](auto callback) { lawyer.workspace->api()->logoutAll(callback); });
    REQUIRE(done.ok());
    REQUIRE((ended.count() > 0 || ended.wait(20000)));
    CHECK(ended.first().first().value<protocol::Error>().endsSession());
}

TEST_CASE("An expired session ends the window's session, keeps the unsent message and says so")
{
    test::ClockedServer server(QStringLiteral("[auth]\nsession_idle_minutes=60\n"));
    LawyerSession lawyer;
    lawyer.open(server.process.url());
    lawyer.openConversation();
    QSignalSpy ended(&*lawyer.window, &ui::MainWindow::sessionEnded);

    server.advanceMinutes(61);
    REQUIRE(lawyer.workspace->sendMessage(QStringLiteral("Sent after the session expired")));
    REQUIRE((ended.count() > 0 || ended.wait(20000)));
    const auto reason = ended.first().first().value<protocol::Error>();
    CHECK(reason.is(protocol::ErrorCode::SessionExpired));
    // The message waits in the outbox for the next sign-in.
    CHECK(lawyer.workspace->pendingCount() == 1);

    // The sign-in dialog the app shows then.
    QNetworkAccessManager nam;
    ui::SignInDialog dialog(&nam);
    dialog.setServerUrl(server.process.url());
    dialog.setEmail(QStringLiteral("lawyer@demo.test"));
    const QString notice = ui::ErrorText::describe(reason, server.process.url());
    CHECK(notice.contains(QStringLiteral("expired")));
    CHECK(notice.contains(QStringLiteral("unsent messages are kept")));
    dialog.setNotice(notice);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(&dialog, QStringLiteral("signin-session-expired.png"));
}
