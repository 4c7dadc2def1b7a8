// Automated messages, matter status, the spouse setting and conversation assignment under Xvfb
// against the real server: a template and a rule written in Tools ▸ Message Templates…, a
// template with an unknown placeholder refused with the text kept, a template a rule uses
// refused deletion; Change Status… on the Matter tab posting the rule's message once (and
// nothing for the same status again, nor for "closed"); "Messages reach the spouse too" adding
// the spouse to a client conversation; "Assigned to" in a client conversation reaching a
// colleague's desktop. Each test has a server of its own: they change the demo firm.
#include "lawyerwindow.h"
#include "sync/workspace.h"
#include "ui/assigneepicker.h"
#include "ui/changestatusdialog.h"
#include "ui/conversationsdelegate.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "ui/matterdetailsview.h"
#include "ui/messagetemplatesdialog.h"
#include "ui/statusrulespage.h"
#include "ui/templatecatalog.h"
#include "ui/templatespage.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <memory>

using namespace parley;
using models::ConversationsModel;
using net::ApiClient;
using test::answerNextQuestion;
using test::await;
using test::LawyerWindow;
using test::signIn;
using test::waitFor;

namespace {

QList<protocol::MessageTemplate> serverTemplates(ApiClient &api)
{
    auto list = await<QList<protocol::MessageTemplate>>([&](auto done) { api.templates(done); });
    REQUIRE(list.ok());
    return list.value();
}

bool hasTemplateNamed(const QList<protocol::MessageTemplate> &templates, const QString &name)
{
    return std::any_of(templates.cbegin(), templates.cend(),
        [&name](const protocol::MessageTemplate &item) { return item.name == name; });
}

// The messages of a conversation the rule posted: status updates that read the matter number
// and the rule's status, with no placeholder left.
int ruleMessages(ApiClient &api, qint64 conversationId, const QString &number)
{
    auto page = await<net::MessagePage>(
        [&](auto done) { api.messages(conversationId, std::nullopt, 200, done); });
    REQUIRE(page.ok());
    int count = 0;
    for (const protocol::Message &message : page->messages) {
        if (message.kind == QLatin1String("status") && message.body.contains(number)
            && message.body.contains(QStringLiteral("Settlement talks"))
            && !message.body.contains(QLatin1Char('{')))
            ++count;
    }
    return count;
}

template<typename T>
T *waitForChild(QObject *parent)
{
    T *found = nullptr;
    waitFor([&] {
        found = parent->findChild<T *>();
        return found != nullptr;
    });
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("Message Templates… writes a template and a rule; Change Status… posts it once into "
          "the client conversation")
{
    LawyerWindow f;
    ui::MainWindow &window = *f.window;
    sync::Workspace &workspace = *f.workspace;
    const qint64 matterId = *workspace.selectedMatter();
    const protocol::Matter matter = *workspace.matters()->matter(matterId);
    const qint64 portal = f.firstConversation(ConversationsModel::External);
    const QString templateName = QStringLiteral("Settlement talks begin");

    // Tools ▸ Message Templates…, previewing with the selected matter.
    auto *action = window.findChild<QAction *>(QStringLiteral("messageTemplatesAction"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = waitForChild<ui::MessageTemplatesDialog>(&window);
    ui::TemplatesPage *templates = dialog->templatesPage();
    REQUIRE(waitFor([&] { return dialog->catalog()->isLoaded() && templates->isEnabled(); }));
    const int seeded = int(dialog->catalog()->templates().size());
    CHECK(templates->list()->count() == seeded);

    QTest::mouseClick(templates->newButton(), Qt::LeftButton);
    REQUIRE(templates->list()->currentItem());
    CHECK(templates->list()->currentItem()->text() == QStringLiteral("New Template"));
    QTest::keyClicks(templates->nameEdit(), templateName);
    CHECK(templates->list()->currentItem()->text() == templateName);
    QTest::keyClicks(templates->bodyEdit(), QStringLiteral("Dear "));
    // Insert Placeholder puts {client_name} where the cursor is.
    REQUIRE(templates->insertButton()->menu());
    auto *clientName = templates->insertButton()->menu()->findChild<QAction *>(
        QStringLiteral("placeholder_client_name"));
    REQUIRE(clientName);
    clientName->trigger();
    QTest::keyClicks(templates->bodyEdit(),
        QStringLiteral(", matter {matter_number} has reached {status}: we will call you."));
    CHECK(templates->bodyEdit()->toPlainText()
        == QStringLiteral("Dear {client_name}, matter {matter_number} has reached {status}: we "
                          "will call you."));
    // The preview reads as the matter's client would.
    CHECK(templates->preview()->text().contains(matter.clientName()));
    CHECK(templates->preview()->text().contains(matter.number));
    CHECK_FALSE(templates->preview()->text().contains(QLatin1Char('{')));
    REQUIRE(templates->saveButton()->isEnabled());
    QTest::mouseClick(templates->saveButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->catalog()->templates().size() == seeded + 1; }));
    CHECK_FALSE(templates->problem()->isVisible());
    CHECK(templates->list()->currentItem()->text() == templateName);
    CHECK_FALSE(templates->hasUnsavedEdits());
    CHECK(hasTemplateNamed(serverTemplates(*f.api), templateName));
    test::saveScreenshot(dialog, QStringLiteral("ui-message-templates.png"));

    // An unknown placeholder: the error names it, the text stays, nothing reaches the server.
    QTest::mouseClick(templates->newButton(), Qt::LeftButton);
    QTest::keyClicks(templates->nameEdit(), QStringLiteral("Broken"));
    const QString broken = QStringLiteral("Hello {client_nam}, see you soon.");
    QTest::keyClicks(templates->bodyEdit(), broken);
    QTest::mouseClick(templates->saveButton(), Qt::LeftButton);
    REQUIRE(templates->problem()->isVisible());
    CHECK(templates->problem()->text().contains(QStringLiteral("{client_nam}")));
    CHECK(templates->bodyEdit()->toPlainText() == broken);
    CHECK(templates->bodyEdit()->textCursor().selectedText() == QStringLiteral("{client_nam}"));
    CHECK(templates->nameEdit()->text() == QStringLiteral("Broken"));
    CHECK_FALSE(hasTemplateNamed(serverTemplates(*f.api), QStringLiteral("Broken")));
    test::saveScreenshot(dialog, QStringLiteral("ui-message-templates-unknown-placeholder.png"));
    // Giving the new template up asks first, then its row goes.
    bool asked = false;
    answerNextQuestion(asked, QMessageBox::DestructiveRole);
    QTest::mouseClick(templates->deleteButton(), Qt::LeftButton);
    CHECK(asked);
    REQUIRE(waitFor([&] { return templates->list()->count() == seeded + 1; }));

    // Rules: when a matter reaches "settlement talks", post the template as a status update.
    dialog->tabs()->setCurrentWidget(dialog->rulesPage());
    ui::StatusRulesPage *rules = dialog->rulesPage();
    const int seededRules = rules->list()->topLevelItemCount();
    QTest::mouseClick(rules->newButton(), Qt::LeftButton);
    rules->statusCombo()->setCurrentText(QStringLiteral("settlement talks"));
    const int chosen = rules->templateCombo()->findText(templateName);
    REQUIRE(chosen >= 0);
    rules->templateCombo()->setCurrentIndex(chosen);
    rules->postAsCombo()->setCurrentIndex(rules->postAsCombo()->findData(QStringLiteral("status")));
    CHECK(rules->enabledCheck()->isChecked());
    QTest::mouseClick(rules->saveButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return rules->list()->topLevelItemCount() == seededRules + 1; }));
    CHECK_FALSE(rules->problem()->isVisible());
    REQUIRE(rules->list()->currentItem());
    CHECK(rules->list()->currentItem()->text(0) == QStringLiteral("settlement talks"));
    CHECK(rules->list()->currentItem()->text(1) == templateName);
    CHECK(rules->list()->currentItem()->checkState(0) == Qt::Checked);
    test::saveScreenshot(dialog, QStringLiteral("ui-message-templates-rules.png"));
    // "closed" is no status to wait for.
    QTest::mouseClick(rules->newButton(), Qt::LeftButton);
    rules->statusCombo()->setCurrentText(QStringLiteral("Closed"));
    QTest::mouseClick(rules->saveButton(), Qt::LeftButton);
    CHECK(rules->problem()->isVisible());
    CHECK(rules->list()->topLevelItemCount() == seededRules + 1);

