// Under Xvfb against the real server: "Show all portal events" (a new external conversation's
// participant_added event is hidden until the box is ticked, then shown as one grey line),
// Delete Message… on your own messages, and Close Matter… / Client Cancelled… turning client
// conversations read-only.
#include "desktoptesthelpers.h"
#include "lawyerwindow.h"
#include "serverprocess.h"
#include "sync/workspace.h"
#include "ui/composer.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "ui/matterdetailsview.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <catch2/catch.hpp>
#include <memory>

using namespace parley;
using models::TimelineModel;
using net::ApiClient;
using test::LawyerWindow;
using test::signIn;
using test::waitFor;

TEST_CASE("Show all portal events shows and hides the event rows of a conversation")
{
    LawyerWindow f;
    ApiClient &api = *f.api;
    const protocol::LoginResponse &session = f.session;
    sync::Workspace &workspace = *f.workspace;
    ui::MainWindow &window = *f.window;
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

TEST_CASE("Delete Message… is offered on your own messages only and shows them as deleted")
{
    LawyerWindow f;
    ApiClient &api = *f.api;
    sync::Workspace &workspace = *f.workspace;
    ui::MainWindow &window = *f.window;
    ApiClient colleague(&f.nam, f.server.url());
    const protocol::LoginResponse other = signIn(colleague, QStringLiteral("paralegal@demo.test"));
    const qint64 matterId = *workspace.selectedMatter();

    protocol::NewConversation request;
    request.matterId = matterId;
    request.kind = QStringLiteral("internal");
    request.title = QStringLiteral("Deleting");
    request.memberIds = { other.user.id };
    auto created = test::await<protocol::Conversation>(
        [&](auto done) { api.createConversation(request, done); });
    REQUIRE(created);
    const auto send = [&](ApiClient &from, const QString &txn, const QString &body) {
        protocol::NewMessage text;
        text.clientTxnId = txn;
        text.kind = QStringLiteral("text");
        text.body = body;
        auto sent = test::await<protocol::Message>(
            [&](auto done) { from.sendMessage(created->id, text, done); });
        REQUIRE(sent);
        return sent->id;
    };
    const qint64 mine
        = send(api, QStringLiteral("del-ui-1"), QStringLiteral("Sent to the wrong matter."));
    const qint64 theirs = send(colleague, QStringLiteral("del-ui-2"), QStringLiteral("Noted."));

    REQUIRE(waitFor([&] { return window.selectConversation(created->id); }));
    TimelineModel *timeline = workspace.timeline();
    const auto rowOf = [&](qint64 id) {
        for (int row = 0; row < timeline->rowCount(); ++row) {
            if (timeline->messageAt(row).id == id)
                return row;
        }
        return -1;
    };
    REQUIRE(waitFor([&] { return rowOf(mine) >= 0 && rowOf(theirs) >= 0; }));
    ui::ConversationView &conversation = *window.conversationView();

    // Someone else's message: no Delete.
    test::openContextMenu(conversation, rowOf(theirs), [&](QMenu *menu) {
        CHECK_FALSE(menu->findChild<QAction *>(QStringLiteral("deleteMessageAction")));
        menu->close();
    });
    // Your own: asked first; saying Delete deletes it for everyone.
    bool asked = false;
    test::openContextMenu(conversation, rowOf(mine), [&](QMenu *menu) {
        test::saveScreenGrab(&window, menu, QStringLiteral("ui-delete-message-menu.png"));
        QTimer::singleShot(300, [&] {
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!question)
                return;
            asked = true;
            CHECK(question->informativeText().contains(QStringLiteral("audit record")));
            for (QAbstractButton *button : question->buttons()) {
                if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        test::choose(menu, QStringLiteral("deleteMessageAction"));
    });
    REQUIRE(waitFor([&] { return asked; }));
    REQUIRE(waitFor([&] { return rowOf(mine) >= 0 && timeline->messageAt(rowOf(mine)).deleted; }));
    CHECK(timeline->messageAt(rowOf(mine)).body.isEmpty());
    CHECK_FALSE(timeline->messageAt(rowOf(theirs)).deleted);
    test::saveScreenshot(&window, QStringLiteral("ui-deleted-message.png"));
    // Deleted already: nothing more to delete.
    test::openContextMenu(conversation, rowOf(mine), [&](QMenu *menu) {
        CHECK_FALSE(menu->findChild<QAction *>(QStringLiteral("deleteMessageAction")));
        menu->close();
    });
}

TEST_CASE("Close Matter… and Client Cancelled… close the client conversations, which turn "
          "read-only")
{
    LawyerWindow f;
    sync::Workspace &workspace = *f.workspace;
    ui::MainWindow &window = *f.window;
    const qint64 matterId = *workspace.selectedMatter();
    // The matter's client conversation, as the lawyer's desktop has it.
    std::optional<qint64> external;
    models::ConversationsModel *conversations = workspace.conversations();
    REQUIRE(waitFor([&] {
        const QModelIndex group
            = conversations->groupIndex(models::ConversationsModel::Group::External);
        if (conversations->matterId() == matterId && conversations->rowCount(group) > 0)
            external = conversations->index(0, 0, group)
                           .data(models::ConversationsModel::IdRole)
                           .toLongLong();
        return external.has_value();
    }));
    REQUIRE(window.selectConversation(*external));
    ui::ConversationView &view = *window.conversationView();
    auto *notice = view.findChild<QLabel *>(QStringLiteral("conversationClosedNotice"));
    REQUIRE(notice);
    CHECK_FALSE(notice->isVisible());
    CHECK(view.composer()->isVisible());

    window.matterPages()->setCurrentIndex(0);
    ui::MatterDetailsView &details = *window.matterDetailsView();
    REQUIRE(waitFor([&] { return details.matter().id == matterId; }));
    REQUIRE(details.closeButton()->isEnabled());
    bool asked = false;
    test::answerNextQuestion(asked, QMessageBox::DestructiveRole);
    QTest::mouseClick(details.closeButton(), Qt::LeftButton);
    CHECK(asked);
    REQUIRE(waitFor([&] { return !details.closeButton()->isEnabled(); }));
    CHECK(details.matter().status == QLatin1String("closed"));
    test::saveScreenshot(&window, QStringLiteral("ui-matter-closed.png"));

    // Sync brings the closing: the conversation says why and takes no new message.
    window.matterPages()->setCurrentIndex(1);
    REQUIRE(window.selectConversation(*external));
    REQUIRE(waitFor([&] { return notice->isVisible(); }));
    CHECK(notice->text().contains(QStringLiteral("the matter was closed")));
    CHECK_FALSE(view.composer()->isVisible());
    test::saveScreenshot(&window, QStringLiteral("ui-conversation-closed.png"));

    // On a matter with two clients, one cancels: only they show as cancelled.
    REQUIRE(window.selectMatterRow(3));
    window.matterPages()->setCurrentIndex(0);
    REQUIRE(waitFor([&] {
        return details.matter().id == *workspace.selectedMatter()
            && details.matter().parties.size() == 2;
    }));
    // Rows of the matter shown before are hidden at once and deleted later.
    const auto cancelActions = [&] {
        QList<QAction *> actions;
        for (QPushButton *more :
            details.findChildren<QPushButton *>(QStringLiteral("partyMoreButton"))) {
            if (!more->isVisible())
                continue;
            REQUIRE(more->menu());
            if (auto *action
                = more->menu()->findChild<QAction *>(QStringLiteral("clientCancelledAction")))
                actions.append(action);
        }
        return actions;
    };
    const QList<QAction *> cancels = cancelActions();
    REQUIRE(cancels.size() == 2);
    asked = false;
    test::answerNextQuestion(asked, QMessageBox::DestructiveRole);
    cancels.first()->trigger();
    CHECK(asked);
    REQUIRE(waitFor([&] {
        return !details.findChildren<QLabel *>(QStringLiteral("partyCancelledLabel")).isEmpty();
    }));
    // The rebuilt rows become visible on the next turn of the event loop.
    CHECK(waitFor([&] { return cancelActions().size() == 1; }));
    CHECK(details.closeButton()->isEnabled());
    test::saveScreenshot(&window, QStringLiteral("ui-client-cancelled.png"));
}
