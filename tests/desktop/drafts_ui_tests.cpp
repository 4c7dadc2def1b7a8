// Drafts and unsent messages in the main window against the real server: the composer's text
// is kept per conversation and across restarts, and a failed message can be retried or
// discarded from its context menu, for good.
#include "desktoptesthelpers.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"
#include "store/storeworker.h"
#include "sync/workspace.h"
#include "ui/composer.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace parley;
using models::ConversationsModel;
using models::TimelineModel;
using net::ApiClient;
using store::OutboxItem;
using store::StoreWorker;
using test::rowsWithBody;
using test::signIn;
using test::waitFor;

namespace {

const QString Lawyer = QStringLiteral("lawyer@demo.test");

// One lawyer's app over a cache that outlives its windows: open() and close() are a start and
// a quit of the app.
struct App
{
    test::ServerProcess server;
    QUrl url;
    QTemporaryDir data;
    QNetworkAccessManager nam;
    protocol::LoginResponse session;
    StoreWorker store;
    std::optional<sync::Workspace> workspace;
    std::optional<ui::MainWindow> window;

    App()
    {
        REQUIRE(server.start());
        url = server.url();
        ApiClient login(&nam, url);
        session = signIn(login, Lawyer);
    }

    void open()
    {
        workspace.emplace(&nam, url, session);
        workspace->setStore(&store, data.path());
        window.emplace(&*workspace);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(&*window));
        workspace->start();
        REQUIRE(waitFor([&] { return workspace->mattersReady(); }, 60000));
        REQUIRE(window->selectMatterRow(1));
        REQUIRE(waitFor([&] { return workspace->conversations()->conversationCount() > 1; }));
    }

    void close()
    {
        window.reset();
        workspace.reset();
    }

    QPlainTextEdit *editor() const { return window->conversationView()->composer()->editor(); }
    QString text() const { return editor()->toPlainText(); }

    void show(qint64 conversationId)
    {
        REQUIRE(window->selectConversation(conversationId));
        REQUIRE(workspace->selectedConversation() == conversationId);
    }

    // Two conversations of the selected matter.
    std::pair<qint64, qint64> twoConversations()
    {
        QList<qint64> ids;
        const ConversationsModel *model = workspace->conversations();
        for (int group = 0; group < ConversationsModel::GroupCount; ++group) {
            const QModelIndex parent = model->index(group, 0);
            for (int row = 0; row < model->rowCount(parent); ++row)
                ids.append(
                    model->index(row, 0, parent).data(ConversationsModel::IdRole).toLongLong());
        }
        REQUIRE(ids.size() >= 2);
        return { ids.at(0), ids.at(1) };
    }

    QList<OutboxItem> outbox()
    {
        QSignalSpy loaded(&store, &StoreWorker::outboxLoaded);
        store.loadOutbox();
        if (!loaded.wait(20000))
            FAIL("the outbox did not load");
        return loaded.at(0).at(0).value<QList<OutboxItem>>();
    }

    // Every store call queued so far has run.
    void settleStore()
    {
        QSignalSpy pong(&store, &StoreWorker::pong);
        store.ping();
        REQUIRE(pong.wait(20000));
    }
};

// Opens the context menu of a timeline row, then runs onMenu with the open menu.
} // namespace

