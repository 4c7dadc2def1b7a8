// The Notification Center and tray notifications under Xvfb against the real server: a
// client's reply (made through the server's own services on its database, as the portal will;
// a colleague's message then wakes the stream) raises an alert and a desktop notification; a
// protected conversation's text stays out of the notification; Do Not Disturb keeps quiet
// while the list still fills; opening an alert marks it read and opens its conversation.
#include "app/servercontext.h"
#include "desktoptesthelpers.h"
#include "serverprocess.h"
#include "store/userstore.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"
#include "ui/notificationcenter.h"
#include "ui/timelinedelegate.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using sync::AlertCenter;
using test::signIn;
using test::waitFor;

TEST_CASE("A client's reply raises an alert and a tray message; protected text stays private; "
          "do not disturb keeps quiet")
{
    test::ServerProcess server;
    REQUIRE(server.start());
    QNetworkAccessManager nam;
    ApiClient api(&nam, server.url());
    const protocol::LoginResponse session = signIn(api, QStringLiteral("lawyer@demo.test"));
    sync::Workspace workspace(&nam, server.url(), session);
    ui::MainWindow window(&workspace);
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::NotificationCenter *center = window.notificationCenter();
    center->setDoNotDisturb(false);
    workspace.start();
    REQUIRE(waitFor([&] { return workspace.mattersReady() && workspace.isOnline(); }));
    REQUIRE(window.selectMatterRow(0));
    const protocol::Matter matter = *workspace.matters()->matter(*workspace.selectedMatter());
    std::optional<protocol::Party> client;
    for (const protocol::Party &party : matter.parties) {
        if (party.role == QLatin1String("client") && !client)
            client = party;
    }
    REQUIRE(client);
    auto conversations = test::await<QList<protocol::Conversation>>(
        [&](auto done) { api.conversations(matter.id, done); });
    REQUIRE(conversations);
    std::optional<qint64> open;
    std::optional<qint64> internal;
    for (const protocol::Conversation &conversation : conversations.value()) {
        if (conversation.kind == QLatin1String("external") && !conversation.requireMfa)
            open = conversation.id;
        if (conversation.kind == QLatin1String("internal"))
            internal = conversation.id;
    }
    REQUIRE(open);
    REQUIRE(internal);
    protocol::NewConversation protectedRequest;
    protectedRequest.matterId = matter.id;
    protectedRequest.kind = QStringLiteral("external");
    protectedRequest.title = QStringLiteral("Protected");
    protectedRequest.requireMfa = true;
    protectedRequest.memberIds = { client->userId };
    auto secret = test::await<protocol::Conversation>(
        [&](auto done) { api.createConversation(protectedRequest, done); });
    REQUIRE(secret);

    // The client writes (through the server's services); a colleague's note wakes the stream.
    server::ServerContext serverSide { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(serverSide.open(server.dataDir()));
    auto record = server::UserStore(serverSide.db()).findByEmail(client->email);
    REQUIRE(record);
    REQUIRE(record.value());
    const server::Principal clientPrincipal { record.value()->user, record.value()->firmId };
    int txn = 0;
    const auto clientWrites = [&](qint64 conversation, const QString &body) {
        protocol::NewMessage message;
        message.clientTxnId = QStringLiteral("client-%1").arg(++txn);
        message.body = body;
        REQUIRE(
            serverSide.messages().send(clientPrincipal, conversation, message, protocol::Limits()));
        protocol::NewMessage note;
        note.clientTxnId = QStringLiteral("note-%1").arg(txn);
        note.body = QStringLiteral("(internal note %1)").arg(txn);
        REQUIRE(test::await<protocol::Message>(
            [&](auto done) { api.sendMessage(*internal, note, done); }));
    };
    AlertCenter *alerts = workspace.alerts();
    QSignalSpy tray(&window, &ui::MainWindow::trayMessageShown);

    clientWrites(*open, QStringLiteral("I have signed the settlement."));
    REQUIRE(waitFor([&] { return alerts->rowCount() == 1; }, 30000));
    CHECK(alerts->index(0).data(AlertCenter::TitleRole).toString()
        == QStringLiteral("%1 replied").arg(client->name));
    CHECK(alerts->index(0).data(AlertCenter::UnreadRole).toBool());
    CHECK(window.notificationsButton()->text() == QStringLiteral("Notifications (1)"));
    REQUIRE(tray.count() == 1);
    CHECK(tray.first().at(0).toString() == QStringLiteral("%1 replied").arg(client->name));
    CHECK(tray.first().at(1).toString() == QStringLiteral("I have signed the settlement."));

    // A protected conversation: the pane shows the words (inside the app), the tray does not.
    clientWrites(secret->id, QStringLiteral("My account number is 12345678."));
    REQUIRE(waitFor([&] { return alerts->rowCount() == 2; }, 30000));
    REQUIRE(tray.count() == 2);
    CHECK_FALSE(tray.last().at(1).toString().contains(QStringLiteral("12345678")));
    CHECK(tray.last().at(1).toString().contains(QStringLiteral("protected")));

    // Do not disturb (View menu): the alert is listed, nothing pops up.
    auto *quiet = window.findChild<QAction *>(QStringLiteral("doNotDisturbAction"));
    REQUIRE(quiet);
    quiet->trigger();
    CHECK(center->doNotDisturb());
    clientWrites(*open, QStringLiteral("Also: I will be away next week."));
    REQUIRE(waitFor([&] { return alerts->rowCount() == 3; }, 30000));
    CHECK(tray.count() == 2);
    CHECK(window.notificationsButton()->text() == QStringLiteral("Notifications (3)"));
    // Colleagues' messages are not alerts.
    CHECK(alerts->unreadCount() == 3);

    QTest::mouseClick(window.notificationsButton(), Qt::LeftButton);
    CHECK(window.notificationDock()->isVisible());
    QTest::qWait(200);
    test::saveScreenshot(&window, QStringLiteral("ui-notification-center.png"));

    // Opening the newest alert marks it read and opens its conversation at the message.
    center->activate(0);
    CHECK_FALSE(alerts->index(0).data(AlertCenter::UnreadRole).toBool());
    CHECK(alerts->unreadCount() == 2);
    CHECK(window.notificationsButton()->text() == QStringLiteral("Notifications (2)"));
    REQUIRE(waitFor([&] { return workspace.selectedConversation() == open; }));
    // Mark All Read empties the count.
    QTest::mouseClick(
        center->findChild<QPushButton *>(QStringLiteral("markAllReadButton")), Qt::LeftButton);
    CHECK(alerts->unreadCount() == 0);
    CHECK(window.notificationsButton()->text() == QStringLiteral("Notifications"));
    quiet->trigger(); // leave the setting as it was

    // A reply that came by text message says so in the thread.
    protocol::NewMessage texted;
    texted.clientTxnId = QStringLiteral("sms:SM-ui-test");
    texted.body = QStringLiteral("Got it, thanks.");
    auto bySms = serverSide.messages().send(
        clientPrincipal, *open, texted, protocol::Limits(), QStringLiteral("sms"));
    REQUIRE(bySms);
    protocol::NewMessage wake;
    wake.clientTxnId = QStringLiteral("note-sms");
    wake.body = QStringLiteral("(internal note)");
    REQUIRE(
        test::await<protocol::Message>([&](auto done) { api.sendMessage(*internal, wake, done); }));
    models::TimelineModel *timeline = workspace.timeline();
    REQUIRE(waitFor([&] { return timeline->rowOfId(bySms->message.id) >= 0; }, 30000));
    CHECK(ui::TimelineDelegate::timeText(timeline->index(timeline->rowOfId(bySms->message.id)))
              .endsWith(QStringLiteral(" · by text message")));
}
