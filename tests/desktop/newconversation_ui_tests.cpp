// NewConversationDialog under Xvfb against a real demo server of its own (what it creates must
// not change what other UI tests count): every toggle reaches the server, SMS is refused early
// for clients it may not go to, an over-long message cannot be sent, internal and direct
// threads get the chosen members, and an error keeps the typed text.
#include "desktoptesthelpers.h"
#include "sync/workspace.h"
#include "ui/newconversationdialog.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using test::await;
using test::saveScreenshot;
using test::ServerProcess;
using test::signIn;
using test::waitFor;
using ui::NewConversationDialog;
using Mode = NewConversationDialog::Mode;

namespace {

ServerProcess &ownServer()
{
    static ServerProcess process;
    static const bool started = process.start();
    INFO("server: " << process.errorString().toStdString());
    REQUIRE(started);
    return process;
}

// The lawyer's workspace with the matters loaded, and a second client to read back with.
struct Fixture
{
    QNetworkAccessManager nam;
    ApiClient api { &nam, ownServer().url() };
    protocol::LoginResponse session = signIn(api, QStringLiteral("lawyer@demo.test"));
    sync::Workspace workspace { &nam, ownServer().url(), session };

    Fixture()
    {
        workspace.start();
        REQUIRE(waitFor([&] { return workspace.mattersReady(); }));
    }

    qint64 matterId(const QString &number)
    {
        models::MattersModel *matters = workspace.matters();
        for (int row = 0; row < matters->rowCount(); ++row) {
            if (matters->at(row).number == number)
                return matters->at(row).id;
        }
        FAIL("no matter " << number.toStdString());
        return 0;
    }
};

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

QListWidgetItem *recipient(const QWidget &dialog, const QString &name)
{
    auto *list = child<QListWidget>(dialog, "recipients");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name + QStringLiteral(" (")))
            return list->item(row);
    }
    FAIL("no recipient row");
    return nullptr;
}

qint64 userIdOf(const QWidget &dialog, const QString &name)
{
    return recipient(dialog, name)->data(Qt::UserRole + 1).toLongLong();
}

QList<qint64> activeMembers(const protocol::Conversation &conversation)
{
    QList<qint64> ids;
    for (const protocol::Member &member : conversation.members) {
        if (member.isActive())
            ids.append(member.userId);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

protocol::Conversation readConversation(ApiClient &api, qint64 id)
{
    auto answer
        = await<protocol::Conversation>([&](auto done) { api.conversation(id, std::move(done)); });
    REQUIRE(answer);
    return answer.value();
}

// The conversation's messages once the first one arrived on the server.
// The first message goes through the outbox after the conversation is started, so a
// reader waits for as many messages as it expects rather than for the first one.
QList<protocol::Message> readMessages(ApiClient &api, qint64 id, int expected)
{
    QList<protocol::Message> messages;
    REQUIRE(waitFor([&] {
        auto page = await<net::MessagePage>(
            [&](auto done) { api.messages(id, std::nullopt, 50, std::move(done)); });
        if (page)
            messages = page->messages;
        return messages.size() >= expected;
    }));
    return messages;
}

void typeBody(const NewConversationDialog &dialog, const QString &text)
{
    auto *body = child<QPlainTextEdit>(dialog, "body");
    body->setFocus();
    QTest::keyClicks(body, text);
}

} // namespace

TEST_CASE("New Message to a client: SMS, MFA and status update reach the server")
{
    Fixture f;
    const qint64 matterId = f.matterId(QStringLiteral("2026-0101"));
    NewConversationDialog dialog(&f.workspace, Mode::ClientMessage, matterId);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.windowTitle() == QStringLiteral("New Message"));
    CHECK(child<QComboBox>(dialog, "matter")->currentData().toLongLong() == matterId);

    // The client is ticked by default; the paralegal is added by clicking her row.
    QListWidgetItem *client = recipient(dialog, QStringLiteral("Maria Gonzalez"));
    CHECK(client->checkState() == Qt::Checked);
    QListWidgetItem *paralegal = recipient(dialog, QStringLiteral("Priya Shah"));
    CHECK(paralegal->checkState() == Qt::Unchecked);
    auto *list = child<QListWidget>(dialog, "recipients");
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualItemRect(paralegal).center());
    CHECK(paralegal->checkState() == Qt::Checked);
    // The sender is always a member and not offered.
    for (int row = 0; row < list->count(); ++row)
        CHECK_FALSE(list->item(row)->text().startsWith(QStringLiteral("Alex Morgan")));

    auto *sms = child<QCheckBox>(dialog, "sms");
    REQUIRE(sms->isEnabled());
    CHECK(child<QLabel>(dialog, "smsReason")->isHidden());
    QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Settlement offer"));
    sms->setChecked(true);
    child<QCheckBox>(dialog, "requireMfa")->setChecked(true);
    child<QCheckBox>(dialog, "statusUpdate")->setChecked(true);
    const QString text = QStringLiteral("Harbor Logistics made a settlement offer today.");
    typeBody(dialog, text);
    CHECK(child<QLabel>(dialog, "counter")->text().startsWith(QStringLiteral("47 / 65,518")));
    CHECK(child<QPushButton>(dialog, "send")->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("ui-new-message.png"));

    QSignalSpy started(&dialog, &NewConversationDialog::conversationStarted);
    QTest::keyClick(child<QPlainTextEdit>(dialog, "body"), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return started.count() == 1; }));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    const qint64 id = started.at(0).at(0).toLongLong();
    CHECK(f.workspace.selectedConversation() == id);
    CHECK(f.workspace.selectedMatter() == matterId);

    // Read back as the server has it.
    const protocol::Conversation conversation = readConversation(f.api, id);
    CHECK(conversation.kind == QStringLiteral("external"));
    CHECK(conversation.matterId == matterId);
    CHECK(conversation.title == QStringLiteral("Settlement offer"));
    CHECK(conversation.sms);
    CHECK(conversation.requireMfa);
    CHECK(activeMembers(conversation)
        == sorted({ f.session.user.id, client->data(Qt::UserRole + 1).toLongLong(),
            paralegal->data(Qt::UserRole + 1).toLongLong() }));
    const QList<protocol::Message> messages = readMessages(f.api, id, 2);
    // The client's joining is a portal event, before the message.
    REQUIRE(messages.size() == 2);
    CHECK(messages.first().kind == QStringLiteral("event"));
    CHECK(messages.first().event.value(QStringLiteral("type")).toString()
        == QStringLiteral("participant_added"));
    CHECK(messages.last().kind == QStringLiteral("status"));
    CHECK(messages.last().body == text);
    CHECK(messages.last().senderId == f.session.user.id);
}