TEST_CASE("The composer keeps a draft per conversation, across restarts, until it is sent")
{
    App app;
    app.open();
    const auto [a, b] = app.twoConversations();
    const QString draftA = QStringLiteral("Dear Ms Keller, regarding the lease");
    const QString draftB = QStringLiteral("Internal: check the deposit clause");

    app.show(a);
    QTest::keyClicks(app.editor(), draftA);
    app.show(b);
    REQUIRE(waitFor([&] { return app.text().isEmpty(); }));
    QTest::keyClicks(app.editor(), draftB);
    app.show(a);
    CHECK(app.text() == draftA);
    app.show(b);
    CHECK(app.text() == draftB);

    // Typed just before quitting: saved without waiting for the typing pause.
    app.show(a);
    QTest::keyClicks(app.editor(), QStringLiteral(" renewal"));
    app.close();
    app.open();
    app.show(b);
    REQUIRE(waitFor([&] { return app.text() == draftB; }));
    app.show(a);
    REQUIRE(waitFor([&] { return app.text() == draftA + QStringLiteral(" renewal"); }));

    // A pause in typing saves too, with no switch.
    QTest::keyClicks(app.editor(), QStringLiteral(" terms"));
    QTest::qWait(900);
    app.settleStore();
    {
        QSignalSpy loaded(&app.store, &StoreWorker::draftLoaded);
        app.store.loadDraft(a);
        REQUIRE(loaded.wait());
        CHECK(loaded.at(0).at(1).toString() == draftA + QStringLiteral(" renewal terms"));
    }

    // Sending clears the draft, and it stays cleared after a restart.
    app.show(b);
    REQUIRE(waitFor([&] { return app.text() == draftB; }));
    QTest::keyClick(app.editor(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(app.text().isEmpty());
    TimelineModel *timeline = app.workspace->timeline();
    REQUIRE(waitFor([&] { return app.workspace->pendingCount() == 0; }));
    CHECK(rowsWithBody(timeline, draftB) == 1);
    app.close();
    app.open();
    app.show(b);
    app.show(a);
    REQUIRE(waitFor([&] { return app.text() == draftA + QStringLiteral(" renewal terms"); }));
    app.show(b);
    app.settleStore();
    QTest::qWait(50);
    CHECK(app.text().isEmpty());
}

TEST_CASE("Without a cache, drafts are kept per conversation for the session")
{
    test::ServerProcess &server = test::demoServer();
    QNetworkAccessManager nam;
    ApiClient login(&nam, server.url());
    sync::Workspace workspace(&nam, server.url(), signIn(login, Lawyer));
    ui::MainWindow window(&workspace);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    workspace.start();
    REQUIRE(waitFor([&] { return workspace.mattersReady(); }));
    REQUIRE(window.selectMatterRow(1));
    REQUIRE(waitFor([&] { return workspace.conversations()->conversationCount() > 1; }));
    REQUIRE(window.selectFirstConversation());
    const qint64 a = *workspace.selectedConversation();
    qint64 b = 0;
    const ConversationsModel *model = workspace.conversations();
    for (int group = 0; group < ConversationsModel::GroupCount && !b; ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent) && !b; ++row) {
            const qint64 id
                = model->index(row, 0, parent).data(ConversationsModel::IdRole).toLongLong();
            if (id != a)
                b = id;
        }
    }
    REQUIRE(b != 0);
    QPlainTextEdit *editor = window.conversationView()->composer()->editor();
    QTest::keyClicks(editor, QStringLiteral("memo for A"));
    REQUIRE(window.selectConversation(b));
    CHECK(editor->toPlainText().isEmpty());
    QTest::keyClicks(editor, QStringLiteral("memo for B"));
    REQUIRE(window.selectConversation(a));
    CHECK(editor->toPlainText() == QStringLiteral("memo for A"));
    REQUIRE(window.selectConversation(b));
    CHECK(editor->toPlainText() == QStringLiteral("memo for B"));
}

