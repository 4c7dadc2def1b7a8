// The main window over a saved cache: a banner says the app is offline while the server is
// unreachable, and goes when the connection returns.
#include "desktoptesthelpers.h"
#include "store/storeworker.h"
#include "sync/workspace.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using test::signIn;
using test::waitFor;

namespace {

// The lawyer signed in to a real server, with a cache, in a shown main window.
struct CachedWindow
{
    test::ServerProcess server;
    QTemporaryDir data;
    QNetworkAccessManager nam;
    store::StoreWorker store;
    std::optional<sync::Workspace> workspace;
    std::optional<ui::MainWindow> window;

    void start()
    {
        REQUIRE(server.start());
        ApiClient login(&nam, server.url());
        workspace.emplace(&nam, server.url(), signIn(login, QStringLiteral("lawyer@demo.test")));
        workspace->setStore(&store, data.path());
        window.emplace(&*workspace);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(&*window));
        workspace->start();
    }
};

} // namespace

TEST_CASE("The main window shows an offline banner while the server is unreachable")
{
    CachedWindow cached;
    cached.start();
    test::ServerProcess &server = cached.server;
    const QUrl url = server.url();
    sync::Workspace &workspace = *cached.workspace;
    ui::MainWindow &window = *cached.window;
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

TEST_CASE("Message search finds saved messages while offline and opens their conversation")
{
    CachedWindow cached;
    cached.start();
    test::ServerProcess &server = cached.server;
    sync::Workspace &workspace = *cached.workspace;
    ui::MainWindow &window = *cached.window;
    store::StoreWorker &store = cached.store;
    REQUIRE(waitFor([&] { return workspace.isOnline(); }));
    // Everything the server sent is in the cache before it goes away.
    store.ping();
    QSignalSpy pong(&store, &store::StoreWorker::pong);
    REQUIRE(waitFor([&] { return !pong.isEmpty(); }));

    server.stop();
    REQUIRE(waitFor([&] { return !window.offlineBanner()->isHidden(); }));
    QLineEdit *search = window.searchEdit();
    CHECK(search->placeholderText() == QStringLiteral("Search messages"));
    CHECK_FALSE(window.isShowingSearch());
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("chronology"));
    CHECK(window.isShowingSearch());
    QListView *results = window.searchResultsView();
    REQUIRE(waitFor([&] { return results->model()->rowCount() >= 1; }));
    CHECK(results->isVisible());
    CHECK(window.searchEmptyLabel()->isHidden());
    const QModelIndex first = results->model()->index(0, 0);
    CHECK(first.data(models::SearchModel::SnippetRole)
              .toString()
              .contains(QStringLiteral("chronology"), Qt::CaseInsensitive));
    // Each result says where it was written: the matter's number and the thread.
    CHECK(first.data(models::SearchModel::PlaceRole)
              .toString()
              .contains(QRegularExpression(QStringLiteral("^2026-01\\d\\d · Case team$"))));
    test::saveScreenshot(&window, QStringLiteral("ui-search.png"));

    // Enter on the first result opens its conversation, offline, from the cache.
    const qint64 conversationId = first.data(models::SearchModel::ConversationIdRole).toLongLong();
    results->setFocus();
    results->setCurrentIndex(first);
    QTest::keyClick(results, Qt::Key_Return);
    REQUIRE(waitFor([&] { return workspace.selectedConversation() == conversationId; }));
    auto timelineHasWord = [&] {
        const models::TimelineModel *timeline = workspace.timeline();
        for (int row = 0; row < timeline->rowCount(); ++row) {
            if (timeline->index(row)
                    .data(models::TimelineModel::BodyRole)
                    .toString()
                    .contains(QStringLiteral("chronology"), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    REQUIRE(waitFor(timelineHasWord));
    REQUIRE(waitFor([&] {
        const QModelIndex current = window.conversationsView()->currentIndex();
        return current.data(models::ConversationsModel::IdRole).toLongLong() == conversationId;
    }));
    // The message found is selected in the timeline.
    const qint64 messageId = first.data(models::SearchModel::IdRole).toLongLong();
    QListView *timelineView = window.conversationView()->timelineView();
    REQUIRE(waitFor([&] {
        return timelineView->currentIndex().data(models::TimelineModel::IdRole).toLongLong()
            == messageId;
    }));
    test::saveScreenshot(&window, QStringLiteral("ui-search-opened.png"));

    // A word found nowhere shows the empty state; Esc goes back to the matters.
    search->setFocus();
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("zebracorn"));
    REQUIRE(waitFor([&] { return window.searchEmptyLabel()->isVisible(); }));
    CHECK(window.searchEmptyLabel()->text() == QStringLiteral("No messages match “zebracorn”."));
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK_FALSE(window.isShowingSearch());
    CHECK(window.mattersView()->isVisible());
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
