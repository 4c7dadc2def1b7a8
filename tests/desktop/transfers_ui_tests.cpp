// Files in the matter window against a real server of its own: Add Files… and files dropped
// from the desktop are uploaded through the transfer queue (progress, pause, resume) and
// become documents; Send ▸ and Share ▸ Client Portal… post them to the client conversation;
// Remove Client Access (menu and ⋯ button) stops the share; All Files ▸ Messages lists the
// files of the matter's messages; files dropped on the composer go with a message.
// Screenshots of the queue, the pane and the composer.
#include "desktoptesthelpers.h"
#include "models/documentsmodel.h"
#include "models/messagefilesmodel.h"
#include "models/timelinemodel.h"
#include "serverprocess.h"
#include "sync/transferqueue.h"
#include "sync/workingcopies.h"
#include "sync/workspace.h"
#include "transfertesthelpers.h"
#include "ui/allfilespane.h"
#include "ui/composer.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "ui/sharedfiledelegate.h"
#include "ui/sharefilesdialog.h"
#include "ui/transfersview.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <catch2/catch.hpp>
#include <optional>

using namespace parley;
using models::DocumentsModel;
using test::signIn;
using test::waitFor;

namespace {

constexpr qint64 MiB = 1024 * 1024;

struct FilesWindow
{
    test::ServerProcess server;
    QNetworkAccessManager nam;
    std::optional<net::ApiClient> api;
    std::optional<sync::Workspace> workspace;
    std::optional<ui::MainWindow> window;
    ui::AllFilesPane *files = nullptr;

    FilesWindow()
    {
        REQUIRE(server.start());
        api.emplace(&nam, server.url());
        const protocol::LoginResponse session = signIn(*api, QStringLiteral("lawyer@demo.test"));
        workspace.emplace(&nam, server.url(), session);
        window.emplace(&*workspace);
        window->resize(1280, 860);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(&*window));
        workspace->start();
        REQUIRE(waitFor([&] { return workspace->mattersReady(); }));
        REQUIRE(window->selectMatterRow(0));
        files = window->findChild<ui::AllFilesPane *>(QStringLiteral("allFilesPane"));
        REQUIRE(files);
        REQUIRE(waitFor([&] { return files->model()->isLoaded(); }));
    }

    int rowNamed(const QString &name) const
    {
        for (int row = 0; row < files->model()->rowCount(); ++row) {
            if (files->model()->at(row).name == name)
                return row;
        }
        return -1;
    }

    void select(const QString &name)
    {
        const int row = rowNamed(name);
        REQUIRE(row >= 0);
        auto *sorted = files->view()->model();
        for (int r = 0; r < sorted->rowCount(); ++r) {
            if (sorted->index(r, 0).data().toString() == name)
                files->view()->setCurrentIndex(sorted->index(r, 0));
        }
    }
};

} // namespace