    // The template a rule posts cannot be deleted: the server's refusal says which rule.
    dialog->tabs()->setCurrentWidget(templates);
    const auto saved = std::find_if(dialog->catalog()->templates().cbegin(),
        dialog->catalog()->templates().cend(),
        [&](const protocol::MessageTemplate &item) { return item.name == templateName; });
    REQUIRE(saved != dialog->catalog()->templates().cend());
    templates->selectTemplate(saved->id);
    asked = false;
    answerNextQuestion(asked, QMessageBox::DestructiveRole);
    QTest::mouseClick(templates->deleteButton(), Qt::LeftButton);
    CHECK(asked);
    REQUIRE(waitFor([&] { return templates->problem()->isVisible(); }));
    CHECK(templates->problem()->text().contains(QStringLiteral("“settlement talks”")));
    CHECK(templates->problem()->text().contains(QStringLiteral("Rules tab")));
    CHECK(templates->list()->count() == seeded + 1);
    CHECK(hasTemplateNamed(serverTemplates(*f.api), templateName));
    dialog->reject();
    REQUIRE(waitFor([&] { return !window.findChild<ui::MessageTemplatesDialog *>(); }));

    // Matter tab ▸ Change Status…: the dialog says what the rule will post before changing.
    window.matterPages()->setCurrentIndex(0);
    ui::MatterDetailsView &details = *window.matterDetailsView();
    REQUIRE(waitFor([&] { return details.matter().id == matterId; }));
    REQUIRE(details.changeStatusButton()->isEnabled());
    QTest::mouseClick(details.changeStatusButton(), Qt::LeftButton);
    auto *change = waitForChild<ui::ChangeStatusDialog>(&window);
    REQUIRE(waitFor([&] { return change->catalog()->isLoaded(); }));
    CHECK(change->statusCombo()->findText(QStringLiteral("settlement talks")) >= 0);
    change->statusCombo()->setCurrentText(QStringLiteral("Closed"));
    CHECK_FALSE(change->changeButton()->isEnabled());
    CHECK(change->effectLabel()->text().contains(QStringLiteral("Close Matter")));
    change->statusCombo()->setCurrentText(QStringLiteral("Settlement talks"));
    REQUIRE(change->changeButton()->isEnabled());
    CHECK(change->effectLabel()->text().contains(templateName));
    CHECK(change->effectLabel()->text().contains(QStringLiteral("status update")));
    CHECK(change->previewLabel()->text().contains(matter.number));
    test::saveScreenshot(change, QStringLiteral("ui-change-status.png"));
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !window.findChild<ui::ChangeStatusDialog *>(); }));
    CHECK(details.matter().status == QStringLiteral("Settlement talks"));
    // Sync brings the change to the matters list too.
    REQUIRE(waitFor([&] {
        return workspace.matters()->matter(matterId)->status == QStringLiteral("Settlement talks");
    }));
    test::saveScreenshot(&window, QStringLiteral("ui-matter-status.png"));

    // The client conversation shows the status update, once.
    window.matterPages()->setCurrentIndex(1);
    REQUIRE(window.selectConversation(portal));
    models::TimelineModel *timeline = workspace.timeline();
    const auto shownRuleMessages = [&] {
        int count = 0;
        for (int row = 0; row < timeline->rowCount(); ++row) {
            const protocol::Message &message = timeline->messageAt(row);
            count += message.kind == QLatin1String("status")
                && message.body.startsWith(QStringLiteral("Dear "))
                && message.body.contains(QStringLiteral("has reached Settlement talks"));
        }
        return count;
    };
    REQUIRE(waitFor([&] { return shownRuleMessages() == 1; }));
    CHECK(ruleMessages(*f.api, portal, matter.number) == 1);

    // The same status again, in any case, changes nothing: the dialog says so, the server
    // posts nothing.
    window.matterPages()->setCurrentIndex(0);
    QTest::mouseClick(details.changeStatusButton(), Qt::LeftButton);
    change = waitForChild<ui::ChangeStatusDialog>(&window);
    change->statusCombo()->setCurrentText(QStringLiteral("settlement TALKS"));
    CHECK_FALSE(change->changeButton()->isEnabled());
    CHECK(change->effectLabel()->text().contains(QStringLiteral("already")));
    change->reject();
    auto again = await<protocol::Matter>([&](auto done) {
        f.api->setMatterStatus(matterId, QStringLiteral("SETTLEMENT TALKS"), done);
    });
    REQUIRE(again.ok());
    CHECK(again->status == QStringLiteral("Settlement talks"));
    CHECK(ruleMessages(*f.api, portal, matter.number) == 1);
    CHECK(shownRuleMessages() == 1);

    // A refusal keeps the dialog open and says why: here the matter was closed meanwhile.
    REQUIRE(await<protocol::Matter>([&](auto done) { f.api->closeMatter(matterId, done); }));
    ui::ChangeStatusDialog stale(f.api.get(), *again);
    stale.show();
    stale.statusCombo()->setCurrentText(QStringLiteral("Mediation"));
    REQUIRE(stale.changeButton()->isEnabled());
    QSignalSpy changed(&stale, &ui::ChangeStatusDialog::changed);
    QTest::mouseClick(stale.changeButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return stale.problem()->isVisible(); }));
    CHECK(stale.problem()->text().contains(QStringLiteral("closed")));
    CHECK(stale.isVisible());
    CHECK(changed.isEmpty());
    CHECK(stale.statusCombo()->currentText() == QStringLiteral("Mediation"));
}

