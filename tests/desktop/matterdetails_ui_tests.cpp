// MatterDetailsView under Xvfb with matters from the real server: parties with their roles and
// contact details, the staff, the Message buttons' recipients, updating in place, the empty
// state of a matter nobody has been added to, and choosing a party's portal address (the
// PortalAddressDialog). Failures print no names or addresses.
#include "desktoptesthelpers.h"
#include "ui/matterdetailsview.h"
#include "ui/portaladdressdialog.h"
#include "uitesthelpers.h"

#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <catch2/catch.hpp>

using namespace parley;
using net::ApiClient;
using test::await;
using test::saveScreenshot;
using test::signIn;
using ui::MatterDetailsView;

namespace {

struct Request
{
    qint64 matterId = 0;
    QList<qint64> recipients;
};

QGroupBox *section(const MatterDetailsView &view, const char *name)
{
    auto *box = view.findChild<QGroupBox *>(QLatin1String(name));
    REQUIRE(box);
    return box;
}

// The visible labels of a section (old rows are hidden at once and deleted later).
QList<QLabel *> visibleLabels(QGroupBox *box)
{
    QList<QLabel *> labels;
    for (QLabel *label : box->findChildren<QLabel *>()) {
        if (label->isVisible())
            labels.append(label);
    }
    return labels;
}

bool showsText(QGroupBox *box, const QString &text)
{
    for (QLabel *label : visibleLabels(box)) {
        if (label->text() == text)
            return true;
    }
    return false;
}

// An email shows as a selectable mailto: link with the address as its text.
bool showsEmailLink(QGroupBox *box, const QString &email)
{
    for (QLabel *label : visibleLabels(box)) {
        if (label->text().contains(QStringLiteral("href=\"mailto:"))
            && label->text().contains(email) && label->openExternalLinks()
            && label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse))
            return true;
    }
    return false;
}

// A phone number shows grouped for reading ("+1 202 555 0104"), the same digits as stored.
bool showsPhone(QGroupBox *box, const QString &phone)
{
    for (QLabel *label : visibleLabels(box)) {
        QString digits = label->text();
        digits.remove(QLatin1Char(' '));
        if (digits == phone && label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse))
            return true;
    }
    return false;
}

QList<QPushButton *> partyButtons(const MatterDetailsView &view)
{
    QList<QPushButton *> buttons;
    for (QPushButton *button :
        view.findChildren<QPushButton *>(QStringLiteral("messagePartyButton"))) {
        if (button->isVisible())
            buttons.append(button);
    }
    return buttons;
}

protocol::Matter fetchMatter(ApiClient &api, qint64 id)
{
    auto matter = await<protocol::Matter>([&](auto done) { api.matter(id, done); });
    REQUIRE(matter.ok());
    return matter.value();
}

QList<qint64> clientIds(const protocol::Matter &matter)
{
    QList<qint64> ids;
    for (const protocol::Party &party : matter.parties) {
        if (party.role == QLatin1String("client"))
            ids.append(party.userId);
    }
    return ids;
}

qint64 idOf(const QByteArray &adminOutput)
{
    return QJsonDocument::fromJson(adminOutput).object().value(QStringLiteral("id")).toInteger();
}

} // namespace