TEST_CASE("Added and dropped files upload through the queue and become matter documents")
{
    FilesWindow w;
    QTemporaryDir dir;
    const QString brief
        = test::writeRandomFile(dir.filePath(QStringLiteral("Brief of argument.pdf")), 2 * MiB);
    const QString big
        = test::writeRandomFile(dir.filePath(QStringLiteral("Discovery bundle.zip")), 160 * MiB);
    const QString photo
        = test::writeRandomFile(dir.filePath(QStringLiteral("Site photo.jpg")), 300000);

    sync::TransferQueue *queue = w.workspace->transfers();
    ui::TransfersView *transfers = w.files->transfersView();
    CHECK_FALSE(transfers->isVisible());
    w.files->addFiles({ brief, big });
    // A drop from the desktop file manager does the same.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(photo) });
    const QPoint centre = w.files->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w.files, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w.files, &drop);
    CHECK(queue->rowCount() == 3);
    CHECK(transfers->isVisible());

    // Pause the big one while it moves; the others go on; it resumes where it was.
    REQUIRE(waitFor(
        [&] {
            return queue->index(1)
                       .data(sync::TransferQueue::StateRole)
                       .value<sync::TransferQueue::State>()
                == sync::TransferQueue::State::Running
                && queue->index(1).data(sync::TransferQueue::BytesDoneRole).toLongLong() > 0;
        },
        60000));
    transfers->list()->setCurrentIndex(queue->index(1));
    REQUIRE(transfers->pauseButton()->isEnabled());
    QTest::mouseClick(transfers->pauseButton(), Qt::LeftButton);
    CHECK(queue->index(1).data(sync::TransferQueue::StateRole).value<sync::TransferQueue::State>()
        == sync::TransferQueue::State::Paused);
    CHECK(queue->index(1)
              .data(sync::TransferQueue::StateTextRole)
              .toString()
              .startsWith(QStringLiteral("Paused — ")));
    CHECK(transfers->resumeButton()->isEnabled());
    QTest::qWait(200);
    test::saveScreenshot(&*w.window, QStringLiteral("ui-transfers-paused.png"));
    REQUIRE(waitFor([&] { return w.rowNamed(QStringLiteral("Site photo.jpg")) >= 0; }, 60000));
    QTest::mouseClick(transfers->resumeButton(), Qt::LeftButton);
    REQUIRE(
        waitFor([&] { return w.rowNamed(QStringLiteral("Discovery bundle.zip")) >= 0; }, 120000));
    REQUIRE(waitFor([&] { return w.rowNamed(QStringLiteral("Brief of argument.pdf")) >= 0; }));
    CHECK(queue->pendingCount() == 0);
    const protocol::Document stored
        = w.files->model()->at(w.rowNamed(QStringLiteral("Discovery bundle.zip")));
    REQUIRE(stored.currentVersion());
    CHECK(stored.currentVersion()->size == 160 * MiB);
    CHECK(stored.currentVersion()->sha256 == test::sha256OfFile(big));
    test::saveScreenshot(&*w.window, QStringLiteral("ui-transfers-done.png"));

    // Open (the menu's default action, or a double-click) fetches a working copy to edit.
    w.select(QStringLiteral("Brief of argument.pdf"));
    QMenu *menu = w.files->contextMenu();
    menu->deleteLater();
    auto *open = menu->findChild<QAction *>(QStringLiteral("openDocumentAction"));
    REQUIRE(open);
    CHECK(menu->defaultAction() == open);
    CHECK(open->isEnabled());
    QSignalSpy ready(w.workspace->workingCopies(), &sync::WorkingCopies::readyToOpen);
    open->trigger();
    REQUIRE(waitFor([&] { return ready.count() == 1; }, 60000));
    CHECK(test::sha256OfFile(ready.first().at(1).toString()) == test::sha256OfFile(brief));
    QTest::mouseClick(transfers->findChild<QPushButton *>(QStringLiteral("clearTransfersButton")),
        Qt::LeftButton);
    CHECK(queue->rowCount() == 0);
    CHECK_FALSE(transfers->isVisible());
}

