// The matter window under Xvfb against the real demo server: a tab per open matter, its
// Matter and Messages pages, the All Files pane with Send/Share ▸ Client Portal… and its
// dialog, recently opened matters first, and Next Unread.
#include "desktoptesthelpers.h"
#include "models/documentsmodel.h"
#include "serverprocess.h"
#include "store/storeworker.h"
#include "sync/workspace.h"
#include "ui/allfilespane.h"
#include "ui/composer.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "ui/matterdetailsview.h"
#include "ui/newconversationdialog.h"
#include "ui/sharefilesdialog.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUuid>
#include <catch2/catch.hpp>
#include <optional>

using namespace parley;
using models::DocumentsModel;
using net::ApiClient;
using test::signIn;
using test::waitFor;

namespace {

void saveScreen(const QString &name)
{
    const QString dir = qEnvironmentVariable("PARLEY_BUILD_DIR") + QStringLiteral("/screenshots");
    REQUIRE(QGuiApplication::primaryScreen()->grabWindow(0).save(dir + QLatin1Char('/') + name));
}

// The lawyer's main window over a server (the shared demo one unless given), shown at a
// size that fits every pane, with the matters loaded; a cache when a store is given.
struct LawyerWindow
{
    QNetworkAccessManager nam;
    std::optional<sync::Workspace> workspace;
    std::optional<ui::MainWindow> window;

    explicit LawyerWindow(const QUrl &server = test::demoServer().url(),
        store::StoreWorker *store = nullptr, const QString &dataDir = {})
    {
        ApiClient login(&nam, server);
        workspace.emplace(&nam, server, signIn(login, QStringLiteral("lawyer@demo.test")));
        if (store)
            workspace->setStore(store, dataDir);
        window.emplace(&*workspace);
        window->resize(1280, 820);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(&*window));
        workspace->start();
        REQUIRE(waitFor([&] { return workspace->mattersReady(); }));
    }
};

} // namespace

TEST_CASE("A matter opens in its own tab with Matter and Messages pages and its files")
{
    LawyerWindow lawyer;
    sync::Workspace &workspace = *lawyer.workspace;
    ui::MainWindow &window = *lawyer.window;

    // Nothing open: no tabs, no Matter page, no files.
    CHECK(window.openMattersBar()->isHidden());
    CHECK(window.allFilesPane()->isHidden());
    CHECK_FALSE(window.matterPages()->isTabVisible(0));

    REQUIRE(window.selectMatterRow(0));
    const qint64 first = *workspace.selectedMatter();
    REQUIRE(window.selectMatterRow(1));
    const qint64 second = *workspace.selectedMatter();
    CHECK(window.openMatterIds() == QList<qint64> { first, second });
    CHECK(window.openMattersBar()->isVisible());
    CHECK(window.openMattersBar()->currentIndex() == 1);
    // Selecting the same matter again does not open a second tab.
    REQUIRE(window.selectMatterRow(1));
    CHECK(window.openMatterIds().size() == 2);

    // Clicking a tab brings its matter back.
    QTabBar *tabs = window.openMattersBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
    REQUIRE(waitFor([&] { return workspace.selectedMatter() == first; }));

    // The Matter page shows the matter's details.
    REQUIRE(window.matterPages()->isTabVisible(0));
    window.matterPages()->setCurrentIndex(0);
    CHECK(window.matterDetailsView()->matter().id == first);
    CHECK(window.matterDetailsView()->isVisible());

    // Its Message button opens New Message with the matter's clients chosen.
    QList<ui::NewConversationDialog *> dialogs;
    QObject::connect(&window, &ui::MainWindow::newConversationDialogOpened, &window,
        [&](ui::NewConversationDialog *dialog) { dialogs.append(dialog); });
    QTest::mouseClick(window.matterDetailsView()->messageButton(), Qt::LeftButton);
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.first()->mode() == ui::NewConversationDialog::Mode::ClientMessage);
    CHECK(dialogs.first()->matterId() == first);
    CHECK(dialogs.first()->recipientIds() == window.matterDetailsView()->clientRecipients());
    dialogs.first()->done(QDialog::Rejected);
    // File ▸ New Direct Message… starts one with colleagues, on no matter.
    auto *direct = window.findChild<QAction *>(QStringLiteral("newDirectMessageAction"));
    REQUIRE(direct);
    direct->trigger();
    REQUIRE(dialogs.size() == 2);
    CHECK(dialogs.last()->mode() == ui::NewConversationDialog::Mode::DirectMessage);
    CHECK_FALSE(dialogs.last()->matterId().has_value());
    dialogs.last()->done(QDialog::Rejected);

    // All Files: the demo matter's five documents.
    ui::AllFilesPane *files = window.allFilesPane();
    CHECK(files->isVisible());
    REQUIRE(waitFor([&] { return files->model()->rowCount() == 5; }));
    CHECK(files->view()->isVisible());
    CHECK(files->stateLabel()->isHidden());
    test::saveScreenshot(&window, QStringLiteral("ui-matter-window.png"));

    // Closing the open tab shows the other matter.
    QSignalSpy closeRequested(tabs, &QTabBar::tabCloseRequested);
    Q_EMIT tabs->tabCloseRequested(0);
    CHECK(window.openMatterIds() == QList<qint64> { second });
    REQUIRE(waitFor([&] { return workspace.selectedMatter() == second; }));
    Q_EMIT tabs->tabCloseRequested(0);
    CHECK(window.openMatterIds().isEmpty());
    CHECK_FALSE(workspace.selectedMatter().has_value());
    CHECK(files->isHidden());
}

