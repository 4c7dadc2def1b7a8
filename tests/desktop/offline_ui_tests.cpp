// The main window over a saved cache: a banner says the app is offline while the server is
// unreachable, and goes when the connection returns.
#include "desktoptesthelpers.h"
#include "store/storeworker.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using test::signIn;
using test::waitFor;

TEST_CASE("The main window shows an offline banner while the server is unreachable")
{
    test::ServerProcess server;
    REQUIRE(server.start());
    const QUrl url = server.url();
    QTemporaryDir data;
    QNetworkAccessManager nam;
    ApiClient login(&nam, url);
    const protocol::LoginResponse session = signIn(login, QStringLiteral("lawyer@demo.test"));

    store::StoreWorker store;
    sync::Workspace workspace(&nam, url, session);
    workspace.setStore(&store, data.path());
    ui::MainWindow window(&workspace);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    workspace.start();
    QLabel *banner = window.offlineBanner();
    REQUIRE(waitFor([&] { return workspace.isOnline(); }));
    CHECK(banner->isHidden());

    server.stop();
    REQUIRE(waitFor([&] { return !banner->isHidden(); }));
    CHECK(banner->text().startsWith(QStringLiteral("Offline — showing saved messages")));
    // The saved matters stay readable under the banner.
    CHECK(workspace.matters()->rowCount() == 9);
    test::saveScreenshot(&window, QStringLiteral("ui-offline.png"));

    REQUIRE(server.start(
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port()) }));
    REQUIRE(waitFor([&] { return workspace.isOnline(); }, 180000));
    CHECK(banner->isHidden());
}

TEST_CASE("Sign Out asks whether to also remove the saved messages")
{
    QNetworkAccessManager nam;
    ApiClient login(&nam, test::demoServer().url());
    const protocol::LoginResponse session = signIn(login, QStringLiteral("lawyer@demo.test"));
    QTemporaryDir data;
    store::StoreWorker store;
    sync::Workspace workspace(&nam, test::demoServer().url(), session);
    workspace.setStore(&store, data.path());
    ui::MainWindow window(&workspace);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction *signOut = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Sign &Out"))
            signOut = action;
    }
    REQUIRE(signOut);
    QSignalSpy requested(&window, &ui::MainWindow::signOutRequested);

    // Answers the question once it shows: ticks the box or not, then signs out.
    auto answer = [](bool remove) {
        QTimer::singleShot(0, [remove] {
            // No REQUIRE here: an exception must not cross the dialog's event loop.
            waitFor([] { return QApplication::activeModalWidget() != nullptr; });
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            CHECK(box);
            if (!box)
                return;
            auto *check = box->findChild<QCheckBox *>(QStringLiteral("removeSavedData"));
            CHECK(check);
            if (!check) {
                box->reject();
                return;
            }
            CHECK_FALSE(check->isChecked()); // kept unless asked
            check->setChecked(remove);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
    };
    answer(false);
    signOut->trigger();
    REQUIRE(requested.count() == 1);
    CHECK_FALSE(requested.at(0).at(0).toBool());
    answer(true);
    signOut->trigger();
    REQUIRE(requested.count() == 2);
    CHECK(requested.at(1).at(0).toBool());
}