TEST_CASE("Send and Share post the files to the client conversation; access can be removed")
{
    FilesWindow w;
    QTemporaryDir dir;
    const QString letter = test::writeRandomFile(dir.filePath(QStringLiteral("Letter.pdf")), 50000);
    w.files->addFiles({ letter });
    REQUIRE(waitFor([&] { return w.rowNamed(QStringLiteral("Letter.pdf")) >= 0; }, 60000));
    const qint64 document = w.files->model()->at(w.rowNamed(QStringLiteral("Letter.pdf"))).id;

    ui::ShareFilesDialog *dialog = nullptr;
    QObject::connect(w.files, &ui::AllFilesPane::dialogOpened, w.files,
        [&](ui::ShareFilesDialog *opened) { dialog = opened; });
    w.select(QStringLiteral("Letter.pdf"));
    QMenu *menu = w.files->contextMenu();
    menu->deleteLater();
    auto *share = menu->findChild<QAction *>(QStringLiteral("shareOnPortalAction"));
    REQUIRE(share);
    share->trigger();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const QString extra = test::writeRandomFile(dir.filePath(QStringLiteral("Invoice.pdf")), 20000);
    dialog->addLocalFiles({ extra });
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("shareMessage"))
        ->setPlainText(QStringLiteral("The letter and our invoice."));
    test::saveScreenshot(dialog, QStringLiteral("ui-share-dialog-ready.png"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    // The document turns shared, and the client conversation has the message with both.
    REQUIRE(waitFor(
        [&] {
            const int row = w.rowNamed(QStringLiteral("Letter.pdf"));
            return row >= 0 && w.files->model()->at(row).shared;
        },
        60000));
    REQUIRE(w.workspace->selectedMatter());
    const qint64 matterId = *w.workspace->selectedMatter();
    auto conversations = test::await<QList<protocol::Conversation>>(
        [&](auto done) { w.api->conversations(matterId, done); });
    REQUIRE(conversations);
    std::optional<protocol::Message> posted;
    for (const protocol::Conversation &conversation : conversations.value()) {
        auto page = test::await<net::MessagePage>(
            [&](auto done) { w.api->messages(conversation.id, std::nullopt, 50, done); });
        REQUIRE(page);
        for (const protocol::Message &message : page->messages) {
            if (message.body == QLatin1String("The letter and our invoice."))
                posted = message;
        }
    }
    REQUIRE(posted);
    REQUIRE(posted->attachments.size() == 2);
    CHECK(posted->attachments.at(0).mode == QLatin1String("share"));
    CHECK(posted->attachments.at(0).documentId == document);
    CHECK(posted->attachments.at(1).mode == QLatin1String("file"));
    CHECK(posted->attachments.at(1).name == QLatin1String("Invoice.pdf"));

    // The thread shows the files under the text: the share with its version, the file.
    w.workspace->openConversation(posted->conversationId);
    models::TimelineModel *timeline = w.workspace->timeline();
    REQUIRE(waitFor([&] { return timeline->rowOfId(posted->id) >= 0; }, 30000));
    const auto filesText = [&] {
        return timeline->index(timeline->rowOfId(posted->id))
            .data(models::TimelineModel::AttachmentsTextRole)
            .toString();
    };
    CHECK(filesText().startsWith(QStringLiteral("Shared: Letter.pdf · version 1, last updated ")));
    CHECK(filesText().endsWith(QStringLiteral("File: Invoice.pdf · 20.0 kB")));

    // All Files ▸ Messages lists the message's files: the live share and the attached file.
    w.files->showSection(ui::AllFilesPane::Section::Messages);
    models::MessageFilesModel *messageFiles = w.files->messageFiles();
    const auto messageFileRow = [&](const QString &name) {
        QAbstractItemModel *sorted = w.files->messagesView()->model();
        for (int row = 0; row < sorted->rowCount(); ++row) {
            if (sorted->index(row, 0).data().toString() == name)
                return sorted->index(row, 0);
        }
        return QModelIndex();
    };
    REQUIRE(waitFor([&] { return messageFileRow(QStringLiteral("Invoice.pdf")).isValid(); }));
    CHECK(w.files->messagesView()->isVisible());
    CHECK(w.files->sections()->tabText(1)
        == QStringLiteral("Messages (%1)").arg(messageFiles->rowCount()));
    const QModelIndex letterFile = messageFileRow(QStringLiteral("Letter.pdf"));
    const QModelIndex invoiceFile = messageFileRow(QStringLiteral("Invoice.pdf"));
    REQUIRE(letterFile.isValid());
    CHECK(letterFile.siblingAtColumn(models::MessageFilesModel::KindColumn).data().toString()
        == QStringLiteral("Shared (version 1)"));
    CHECK(invoiceFile.siblingAtColumn(models::MessageFilesModel::KindColumn).data().toString()
        == QStringLiteral("Attached"));
    CHECK(invoiceFile.siblingAtColumn(models::MessageFilesModel::FromColumn).data().toString()
        == w.workspace->user().name);
    QTest::qWait(200);
    test::saveScreenshot(&*w.window, QStringLiteral("ui-files-messages.png"));

    // Show in Conversation names the message the file came with.
    w.files->messagesView()->setCurrentIndex(invoiceFile);
    QMenu *fileMenu = w.files->messageFileMenu();
    fileMenu->deleteLater();
    QSignalSpy shown(w.files, &ui::AllFilesPane::showMessageRequested);
    auto *showAction = fileMenu->findChild<QAction *>(QStringLiteral("showMessageAction"));
    REQUIRE(showAction);
    CHECK(fileMenu->findChild<QAction *>(QStringLiteral("openMessageFileAction"))->isEnabled());
    CHECK_FALSE(fileMenu->findChild<QAction *>(QStringLiteral("removeMessageFileAccessAction"))
                    ->isEnabled()); // an attached file is not a share
    showAction->trigger();
    REQUIRE(shown.count() == 1);
    CHECK(shown.first().at(0).toLongLong() == posted->conversationId);
    CHECK(shown.first().at(1).toLongLong() == posted->id);
    // The ⋯ menu: Remove Client Access for the share, nothing to remove for the file.
    QMenu *fileMore = w.files->moreMenu(invoiceFile);
    fileMore->deleteLater();
    CHECK_FALSE(fileMore->findChild<QAction *>(QStringLiteral("moreRemoveClientAccessAction"))
                    ->isEnabled());
    QMenu *shareMore = w.files->moreMenu(letterFile);
    shareMore->deleteLater();
    CHECK(shareMore->findChild<QAction *>(QStringLiteral("moreRemoveClientAccessAction"))
              ->isEnabled());

    // Back in Documents, the shared row's ⋯ button opens that menu where it is clicked.
    w.files->showSection(ui::AllFilesPane::Section::Documents);
    w.select(QStringLiteral("Letter.pdf"));
    QMenu *again = w.files->contextMenu();
    again->deleteLater();
    auto *remove = again->findChild<QAction *>(QStringLiteral("removeClientAccessAction"));
    REQUIRE(remove);
    CHECK(remove->isEnabled());
    const QModelIndex sharing
        = w.files->view()->currentIndex().siblingAtColumn(DocumentsModel::SharedColumn);
    const QRect cell = w.files->view()->visualRect(sharing);
    QTest::mouseClick(w.files->view()->viewport(), Qt::LeftButton, {},
        ui::SharedFileDelegate::buttonRect(cell).center());
    QMenu *popped = nullptr;
    REQUIRE(waitFor([&] {
        popped = w.files->findChild<QMenu *>(QStringLiteral("sharedFileMoreMenu"));
        return popped && popped->isVisible();
    }));
    QTest::qWait(100);
    test::saveScreenGrab(&*w.window, popped, QStringLiteral("ui-files-more-menu.png"));
    // Remove Client Access asks first; Yes stops the share.
    bool asked = false;
    QTimer::singleShot(0, [&] {
        // No REQUIRE here: an exception must not cross the dialog's event loop.
        waitFor([] { return QApplication::activeModalWidget() != nullptr; });
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        CHECK(box);
        if (!box)
            return;
        asked = box->windowTitle() == QStringLiteral("Remove Client Access");
        box->button(QMessageBox::Yes)->click();
    });
    popped->findChild<QAction *>(QStringLiteral("moreRemoveClientAccessAction"))->trigger();
    popped->close();
    CHECK(asked);
    REQUIRE(waitFor(
        [&] {
            const int row = w.rowNamed(QStringLiteral("Letter.pdf"));
            return row >= 0 && !w.files->model()->at(row).shared;
        },
        30000));
    // The thread learns it through the stream: the share line says access was removed.
    REQUIRE(waitFor(
        [&] { return filesText().contains(QStringLiteral("client access removed")); }, 30000));
    // The Messages section says so too.
    w.files->showSection(ui::AllFilesPane::Section::Messages);
    REQUIRE(waitFor([&] {
        const QModelIndex row = messageFileRow(QStringLiteral("Letter.pdf"));
        return row.isValid()
            && row.siblingAtColumn(models::MessageFilesModel::KindColumn).data().toString()
            == QStringLiteral("Client access removed");
    }));
    w.files->showSection(ui::AllFilesPane::Section::Documents);
    QTest::qWait(200);
    test::saveScreenshot(&*w.window, QStringLiteral("ui-files-after-stop.png"));
}

TEST_CASE("Files dropped on the composer go with the message; a file gone before sending keeps "
          "the text and the files")
{
    FilesWindow w;
    QTemporaryDir dir;
    REQUIRE(w.workspace->selectedMatter());
    auto conversations = test::await<QList<protocol::Conversation>>(
        [&](auto done) { w.api->conversations(*w.workspace->selectedMatter(), done); });
    REQUIRE(conversations);
    std::optional<qint64> client;
    for (const protocol::Conversation &conversation : conversations.value()) {
        if (conversation.kind == QLatin1String("external"))
            client = conversation.id;
    }
    REQUIRE(client);
    w.workspace->openConversation(*client);
    ui::Composer *composer = w.window->conversationView()->composer();
    REQUIRE(waitFor([&] { return composer->isVisible(); }));

    const QString affidavit
        = test::writeRandomFile(dir.filePath(QStringLiteral("Affidavit.pdf")), 3 * MiB);
    const QString note = test::writeRandomFile(dir.filePath(QStringLiteral("Note.txt")), 2000);
    const auto dropOn = [](QWidget *target, const QList<QUrl> &urls) {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint centre = target->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(target, &drop);
        return enter.isAccepted();
    };
    // Dropped on the text: attached, not typed in as a path; a folder is not a file.
    CHECK(dropOn(composer->editor()->viewport(),
        { QUrl::fromLocalFile(affidavit), QUrl::fromLocalFile(note) }));
    CHECK(composer->editor()->toPlainText().isEmpty());
    CHECK_FALSE(dropOn(composer->editor()->viewport(), { QUrl::fromLocalFile(dir.path()) }));
    CHECK(composer->attachedFiles() == QStringList({ affidavit, note }));
    CHECK(composer->attachmentsBar()->isVisible());
    const auto chips
        = composer->attachmentsBar()->findChildren<QToolButton *>(QStringLiteral("attachmentChip"));
    REQUIRE(chips.size() == 2);
    CHECK(chips.first()->text().startsWith(QStringLiteral("Affidavit.pdf (")));
    CHECK(composer->sendButton()->isEnabled()); // files alone may be sent
    QTest::qWait(100);
    test::saveScreenshot(&*w.window, QStringLiteral("ui-composer-attachments.png"));
    // A chip's click takes its file off the message.
    QTest::mouseClick(chips.last(), Qt::LeftButton);
    CHECK(composer->attachedFiles() == QStringList({ affidavit }));

    // The file disappears before it is sent: the upload fails, nothing is lost.
    const QString gone = test::writeRandomFile(dir.filePath(QStringLiteral("Draft.docx")), 1000);
    composer->attachFiles({ gone });
    QFile::remove(gone);
    QTest::keyClicks(composer->editor(), QStringLiteral("Signed affidavit attached."));
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return composer->sendButton()->isEnabled(); }, 60000));
    CHECK(composer->editor()->toPlainText() == QStringLiteral("Signed affidavit attached."));
    CHECK(composer->attachedFiles() == QStringList({ affidavit, gone }));
    auto *problem = composer->findChild<QLabel *>(QStringLiteral("composerProblem"));
    REQUIRE(problem);
    CHECK(problem->text().startsWith(QStringLiteral("The message was not sent")));

    // Without it, the message goes with the affidavit, and the composer empties.
    composer->removeAttachedFile(gone);
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return composer->attachedFiles().isEmpty(); }, 60000));
    CHECK(composer->editor()->toPlainText().isEmpty());
    auto page = test::await<net::MessagePage>(
        [&](auto done) { w.api->messages(*client, std::nullopt, 50, done); });
    REQUIRE(page);
    REQUIRE_FALSE(page->messages.isEmpty());
    const protocol::Message &sent = page->messages.constLast();
    CHECK(sent.body == QStringLiteral("Signed affidavit attached."));
    REQUIRE(sent.attachments.size() == 1);
    CHECK(sent.attachments.first().mode == QLatin1String("file"));
    CHECK(sent.attachments.first().name == QLatin1String("Affidavit.pdf"));
    CHECK(sent.attachments.first().sha256 == test::sha256OfFile(affidavit));
}