TEST_CASE("All Files: right-click Share ▸ Client Portal… opens a dialog that sends nothing yet")
{
    LawyerWindow lawyer;
    sync::Workspace &workspace = *lawyer.workspace;
    ui::MainWindow &window = *lawyer.window;
    REQUIRE(window.selectMatterRow(0));
    const protocol::Matter matter = *workspace.matters()->matter(*workspace.selectedMatter());
    ui::AllFilesPane *files = window.allFilesPane();
    REQUIRE(waitFor([&] { return files->model()->rowCount() == 5; }));

    // Sorted by name; a click on the Size header sorts by size, not by its text.
    QTreeView *view = files->view();
    QAbstractItemModel *shown = view->model();
    CHECK(shown->index(0, DocumentsModel::NameColumn).data().toString()
        == QStringLiteral("Chronology.docx"));
    view->sortByColumn(DocumentsModel::SizeColumn, Qt::DescendingOrder);
    CHECK(shown->index(0, DocumentsModel::NameColumn).data().toString()
        == QStringLiteral("Correspondence with opposing counsel.pdf"));
    view->sortByColumn(DocumentsModel::NameColumn, Qt::AscendingOrder);

    // Shared files carry the link icon, an SVG that stays sharp on high-DPI screens.
    const QIcon sharedIcon = QIcon(QStringLiteral(":/icons/shared.svg"));
    REQUIRE_FALSE(sharedIcon.isNull());
    CHECK(sharedIcon.pixmap(QSize(16, 16), 2.0).size() == QSize(32, 32));
    for (auto name : { "newMessageAction", "nextUnreadAction" }) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK_FALSE(action->icon().isNull());
    }

    // Nothing chosen: Send and Share are there but disabled.
    {
        std::unique_ptr<QMenu> menu(files->contextMenu());
        auto *send = menu->findChild<QMenu *>(QStringLiteral("sendMenu"));
        REQUIRE(send);
        CHECK_FALSE(send->isEnabled());
    }

    // Right-click the settlement draft.
    int draftRow = -1;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data().toString() == QStringLiteral("Settlement draft.docx"))
            draftRow = row;
    }
    REQUIRE(draftRow >= 0);
    const QRect rect = view->visualRect(shown->index(draftRow, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    // What the platform sends on a right-click (QTest's mouse events carry no context menu).
    QContextMenuEvent rightClick(
        QContextMenuEvent::Mouse, rect.center(), view->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(view->viewport(), &rightClick);
    QMenu *menu = nullptr;
    REQUIRE(waitFor([&] {
        menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return menu != nullptr;
    }));
    CHECK(menu->objectName() == QStringLiteral("allFilesMenu"));
    auto *share = menu->findChild<QMenu *>(QStringLiteral("shareMenu"));
    REQUIRE(share);
    CHECK(share->isEnabled());
    CHECK(share->title() == QStringLiteral("S&hare"));
    auto *portal = share->findChild<QAction *>(QStringLiteral("shareOnPortalAction"));
    REQUIRE(portal);
    CHECK(portal->text() == QStringLiteral("Client &Portal…"));
    share->popup(menu->geometry().topRight());
    QTest::qWait(100);
    saveScreen(QStringLiteral("ui-all-files-menu.png"));
    share->close();
    menu->close();

    ui::ShareFilesDialog *dialog = nullptr;
    int dialogs = 0;
    QObject::connect(
        files, &ui::AllFilesPane::dialogOpened, files, [&](ui::ShareFilesDialog *opened) {
            dialog = opened;
            ++dialogs;
        });
    portal->trigger();
    REQUIRE(dialogs == 1);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->mode() == ui::ShareFilesDialog::Mode::Share);
    CHECK(dialog->fileNames() == QStringList { QStringLiteral("Settlement draft.docx") });
    QList<qint64> clients;
    for (const protocol::Party &party : matter.parties) {
        if (party.role == QLatin1String("client"))
            clients.append(party.userId);
    }
    CHECK(dialog->chosenRecipients() == clients);
    // Clients chosen and a file listed: it can be confirmed; with no client, it says why not.
    CHECK(dialog->confirmButton()->isEnabled());
    CHECK(dialog->confirmButton()->text() == QStringLiteral("Share"));
    CHECK_FALSE(dialog->notice()->isVisible());
    dialog->addLocalFiles({ QStringLiteral("/tmp/Witness statement.pdf") });
    CHECK(dialog->fileNames().last() == QStringLiteral("Witness statement.pdf"));
    CHECK(dialog->localFiles() == QStringList { QStringLiteral("/tmp/Witness statement.pdf") });
    auto *recipients = dialog->findChild<QListWidget *>(QStringLiteral("shareRecipients"));
    REQUIRE(recipients);
    for (int row = 0; row < recipients->count(); ++row)
        recipients->item(row)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(dialog->confirmButton()->isEnabled());
    CHECK(dialog->notice()->text() == QStringLiteral("Choose at least one client."));
    recipients->item(0)->setCheckState(Qt::Checked);
    test::saveScreenshot(dialog, QStringLiteral("ui-share-dialog.png"));
    dialog->reject();
}

TEST_CASE("Matters opened recently list first; Next Unread jumps to an unread conversation")
{
    store::StoreWorker::registerMetaTypes();
    test::ServerProcess server;
    REQUIRE(server.start());
    QTemporaryDir data;
    store::StoreWorker store;
    LawyerWindow lawyer(server.url(), &store, data.path());
    sync::Workspace &workspace = *lawyer.workspace;
    ui::MainWindow &window = *lawyer.window;
    QAbstractItemModel *listed = window.mattersView()->model();
    auto idAt = [&](int row) {
        return listed->index(row, 0).data(models::MattersModel::IdRole).toLongLong();
    };

    // Opening the fourth matter, then the sixth, puts them on top, most recent first.
    const qint64 fourth = idAt(3);
    const qint64 sixth = idAt(5);
    REQUIRE(window.selectMatterRow(3));
    REQUIRE(waitFor([&] { return idAt(0) == fourth; }));
    REQUIRE(window.selectMatterRow(5));
    REQUIRE(waitFor([&] { return idAt(0) == sixth && idAt(1) == fourth; }));
    CHECK(window.recentMatters().mid(0, 2) == QList<qint64> { sixth, fourth });
    // The rest stay in number order.
    CHECK(listed->index(2, 0).data(models::MattersModel::NumberRole).toString()
        < listed->index(3, 0).data(models::MattersModel::NumberRole).toString());
    // The app restores them at the next start.
    ui::MainWindow again(&workspace);
    again.setRecentMatters({ fourth, sixth });
    CHECK(again.mattersView()->model()->index(0, 0).data(models::MattersModel::IdRole) == fourth);

    // Nothing has been read in the demo firm: Next Unread opens a conversation with unread
    // messages.
    REQUIRE(waitFor([&] {
        for (int row = 0; row < listed->rowCount(); ++row) {
            if (listed->index(row, 0).data(models::MattersModel::UnreadCountRole).toInt() > 0)
                return true;
        }
        return false;
    }));
    auto *next = window.findChild<QAction *>(QStringLiteral("nextUnreadAction"));
    REQUIRE(next);
    CHECK(next->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_J));
    const std::optional<qint64> before = workspace.selectedConversation();
    next->trigger();
    REQUIRE(waitFor([&] {
        return workspace.selectedConversation().has_value()
            && workspace.selectedConversation() != before;
    }));
    const QModelIndex chosen
        = workspace.conversations()->indexOf(*workspace.selectedConversation());
    REQUIRE(chosen.isValid());
    CHECK(window.conversationsView()->currentIndex().data(models::ConversationsModel::IdRole)
        == *workspace.selectedConversation());
}