TEST_CASE("Send as SMS is unavailable, with the reason, for a client without a US mobile number")
{
    Fixture f;
    SECTION("no mobile number at all")
    {
        NewConversationDialog dialog(
            &f.workspace, Mode::ClientMessage, f.matterId(QStringLiteral("2026-0103")));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *sms = child<QCheckBox>(dialog, "sms");
        auto *reason = child<QLabel>(dialog, "smsReason");
        CHECK_FALSE(sms->isEnabled());
        CHECK(reason->isVisible());
        CHECK(reason->text()
            == QStringLiteral("SMS is not available: Aisha Karimi has no mobile number."));
        CHECK(sms->toolTip() == reason->text());
        saveScreenshot(&dialog, QStringLiteral("ui-new-message-no-sms.png"));
    }
    SECTION("a foreign mobile number")
    {
        NewConversationDialog dialog(
            &f.workspace, Mode::ClientMessage, f.matterId(QStringLiteral("2026-0107")));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK_FALSE(child<QCheckBox>(dialog, "sms")->isEnabled());
        CHECK(child<QLabel>(dialog, "smsReason")->text()
            == QStringLiteral(
                "SMS is not available: Liam O'Connell's mobile number is not a US number."));
    }
    SECTION("ticking a second party without a mobile number turns SMS off at once")
    {
        NewConversationDialog dialog(
            &f.workspace, Mode::ClientMessage, f.matterId(QStringLiteral("2026-0108")));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *sms = child<QCheckBox>(dialog, "sms");
        REQUIRE(sms->isEnabled()); // Grace Chen alone: a US mobile and an email
        sms->setChecked(true);
        recipient(dialog, QStringLiteral("Peter Lindqvist"))->setCheckState(Qt::Checked);
        CHECK_FALSE(sms->isEnabled());
        CHECK_FALSE(sms->isChecked());
        CHECK(
            child<QLabel>(dialog, "smsReason")->text().contains(QStringLiteral("Peter Lindqvist")));
        CHECK_FALSE(dialog.request().sms);
        recipient(dialog, QStringLiteral("Peter Lindqvist"))->setCheckState(Qt::Unchecked);
        CHECK(sms->isEnabled());
    }
}

