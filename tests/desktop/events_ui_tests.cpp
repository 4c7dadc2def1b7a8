// "Show all portal events" under Xvfb against the real server: a new external conversation's
// participant_added event is hidden until the box is ticked, then shown as one grey line.
#include "desktoptesthelpers.h"
#include "serverprocess.h"
#include "sync/workspace.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "uitesthelpers.h"

#include <QCheckBox>
#include <QListView>
#include <QNetworkAccessManager>
#include <catch2/catch.hpp>

using namespace parley;
using models::TimelineModel;
using net::ApiClient;
using test::signIn;
using test::waitFor;

TEST_CASE("Show all portal events shows and hides the event rows of a conversation")
{
    test::ServerProcess server; // its own: the new conversation must not disturb other tests
    REQUIRE(server.start());
    QNetworkAccessManager nam;
    ApiClient api(&nam, server.url());
    const protocol::LoginResponse session = signIn(api, QStringLiteral("lawyer@demo.test"));
    sync::Workspace workspace(&nam, server.url(), session);
    ui::MainWindow window(&workspace);
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    workspace.start();
    REQUIRE(waitFor([&] { return workspace.mattersReady(); }));
    REQUIRE(window.selectMatterRow(0));
    const protocol::Matter matter = *workspace.matters()->matter(*workspace.selectedMatter());
    std::optional<protocol::Party> client;
    for (const protocol::Party &party : matter.parties) {
        if (party.role == QLatin1String("client") && !client)
            client = party;
    }
    REQUIRE(client);

    protocol::NewConversation request;
    request.matterId = matter.id;
    request.kind = QStringLiteral("external");
    request.title = QStringLiteral("Portal events");
    request.memberIds = { client->userId };
    auto created = test::await<protocol::Conversation>(
        [&](auto done) { api.createConversation(request, done); });
    REQUIRE(created);
    protocol::NewMessage text;
    text.clientTxnId = QStringLiteral("events-ui-1");
    text.kind = QStringLiteral("text");
    text.body = QStringLiteral("Welcome to the portal.");
    REQUIRE(test::await<protocol::Message>(
        [&](auto done) { api.sendMessage(created->id, text, done); }));

    REQUIRE(waitFor([&] { return window.selectConversation(created->id); }));
    TimelineModel *timeline = workspace.timeline();
    REQUIRE(waitFor([&] { return timeline->rowCount() == 2; }));
    int eventRow = -1;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        if (timeline->messageAt(row).kind == QLatin1String("event"))
            eventRow = row;
    }
    REQUIRE(eventRow >= 0);
    const QString expected = QStringLiteral("%1 added %2").arg(session.user.name, client->name);
    REQUIRE(waitFor([&] {
        return timeline->index(eventRow).data(TimelineModel::EventTextRole).toString() == expected;
    }));

    ui::ConversationView *conversation = window.conversationView();
    QCheckBox *box = conversation->showEventsCheck();
    QListView *view = conversation->timelineView();
    REQUIRE(box->isVisible());
    CHECK(box->text().remove(QLatin1Char('&')) == QStringLiteral("Show all portal events"));
    CHECK((box->focusPolicy() & Qt::TabFocus));
    CHECK_FALSE(box->isChecked());
    // Off: the event is not among the view's rows, the message is.
    CHECK(view->model()->rowCount() == 1);
    CHECK_FALSE(conversation->viewIndex(eventRow).isValid());
    CHECK(view->model()->index(0, 0).data(TimelineModel::KindRole).toString()
        == QStringLiteral("text"));
    QTest::qWait(200);
    test::saveScreenshot(&window, QStringLiteral("ui-events-off.png"));

    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    REQUIRE(box->isChecked());
    CHECK(view->model()->rowCount() == 2);
    const QModelIndex shown = conversation->viewIndex(eventRow);
    REQUIRE(shown.isValid());
    CHECK(shown.data(Qt::DisplayRole).toString() == expected);
    CHECK(shown.data(TimelineModel::EventTextRole).toString() == expected);
    CHECK(view->visualRect(shown).height() > 0);
    QTest::qWait(200);
    test::saveScreenshot(&window, QStringLiteral("ui-events-on.png"));

    // The choice stays while another matter's conversations are shown, and the keyboard
    // turns it off.
    REQUIRE(window.selectMatterRow(1));
    REQUIRE(window.selectMatterRow(0));
    REQUIRE(waitFor([&] { return window.selectConversation(created->id); }));
    REQUIRE(waitFor([&] { return timeline->rowCount() == 2; }));
    CHECK(box->isChecked());
    CHECK(view->model()->rowCount() == 2);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    CHECK_FALSE(box->isChecked());
    CHECK(view->model()->rowCount() == 1);
}