TEST_CASE("The Messages page keeps a long thread readable and scrolled to its end")
{
    test::ServerProcess server;
    REQUIRE(server.start());
    LawyerWindow lawyer(server.url());
    sync::Workspace &workspace = *lawyer.workspace;
    ui::MainWindow &window = *lawyer.window;
    QNetworkAccessManager &nam = lawyer.nam;
    REQUIRE(window.selectMatterRow(0));
    models::ConversationsModel *conversations = workspace.conversations();
    const QModelIndex internal = conversations->groupIndex(models::ConversationsModel::Internal);
    REQUIRE(waitFor([&] { return conversations->rowCount(internal) > 0; }));
    const qint64 conversationId = conversations->index(0, 0, internal)
                                      .data(models::ConversationsModel::IdRole)
                                      .toLongLong();

    // Forty replies of every length, from the paralegal.
    ApiClient paralegal(&nam, server.url());
    signIn(paralegal, QStringLiteral("paralegal@demo.test"));
    const QString clause = QStringLiteral("The disclosure schedule needs the signed witness list ");
    for (int i = 0; i < 40; ++i) {
        protocol::NewMessage message;
        message.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        message.body = QStringLiteral("%1. ").arg(i + 1) + clause.repeated(1 + i % 5).trimmed();
        REQUIRE(test::await<protocol::Message>([&](auto done) {
            paralegal.sendMessage(conversationId, message, done);
        }).ok());
    }
    REQUIRE(window.selectConversation(conversationId));
    models::TimelineModel *timeline = workspace.timeline();
    REQUIRE(waitFor([&] {
        return test::rowsWithBody(timeline, QStringLiteral("40. ") + clause.repeated(5).trimmed())
            == 1;
    }));
    QListView *view = window.conversationView()->timelineView();
    // The newest message is in view at the bottom.
    REQUIRE(waitFor([&] {
        const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
        return view->viewport()->rect().intersects(view->visualRect(last));
    }));
    test::saveScreenshot(&window, QStringLiteral("ui-messages-long.png"));
}