TEST_CASE("A message over the limit cannot be sent and says why")
{
    Fixture f;
    NewConversationDialog dialog(
        &f.workspace, Mode::ClientMessage, f.matterId(QStringLiteral("2026-0102")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy started(&dialog, &NewConversationDialog::conversationStarted);
    auto *body = child<QPlainTextEdit>(dialog, "body");
    body->setPlainText(QString(65518 + 12, QLatin1Char('a')));
    auto *send = child<QPushButton>(dialog, "send");
    auto *problem = child<QLabel>(dialog, "problem");
    CHECK_FALSE(send->isEnabled());
    CHECK(problem->isVisible());
    CHECK(problem->text()
        == QStringLiteral(
            "The message is 12 characters over the limit of 65,518. Shorten it before sending."));
    CHECK(child<QLabel>(dialog, "counter")->text() == QStringLiteral("65,530 / 65,518 characters"));
    // Ctrl+Enter does not get around it.
    body->setFocus();
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(300);
    CHECK(started.isEmpty());
    CHECK(dialog.isVisible());
    // Back under the limit, Send is possible again.
    body->setPlainText(QString(65518, QLatin1Char('a')));
    CHECK(send->isEnabled());
    CHECK(problem->isHidden());
}

TEST_CASE("An internal thread and a direct conversation get the chosen members")
{
    Fixture f;
    SECTION("internal thread")
    {
        const qint64 matterId = f.matterId(QStringLiteral("2026-0102"));
        NewConversationDialog dialog(&f.workspace, Mode::InternalThread, matterId);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.windowTitle() == QStringLiteral("New Internal Thread"));
        // Only staff are offered, all ticked at first; no client options.
        CHECK(dialog.findChild<QCheckBox *>(QStringLiteral("sms")) == nullptr);
        CHECK(recipient(dialog, QStringLiteral("Jordan Lee"))->checkState() == Qt::Checked);
        recipient(dialog, QStringLiteral("Jordan Lee"))->setCheckState(Qt::Unchecked);
        const qint64 paralegal = userIdOf(dialog, QStringLiteral("Priya Shah"));
        QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Probate filing"));
        typeBody(dialog, QStringLiteral("Can you draft the inventory?"));
        QSignalSpy started(&dialog, &NewConversationDialog::conversationStarted);
        QTest::mouseClick(child<QPushButton>(dialog, "send"), Qt::LeftButton);
        REQUIRE(waitFor([&] { return started.count() == 1; }));
        const protocol::Conversation conversation
            = readConversation(f.api, started.at(0).at(0).toLongLong());
        CHECK(conversation.kind == QStringLiteral("internal"));
        CHECK(conversation.matterId == matterId);
        CHECK(conversation.title == QStringLiteral("Probate filing"));
        CHECK_FALSE(conversation.sms);
        CHECK(activeMembers(conversation) == sorted({ f.session.user.id, paralegal }));
        CHECK(readMessages(f.api, conversation.id, 1).first().kind == QStringLiteral("text"));
    }
    SECTION("direct conversation")
    {
        NewConversationDialog dialog(&f.workspace, Mode::DirectMessage);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.windowTitle() == QStringLiteral("New Direct Message"));
        CHECK(dialog.findChild<QComboBox *>(QStringLiteral("matter")) == nullptr);
        // Colleagues from the matters' staff lists, none ticked.
        CHECK(child<QListWidget>(dialog, "recipients")->count() == 2);
        QListWidgetItem *partner = recipient(dialog, QStringLiteral("Jordan Lee"));
        CHECK(partner->checkState() == Qt::Unchecked);
        CHECK_FALSE(child<QPushButton>(dialog, "send")->isEnabled());
        partner->setCheckState(Qt::Checked);
        typeBody(dialog, QStringLiteral("Lunch on Thursday to go over the Falcon numbers?"));
        saveScreenshot(&dialog, QStringLiteral("ui-new-direct.png"));
        QSignalSpy started(&dialog, &NewConversationDialog::conversationStarted);
        QTest::mouseClick(child<QPushButton>(dialog, "send"), Qt::LeftButton);
        REQUIRE(waitFor([&] { return started.count() == 1; }));
        const protocol::Conversation conversation
            = readConversation(f.api, started.at(0).at(0).toLongLong());
        CHECK(conversation.kind == QStringLiteral("direct"));
        CHECK_FALSE(conversation.matterId.has_value());
        CHECK(activeMembers(conversation)
            == sorted({ f.session.user.id, partner->data(Qt::UserRole + 1).toLongLong() }));
        CHECK(f.workspace.selectedConversation() == conversation.id);
    }
}

TEST_CASE("An error keeps the dialog open with the typed text; Esc asks before discarding it")
{
    // A server of this test's own, stopped before Send.
    ServerProcess server;
    REQUIRE(server.start());
    QNetworkAccessManager nam;
    ApiClient login(&nam, server.url());
    sync::Workspace workspace(
        &nam, server.url(), signIn(login, QStringLiteral("lawyer@demo.test")));
    workspace.start();
    REQUIRE(waitFor([&] { return workspace.mattersReady(); }));

    NewConversationDialog dialog(&workspace, Mode::DirectMessage);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    recipient(dialog, QStringLiteral("Priya Shah"))->setCheckState(Qt::Checked);
    const QString text = QStringLiteral("Are the exhibits ready?");
    typeBody(dialog, text);
    server.stop();
    QTest::mouseClick(child<QPushButton>(dialog, "send"), Qt::LeftButton);
    auto *error = child<QLabel>(dialog, "error");
    REQUIRE(waitFor([&] { return error->isVisible(); }));
    CHECK_FALSE(error->text().isEmpty());
    CHECK(dialog.isVisible());
    CHECK(child<QPlainTextEdit>(dialog, "body")->toPlainText() == text);
    CHECK(child<QPushButton>(dialog, "send")->isEnabled());

    // Esc asks; Keep Editing keeps everything, Discard closes.
    auto answer = [](const QString &button) {
        QTimer::singleShot(200, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == button)
                    b->click();
            }
        });
    };
    answer(QStringLiteral("Keep Editing"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.isVisible());
    CHECK(child<QPlainTextEdit>(dialog, "body")->toPlainText() == text);
    answer(QStringLiteral("Discard"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
}
