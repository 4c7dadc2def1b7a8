// The main window over a saved cache: a banner says the app is offline while the server is
// unreachable, and goes when the connection returns.
#include "desktoptesthelpers.h"
#include "store/storeworker.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
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

    REQUIRE(server.start(
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port()) }));
    REQUIRE(waitFor([&] { return workspace.isOnline(); }, 180000));
    CHECK(banner->isHidden());
}