TEST_CASE("The Matter tab shows a real matter's parties, staff and contacts, and its Message "
          "buttons choose the recipients")
{
    QNetworkAccessManager nam;
    ApiClient api(&nam, test::demoServer().url());
    signIn(api, QStringLiteral("lawyer@demo.test"));
    auto list = await<QList<protocol::Matter>>([&](auto done) { api.matters(done); });
    REQUIRE(list.ok());

    // The demo's matter with a client and a spouse, and one with a single client.
    qint64 coupleId = 0;
    qint64 singleId = 0;
    for (const protocol::Matter &m : list.value()) {
        const bool hasSpouse = std::any_of(m.parties.cbegin(), m.parties.cend(),
            [](const protocol::Party &p) { return p.role == QLatin1String("spouse"); });
        if (hasSpouse && clientIds(m).size() == 1 && coupleId == 0)
            coupleId = m.id;
        else if (m.parties.size() == 1 && singleId == 0)
            singleId = m.id;
    }
    REQUIRE(coupleId != 0);
    REQUIRE(singleId != 0);
    const protocol::Matter matter = fetchMatter(api, coupleId);
    REQUIRE(matter.parties.size() == 2);
    REQUIRE(matter.staff.size() >= 2);

    MatterDetailsView view;
    QList<Request> requests;
    QObject::connect(&view, &MatterDetailsView::messageRequested, &view,
        [&](qint64 matterId, const QList<qint64> &ids) {
            requests.append({ matterId, ids });
        });
    view.resize(780, 560);
    view.setMatter(matter);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    // Header: title, number and status.
    auto *title = view.findChild<QLabel *>(QStringLiteral("matterTitle"));
    auto *subtitle = view.findChild<QLabel *>(QStringLiteral("matterSubtitle"));
    REQUIRE(title);
    REQUIRE(subtitle);
    CHECK(title->text() == matter.title);
    CHECK(subtitle->text().contains(matter.number));
    CHECK(subtitle->text().contains(matter.status, Qt::CaseInsensitive));
    CHECK_FALSE(view.findChild<QLabel *>(QStringLiteral("matterRestricted"))->isVisible());

    // Parties: name, role, a mailto: link, the phone (or that there is none).
    QGroupBox *parties = section(view, "partiesGroup");
    CHECK_FALSE(view.findChild<QLabel *>(QStringLiteral("noPartiesLabel"))->isVisible());
    CHECK(showsText(parties, QStringLiteral("Client")));
    CHECK(showsText(parties, QStringLiteral("Spouse")));
    int withoutPhone = 0;
    for (const protocol::Party &party : matter.parties) {
        CHECK(showsText(parties, party.name));
        REQUIRE_FALSE(party.email.isEmpty());
        CHECK(showsEmailLink(parties, party.email));
        if (party.phone.isEmpty())
            ++withoutPhone;
        else
            CHECK(showsPhone(parties, party.phone));
    }
    CHECK(showsText(parties, QStringLiteral("No phone")) == (withoutPhone > 0));

    // Staff: each name, role and email.
    QGroupBox *staff = section(view, "staffGroup");
    CHECK_FALSE(view.findChild<QLabel *>(QStringLiteral("noStaffLabel"))->isVisible());
    CHECK(showsText(staff, QStringLiteral("Lawyer")));
    for (const protocol::User &user : matter.staff) {
        CHECK(showsText(staff, user.name));
        CHECK(showsEmailLink(staff, user.email));
    }

    // The Message button writes to the client parties, not the spouse.
    QPushButton *message = view.messageButton();
    REQUIRE(message->isVisible());
    REQUIRE(message->isEnabled());
    QTest::mouseClick(message, Qt::LeftButton);
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].matterId == matter.id);
    CHECK(requests[0].recipients == clientIds(matter));
    CHECK(requests[0].recipients.size() == 1);

    // One button per party writes to that party alone; the keyboard works as the mouse does.
    const QList<QPushButton *> rowButtons = partyButtons(view);
    REQUIRE(rowButtons.size() == matter.parties.size());
    QList<qint64> partyIds;
    for (const protocol::Party &party : matter.parties)
        partyIds.append(party.userId);
    for (int i = 0; i < int(rowButtons.size()); ++i) {
        requests.clear();
        QTest::mouseClick(rowButtons[i], Qt::LeftButton);
        REQUIRE(requests.size() == 1);
        CHECK(requests[0].matterId == matter.id);
        CHECK(requests[0].recipients == QList<qint64> { partyIds[i] });
    }
    requests.clear();
    QTest::keyClick(message, Qt::Key_Space);
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].recipients == clientIds(matter));

    saveScreenshot(&view, QStringLiteral("ui-matter-tab.png"));

    // Another matter replaces the rows in place.
    const protocol::Matter single = fetchMatter(api, singleId);
    view.setMatter(single);
    QCoreApplication::processEvents(); // new rows are shown by a queued call, as in the app
    CHECK(title->text() == single.title);
    CHECK(partyButtons(view).size() == 1);
    CHECK(showsText(parties, single.parties.first().name));
    CHECK_FALSE(showsText(parties, matter.parties.last().name));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(view.findChildren<QPushButton *>(QStringLiteral("messagePartyButton")).size() == 1);
    requests.clear();
    QTest::mouseClick(message, Qt::LeftButton);
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].matterId == single.id);
    CHECK(requests[0].recipients == QList<qint64> { single.parties.first().userId });
}