TEST_CASE("The composer posts a status update in a client conversation, never elsewhere")
{
    test::ServerProcess server;
    REQUIRE(server.start());
    LawyerWindow lawyer(server.url());
    sync::Workspace &workspace = *lawyer.workspace;
    ui::MainWindow &window = *lawyer.window;
    QNetworkAccessManager &nam = lawyer.nam;
    REQUIRE(window.selectMatterRow(0));
    models::ConversationsModel *conversations = workspace.conversations();
    auto firstOf = [&](models::ConversationsModel::Group group) {
        const QModelIndex parent = conversations->groupIndex(group);
        REQUIRE(waitFor([&] { return conversations->rowCount(parent) > 0; }));
        return conversations->index(0, 0, parent)
            .data(models::ConversationsModel::IdRole)
            .toLongLong();
    };
    ui::Composer *composer = window.conversationView()->composer();

    // Internal thread: no status updates there.
    REQUIRE(window.selectConversation(firstOf(models::ConversationsModel::Internal)));
    CHECK(composer->statusUpdateBox()->isHidden());

    // The client's portal conversation: tick it, send, and the server has a status message.
    const qint64 portal = firstOf(models::ConversationsModel::External);
    REQUIRE(window.selectConversation(portal));
    REQUIRE(composer->statusUpdateBox()->isVisible());
    QTest::mouseClick(composer->statusUpdateBox(), Qt::LeftButton, {},
        QPoint(4, composer->statusUpdateBox()->height() / 2));
    CHECK(composer->isStatusUpdate());
    const QString body = QStringLiteral("Update: the hearing moved to 9 December.");
    QTest::keyClicks(composer->editor(), body);
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(composer->isStatusUpdate()); // one message, not every one after it
    ApiClient reader(&nam, server.url());
    signIn(reader, QStringLiteral("paralegal@demo.test"));
    REQUIRE(waitFor([&] {
        auto page = test::await<net::MessagePage>(
            [&](auto done) { reader.messages(portal, std::nullopt, 50, done); });
        if (!page)
            return false;
        for (const protocol::Message &message : page->messages) {
            if (message.body == body)
                return message.kind == QLatin1String("status");
        }
        return false;
    }));
}
