// MainWindow under Xvfb against the real server: the lawyer's matters, sending with
// Ctrl+Enter (pending, then one sent row), live messages, the composer's limit, and a failed
// send retried by double-click.
#include "desktoptesthelpers.h"
#include "sync/workspace.h"
#include "ui/composer.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace parley;
using models::ConversationsModel;
using models::MattersModel;
using models::TimelineModel;
using net::ApiClient;
using test::await;
using test::DemoPassword;
using test::rowsWithBody;
using test::saveScreenshot;
using test::signIn;
using test::waitFor;

TEST_CASE("The main window shows the lawyer's matters, sends with Ctrl+Enter and shows live "
          "messages")
{
    QNetworkAccessManager nam;
    ApiClient login(&nam, test::demoServer().url());
    const protocol::LoginResponse session = signIn(login, QStringLiteral("lawyer@demo.test"));

    sync::Workspace workspace(&nam, test::demoServer().url(), session);
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
    ApiClient partner(&nam, test::demoServer().url());
    signIn(partner, QStringLiteral("partner@demo.test"));
    auto all = await<QList<protocol::Matter>>([&](auto done) { partner.matters(done); });
    REQUIRE(all.ok());
    for (const protocol::Matter &matter : all.value()) {
        if (matter.restricted)
            CHECK(matters->rowOf(matter.id) == -1);
    }
    REQUIRE(
        waitFor([&] { return workspace.stream()->state() == net::StreamClient::State::Online; }));

    auto *emptyState = window.findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    REQUIRE(emptyState);
    CHECK(emptyState->isVisible());
    CHECK(emptyState->text().contains(QStringLiteral("Select a matter")));
    saveScreenshot(&window, QStringLiteral("ui-empty.png"));

    // The filter matches number, title and client.
    QListView *mattersView = window.mattersView();
    const QString client = matters->index(1).data(MattersModel::ClientNameRole).toString();
    QTest::keyClicks(window.filterEdit(), client);
    CHECK(mattersView->model()->rowCount() == 1);
    QTest::keyClick(window.filterEdit(), Qt::Key_Return); // opens the only match
    CHECK(workspace.selectedMatter() == matters->at(1).id);
    window.filterEdit()->clear();
    CHECK(mattersView->model()->rowCount() == matters->rowCount());

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
    ApiClient paralegal(&nam, test::demoServer().url());
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

    // Another matter: its conversations replace the first one's, and nothing is open.
    REQUIRE(window.selectMatterRow(2));
    REQUIRE(waitFor([&] {
        return conversations->matterId() == matters->at(2).id
            && conversations->rowCount(conversations->groupIndex(ConversationsModel::External)) > 0;
    }));
    CHECK_FALSE(conversations->indexOf(conversationId).isValid());
    CHECK_FALSE(workspace.selectedConversation().has_value());
    CHECK(timeline->rowCount() == 0);
    CHECK(emptyState->isVisible());
    CHECK(emptyState->text().contains(QStringLiteral("Select a conversation")));
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
    const QModelIndex failed = window.conversationView()->viewIndex(timeline->rowOfTxn(txn));
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

TEST_CASE("The main window's size and pane widths come back from a saved layout")
{
    QNetworkAccessManager nam;
    ApiClient login(&nam, test::demoServer().url());
    const protocol::LoginResponse session = signIn(login, QStringLiteral("lawyer@demo.test"));
    sync::Workspace workspace(&nam, test::demoServer().url(), session);

    QByteArray layout;
    QList<int> widths;
    {
        ui::MainWindow first(&workspace);
        first.resize(1100, 720);
        first.show();
        REQUIRE(QTest::qWaitForWindowExposed(&first));
        auto *panes = first.findChild<QSplitter *>(QStringLiteral("panesSplitter"));
        REQUIRE(panes);
        panes->setSizes({ 260, 300, 500 });
        widths = panes->sizes();
        layout = first.saveLayout();
    }
    CHECK_FALSE(layout.isEmpty());

    ui::MainWindow second(&workspace);
    auto *panes = second.findChild<QSplitter *>(QStringLiteral("panesSplitter"));
    REQUIRE(panes);
    const QList<int> defaults = panes->sizes();
    // Unreadable settings keep the default layout.
    CHECK_FALSE(second.restoreLayout(QByteArray("not a layout")));
    CHECK_FALSE(second.restoreLayout({}));
    CHECK(panes->sizes() == defaults);

    REQUIRE(second.restoreLayout(layout));
    second.show();
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    CHECK(second.size() == QSize(1100, 720));
    CHECK(panes->sizes() == widths);
}

TEST_CASE("Help ▸ About Parley names the version, the server and the account")
{
    QNetworkAccessManager nam;
    ApiClient login(&nam, test::demoServer().url());
    const protocol::LoginResponse session = signIn(login, QStringLiteral("lawyer@demo.test"));
    sync::Workspace workspace(&nam, test::demoServer().url(), session);
    ui::MainWindow window(&workspace);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    REQUIRE(about);
    CHECK(about->text() == QStringLiteral("&About Parley"));

    QString text;
    QString details;
    QTimer::singleShot(0, [&] {
        // No REQUIRE here: an exception must not cross the dialog's event loop.
        waitFor([] { return QApplication::activeModalWidget() != nullptr; });
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        CHECK(box);
        if (!box)
            return;
        CHECK(box->objectName() == QStringLiteral("aboutBox"));
        text = box->text();
        details = box->informativeText();
        saveScreenshot(box, QStringLiteral("ui-about.png"));
        box->accept();
    });
    about->trigger();
    CHECK(text.contains(QStringLiteral("Parley %1").arg(QStringLiteral(PARLEY_VERSION))));
    CHECK(details.contains(QStringLiteral("lawyer@demo.test")));
    CHECK(details.contains(test::demoServer().url().toDisplayString()));
    CHECK(details.contains(QString::fromLatin1(qVersion())));
}