TEST_CASE("The Matter tab says so when a real matter has no parties or staff yet")
{
    // A firm of its own, set up with the admin command line: a matter nobody was added to.
    test::ServerProcess server;
    QByteArray out;
    const QString admin = QStringLiteral("admin");
    REQUIRE(server.runAdmin({ admin, QStringLiteral("create-firm"), QStringLiteral("--name"),
                                QStringLiteral("Empty Firm LLP") },
                &out)
        == 0);
    REQUIRE(server.runAdmin({ admin, QStringLiteral("create-staff"), QStringLiteral("--email"),
                                QStringLiteral("solo@empty.test"), QStringLiteral("--name"),
                                QStringLiteral("Solo Lawyer"), QStringLiteral("--role"),
                                QStringLiteral("lawyer"), QStringLiteral("--password"),
                                QStringLiteral("correct horse battery") },
                &out)
        == 0);
    REQUIRE(server.runAdmin({ admin, QStringLiteral("create-matter"), QStringLiteral("--number"),
                                QStringLiteral("E-1"), QStringLiteral("--title"),
                                QStringLiteral("New enquiry") },
                &out)
        == 0);
    const qint64 matterId = idOf(out);
    REQUIRE(server.start({}));

    QNetworkAccessManager nam;
    ApiClient api(&nam, server.url());
    auto login = await<protocol::LoginResponse>([&](auto done) {
        api.login(protocol::LoginRequest { QStringLiteral("solo@empty.test"),
                      QStringLiteral("correct horse battery"), {} },
            done);
    });
    REQUIRE(login.ok());
    api.setToken(login->token);
    const protocol::Matter matter = fetchMatter(api, matterId);
    REQUIRE(matter.parties.isEmpty());

    MatterDetailsView view;
    QList<Request> requests;
    QObject::connect(&view, &MatterDetailsView::messageRequested, &view,
        [&](qint64 id, const QList<qint64> &ids) {
            requests.append({ id, ids });
        });
    view.resize(780, 420);
    view.setMatter(matter);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    auto *noParties = view.findChild<QLabel *>(QStringLiteral("noPartiesLabel"));
    REQUIRE(noParties);
    CHECK(noParties->isVisible());
    CHECK(noParties->text().startsWith(QStringLiteral("No parties yet")));
    CHECK(partyButtons(view).isEmpty());
    CHECK(view.findChild<QLabel *>(QStringLiteral("noStaffLabel"))->isVisible()
        == matter.staff.isEmpty());
    // Nobody to write to: the button says why instead of opening an empty message.
    CHECK_FALSE(view.messageButton()->isEnabled());
    CHECK_FALSE(view.messageButton()->toolTip().isEmpty());
    QTest::mouseClick(view.messageButton(), Qt::LeftButton);
    CHECK(requests.isEmpty());
    saveScreenshot(&view, QStringLiteral("ui-matter-tab-empty.png"));
}