TEST_CASE("Messages reach the spouse too: ticking it adds the spouse to the client "
          "conversation; organization matters do not offer it")
{
    LawyerWindow f;
    auto list = await<QList<protocol::Matter>>([&](auto done) { f.api->matters(done); });
    REQUIRE(list.ok());
    // An individual's open matter with a spouse whose messages do not reach them yet.
    std::optional<protocol::Matter> couple;
    std::optional<protocol::Matter> organization;
    for (const protocol::Matter &m : list.value()) {
        const bool spouse = std::any_of(m.parties.cbegin(), m.parties.cend(),
            [](const protocol::Party &p) { return p.role == QLatin1String("spouse"); });
        if (!couple && spouse && !m.messageSpouse && m.clientKind == QLatin1String("individual")
            && m.status != QLatin1String("closed"))
            couple = m;
        if (!organization && m.clientKind == QLatin1String("organization"))
            organization = m;
    }
    REQUIRE(couple);
    REQUIRE(organization);
    qint64 clientId = 0;
    qint64 spouseId = 0;
    for (const protocol::Party &party : couple->parties) {
        if (party.role == QLatin1String("client"))
            clientId = party.userId;
        if (party.role == QLatin1String("spouse"))
            spouseId = party.userId;
    }
    // A client conversation with the client alone.
    protocol::NewConversation request;
    request.matterId = couple->id;
    request.kind = QStringLiteral("external");
    request.title = QStringLiteral("Mortgage papers");
    request.memberIds = { clientId };
    auto created = await<protocol::Conversation>(
        [&](auto done) { f.api->createConversation(request, done); });
    REQUIRE(created.ok());
    const auto isMember = [](const protocol::Conversation &conversation, qint64 userId) {
        return std::any_of(conversation.members.cbegin(), conversation.members.cend(),
            [userId](const protocol::Member &m) {
                return m.userId == userId && !m.removedAt.isValid();
            });
    };
    REQUIRE_FALSE(isMember(*created, spouseId));

    f.selectMatter(couple->id);
    ui::MainWindow &window = *f.window;
    window.matterPages()->setCurrentIndex(0);
    ui::MatterDetailsView &details = *window.matterDetailsView();
    REQUIRE(waitFor([&] { return details.matter().id == couple->id; }));
    QCheckBox *box = details.messageSpouseCheck();
    REQUIRE(box->isVisible());
    CHECK_FALSE(box->isChecked());
    auto *note = details.findChild<QLabel *>(QStringLiteral("messageSpouseNote"));
    REQUIRE(note);
    CHECK(note->isVisible());

    // Saying no to the question changes nothing.
    bool asked = false;
    answerNextQuestion(asked, QMessageBox::RejectRole);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    CHECK(asked);
    CHECK_FALSE(box->isChecked());
    CHECK(box->isEnabled());

    asked = false;
    answerNextQuestion(asked, QMessageBox::AcceptRole);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    CHECK(asked);
    REQUIRE(waitFor([&] { return details.matter().messageSpouse && box->isEnabled(); }));
    CHECK(box->isChecked());
    test::saveScreenshot(&details, QStringLiteral("ui-matter-message-spouse.png"));

    // The spouse is now a member: on the server, and in the desktop's conversation (sync).
    auto after
        = await<protocol::Conversation>([&](auto done) { f.api->conversation(created->id, done); });
    REQUIRE(after.ok());
    CHECK(isMember(*after, spouseId));
    REQUIRE(waitFor([&] {
        const auto shown = f.workspace->conversations()->conversation(created->id);
        return shown && isMember(*shown, spouseId);
    }));

    // An organization has no spouse to reach.
    f.selectMatter(organization->id);
    REQUIRE(waitFor([&] { return details.matter().id == organization->id; }));
    CHECK_FALSE(box->isVisible());
    CHECK_FALSE(note->isVisible());

    // A failed request puts the box back as it was and says why (here: the server is gone).
    f.selectMatter(couple->id);
    REQUIRE(waitFor([&] { return details.matter().id == couple->id && box->isVisible(); }));
    REQUIRE(box->isChecked());
    f.server.stop();
    QString warning;
    QTimer watcher; // the warning is modal: answered from inside its own event loop
    watcher.setInterval(100);
    QObject::connect(&watcher, &QTimer::timeout, [&warning] {
        if (auto *shown = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = shown->text();
            shown->accept();
        }
    });
    watcher.start();
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    REQUIRE(waitFor([&] { return !warning.isEmpty(); }));
    CHECK(warning.contains(QStringLiteral("Cannot reach")));
    REQUIRE(waitFor([&] { return box->isEnabled(); }));
    CHECK(box->isChecked());
    CHECK(details.matter().messageSpouse);
}