TEST_CASE("A failed message is retried or discarded from its context menu, and a discarded one "
          "does not come back")
{
    App app;
    app.open();
    const qint64 conversation = app.twoConversations().first;
    app.close();

    // Two items an older client could have left: one over the limit (the server refuses it),
    // one that failed once and would go through now.
    OutboxItem tooLong;
    tooLong.clientTxnId = QStringLiteral("over-the-limit-1");
    tooLong.conversationId = conversation;
    tooLong.body = QStringLiteral("Settlement draft: ")
        + QString(protocol::Limits().messageChars, QLatin1Char('x'));
    tooLong.createdAt = QDateTime::currentDateTimeUtc();
    OutboxItem again;
    again.clientTxnId = QStringLiteral("failed-once-1");
    again.conversationId = conversation;
    again.body = QStringLiteral("Please sign page 4 and send it back.");
    again.createdAt = QDateTime::currentDateTimeUtc();
    {
        store::CacheDatabase database(
            store::CacheDatabase::pathFor(app.data.path(), app.url, Lawyer));
        REQUIRE(database.open().ok());
        store::CacheStore cache(&database);
        REQUIRE(cache.enqueue(tooLong).ok());
        REQUIRE(cache.enqueue(again).ok());
        REQUIRE(cache
                    .markFailed(again.clientTxnId,
                        protocol::Error::make(
                            protocol::ErrorCode::NetworkError, QStringLiteral("unreachable")))
                    .ok());
    }

    app.open();
    sync::Workspace &workspace = *app.workspace;
    app.show(conversation);
    TimelineModel *timeline = workspace.timeline();
    const auto stateOf = [&](const QString &txn) {
        const int row = timeline->rowOfTxn(txn);
        return row < 0 ? std::optional<TimelineModel::SendState>()
                       : std::optional(timeline->sendState(row));
    };
    REQUIRE(waitFor(
        [&] { return stateOf(tooLong.clientTxnId) == TimelineModel::SendState::Failed; }, 60000));
    REQUIRE(stateOf(again.clientTxnId) == TimelineModel::SendState::Failed);
    QTest::qWait(200);

    // Discard: the menu, the question quoting the text, then the row and the item are gone.
    bool asked = false;
    test::openContextMenu(
        *app.window->conversationView(), timeline->rowOfTxn(tooLong.clientTxnId), [&](QMenu *menu) {
            auto *retry = menu->findChild<QAction *>(QStringLiteral("retryAction"));
            CHECK((retry && retry->isEnabled()));
            test::saveScreenGrab(&*app.window, menu, QStringLiteral("ui-discard-menu.png"));
            QTimer::singleShot(300, [&] {
                auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!question)
                    return;
                asked = true;
                // The question quotes the start of the text, not all of it.
                const QString quoted = question->informativeText();
                CHECK(quoted.startsWith(tooLong.body.left(40)));
                CHECK(quoted.size() < 200);
                auto *discard = question->findChild<QPushButton *>(QStringLiteral("discardButton"));
                CHECK(discard);
                if (discard)
                    discard->click();
                else
                    question->reject();
            });
            test::choose(menu, QStringLiteral("discardAction"));
        });
    REQUIRE(waitFor([&] { return asked; }));
    CHECK(timeline->rowOfTxn(tooLong.clientTxnId) < 0);
    QList<OutboxItem> items = app.outbox();
    REQUIRE(items.size() == 1);
    CHECK(items.at(0).clientTxnId == again.clientTxnId);

    // Retry from the menu sends the other one, once.
    test::openContextMenu(*app.window->conversationView(), timeline->rowOfTxn(again.clientTxnId),
        [&](QMenu *menu) { test::choose(menu, QStringLiteral("retryAction")); });
    REQUIRE(waitFor([&] { return stateOf(again.clientTxnId) == TimelineModel::SendState::Sent; }));
    REQUIRE(waitFor([&] { return app.outbox().isEmpty(); }));

    // After a restart neither comes back as unsent; the retried one is there, once.
    app.close();
    app.open();
    app.show(conversation);
    timeline = app.workspace->timeline();
    REQUIRE(waitFor([&] { return rowsWithBody(timeline, again.body) == 1; }));
    app.settleStore();
    QTest::qWait(200);
    CHECK(timeline->rowOfTxn(tooLong.clientTxnId) < 0);
    CHECK(app.workspace->pendingCount() == 0);
    CHECK(rowsWithBody(timeline, again.body) == 1);
}