TEST_CASE("Portal Address… chooses the address a party signs in to the portal with; a taken "
          "address keeps the dialog open with what was typed")
{
    // A server of its own: the choice changes the party for every later test otherwise.
    test::ServerProcess server;
    REQUIRE(server.start());
    QNetworkAccessManager nam;
    ApiClient api(&nam, server.url());
    signIn(api, QStringLiteral("lawyer@demo.test"));
    auto list = await<QList<protocol::Matter>>([&](auto done) { api.matters(done); });
    REQUIRE(list.ok());
    const auto withSpouse = std::find_if(list->cbegin(), list->cend(), [](const auto &m) {
        return std::any_of(m.parties.cbegin(), m.parties.cend(),
            [](const protocol::Party &p) { return p.role == QLatin1String("spouse"); });
    });
    REQUIRE(withSpouse != list->cend());
    const protocol::Matter matter = fetchMatter(api, withSpouse->id);

    MatterDetailsView view;
    QList<protocol::Party> asked;
    QObject::connect(&view, &MatterDetailsView::portalAddressRequested, &view,
        [&](qint64 matterId, const protocol::Party &party) {
            CHECK(matterId == matter.id);
            asked.append(party);
        });
    view.resize(900, 520);
    view.setMatter(matter);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.findChildren<QLabel *>(QStringLiteral("portalEmailLabel")).isEmpty());

    // Each party's Portal Address… asks for that party.
    QList<QAction *> buttons;
    for (QPushButton *more : view.findChildren<QPushButton *>(QStringLiteral("partyMoreButton"))) {
        if (!more->isVisible())
            continue;
        REQUIRE(more->menu());
        auto *action = more->menu()->findChild<QAction *>(QStringLiteral("portalAddressAction"));
        REQUIRE(action);
        buttons.append(action);
    }
    REQUIRE(buttons.size() == matter.parties.size());
    const qsizetype spouseRow = std::distance(matter.parties.cbegin(),
        std::find_if(matter.parties.cbegin(), matter.parties.cend(),
            [](const protocol::Party &p) { return p.role == QLatin1String("spouse"); }));
    buttons[spouseRow]->trigger();
    REQUIRE(asked.size() == 1);
    const protocol::Party spouse = asked.first();
    CHECK(spouse.role == QLatin1String("spouse"));
    CHECK(spouse.portalEmail == spouse.email);

    ui::PortalAddressDialog dialog(&api, matter.id, spouse, &view);
    QList<protocol::Matter> saved;
    QObject::connect(&dialog, &ui::PortalAddressDialog::saved, &dialog,
        [&](const protocol::Matter &m) { saved.append(m); });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // The primary address is chosen; choosing it again is nothing to save.
    CHECK(dialog.chosenEmail() == spouse.email);
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    // Someone else's address: the server refuses, the dialog stays with the text selected.
    QTest::keyClicks(dialog.otherEdit(), QStringLiteral("lawyer@demo.test"));
    REQUIRE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    REQUIRE(test::waitFor([&] { return dialog.errorLabel()->isVisible(); }));
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("Another contact")));
    CHECK(dialog.isVisible());
    CHECK(dialog.otherEdit()->text() == QStringLiteral("lawyer@demo.test"));
    CHECK(saved.isEmpty());
    saveScreenshot(&dialog, QStringLiteral("ui-portal-address-error.png"));

    // Not an address: said before anything is kept.
    dialog.otherEdit()->clear();
    QTest::keyClicks(dialog.otherEdit(), QStringLiteral("spouse at office"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    REQUIRE(test::waitFor([&] {
        return dialog.errorLabel()->text().contains(QStringLiteral("like name@example.com"));
    }));

    // A new address, typed: saved, and the Matter tab shows it under the primary one.
    dialog.otherEdit()->clear();
    QTest::keyClicks(dialog.otherEdit(), QStringLiteral(" spouse.work@office.test "));
    CHECK(dialog.chosenEmail() == QStringLiteral("spouse.work@office.test"));
    QTest::keyClick(dialog.otherEdit(), Qt::Key_Return);
    REQUIRE(test::waitFor([&] { return !saved.isEmpty(); }));
    CHECK(dialog.result() == QDialog::Accepted);
    const protocol::Matter now = saved.first();
    const auto changed = std::find_if(now.parties.cbegin(), now.parties.cend(),
        [&](const protocol::Party &p) { return p.userId == spouse.userId; });
    REQUIRE(changed != now.parties.cend());
    CHECK(changed->portalEmail == QStringLiteral("spouse.work@office.test"));
    CHECK(changed->otherEmails == QStringList { QStringLiteral("spouse.work@office.test") });
    CHECK(changed->email == spouse.email);
    CHECK(fetchMatter(api, matter.id) == now);

    view.setMatter(now);
    QCoreApplication::processEvents();
    const QList<QLabel *> portalLabels
        = view.findChildren<QLabel *>(QStringLiteral("portalEmailLabel"));
    REQUIRE(portalLabels.size() == 1);
    CHECK(portalLabels.first()->text().contains(QStringLiteral("spouse.work@office.test")));
    saveScreenshot(&view, QStringLiteral("ui-matter-tab-portal-address.png"));

    // Opened again, the dialog lists both addresses with the chosen one ticked.
    ui::PortalAddressDialog again(&api, matter.id, *changed, &view);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.findChildren<QRadioButton *>(QStringLiteral("portalAddressChoice")).size() == 2);
    CHECK(again.chosenEmail() == QStringLiteral("spouse.work@office.test"));
    CHECK_FALSE(again.saveButton()->isEnabled());
    saveScreenshot(&again, QStringLiteral("ui-portal-address.png"));
}