TEST_CASE("Assigned to: choosing a colleague in a client conversation reaches their desktop")
{
    LawyerWindow f;
    ui::MainWindow &window = *f.window;
    const qint64 matterId = *f.workspace->selectedMatter();
    const protocol::Matter matter = *f.workspace->matters()->matter(matterId);

    // The paralegal's desktop, live on the same matter.
    ApiClient paralegalApi(&f.nam, f.server.url());
    const protocol::LoginResponse paralegal
        = signIn(paralegalApi, QStringLiteral("paralegal@demo.test"));
    sync::Workspace colleague(&f.nam, f.server.url(), paralegal);
    colleague.start();
    REQUIRE(waitFor([&] { return colleague.mattersReady() && colleague.isOnline(); }));
    colleague.selectMatter(matterId);

    // Internal threads are nobody's to answer for the firm.
    ui::ConversationView &view = *window.conversationView();
    ui::AssigneePicker *picker = view.assigneePicker();
    REQUIRE(window.selectConversation(f.firstConversation(ConversationsModel::Internal)));
    CHECK_FALSE(picker->isVisible());

    const qint64 portal = f.firstConversation(ConversationsModel::External);
    REQUIRE(window.selectConversation(portal));
    REQUIRE(picker->isVisible());
    QComboBox *combo = picker->combo();
    CHECK(combo->currentText() == QStringLiteral("Unassigned"));
    CHECK(combo->count() == matter.staff.size() + 1);
    const int priya = combo->findData(paralegal.user.id);
    REQUIRE(priya > 0);
    CHECK(combo->itemText(priya) == paralegal.user.name);
    CHECK(combo->findText(QStringLiteral("%1 (you)").arg(f.session.user.name)) > 0);

    const auto colleagueSees = [&](std::optional<qint64> assignee) {
        const auto shown = colleague.conversations()->conversation(portal);
        return shown && shown->assigneeId == assignee;
    };
    REQUIRE(waitFor([&] { return colleagueSees(std::nullopt); }));
    combo->setCurrentIndex(priya);
    Q_EMIT combo->activated(priya);
    REQUIRE(waitFor([&] { return colleagueSees(paralegal.user.id); }));
    // This window: the model, the box, and the conversations list's initials.
    const QModelIndex row = f.workspace->conversations()->indexOf(portal);
    CHECK(row.data(ConversationsModel::AssigneeIdRole).toLongLong() == paralegal.user.id);
    CHECK(combo->currentData().toLongLong() == paralegal.user.id);
    CHECK(ui::ConversationsDelegate::initials(paralegal.user.name) == QStringLiteral("PS"));
    test::saveScreenshot(&window, QStringLiteral("ui-conversation-assigned.png"));
    auto onServer
        = await<protocol::Conversation>([&](auto done) { f.api->conversation(portal, done); });
    REQUIRE(onServer.ok());
    CHECK(onServer->assigneeId == paralegal.user.id);

    // Unassigned again.
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    REQUIRE(waitFor([&] { return colleagueSees(std::nullopt); }));
    CHECK(combo->currentText() == QStringLiteral("Unassigned"));
    CHECK(f.workspace->conversations()
              ->indexOf(portal)
              .data(ConversationsModel::AssigneeIdRole)
              .isNull());
}
