// A matter whose client's spouse gets the messages too, against the real server and a real SMTP
// server: turning it on adds the spouse to the open client conversations (welcomed by email,
// reading through the portal), new conversations take the spouse in while it is on and not after,
// an organization's matter has no spouse, and the admin command sets a matter's client kind.
#include "mailfixture.h"
#include "portalclient.h"
#include "rowcount.h"
#include "transferfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

namespace {

const QString DivorceNumber = QStringLiteral("2026-0108"); // client Grace Chen, spouse Peter
const QString PurchaseNumber = QStringLiteral("2026-0104"); // the demo messages the spouse
const QString BakeryNumber = QStringLiteral("2026-0106"); // an organization

HttpReply setMessageSpouse(HttpClient &staff, qint64 matter, bool on)
{
    return staff.post(QStringLiteral("/api/v1/matters/%1/settings").arg(matter),
        { { QStringLiteral("message_spouse"), on } });
}

// The matter's party with this role: {id, email}.
QPair<qint64, QString> partyOf(HttpClient &staff, qint64 matter, const QString &role)
{
    for (const QJsonValue &party : staff.get(QStringLiteral("/api/v1/matters/%1").arg(matter))
                                       .json[QStringLiteral("parties")]
                                       .toArray()) {
        if (party[QStringLiteral("role")].toString() == role)
            return { party[QStringLiteral("user_id")].toInteger(),
                party[QStringLiteral("email")].toString() };
    }
    return {};
}

// The active members of a conversation.
QList<qint64> membersOf(HttpClient &staff, qint64 conversation)
{
    QList<qint64> ids;
    for (const QJsonValue &member :
        staff.get(QStringLiteral("/api/v1/conversations/%1").arg(conversation))
            .json[QStringLiteral("members")]
            .toArray()) {
        if (member[QStringLiteral("removed_at")].isNull())
            ids.append(member[QStringLiteral("user_id")].toInteger());
    }
    return ids;
}

// How many participant_added events for subject the conversation has.
int addedEvents(HttpClient &staff, qint64 conversation, qint64 subject)
{
    const QJsonArray messages
        = staff.get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation))
              .json[QStringLiteral("messages")]
              .toArray();
    return int(std::count_if(messages.begin(), messages.end(), [subject](const QJsonValue &m) {
        const QJsonObject event = m[QStringLiteral("event")].toObject();
        return event[QStringLiteral("type")].toString() == QLatin1String("participant_added")
            && event[QStringLiteral("subject_id")].toInteger() == subject;
    }));
}

} // namespace

TEST_CASE("Turning on spouse messaging adds the spouse to the open client conversations, welcomed "
          "by email, reading what is sent there")
{
    MailingServer mailing;
    HttpClient lawyer(mailing.server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterId(lawyer, DivorceNumber);
    const auto [client, clientEmail] = partyOf(lawyer, matter, QStringLiteral("client"));
    const auto [spouse, spouseEmail] = partyOf(lawyer, matter, QStringLiteral("spouse"));
    REQUIRE(client != 0);
    REQUIRE(spouse != 0);
    const HttpReply before = lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(matter));
    CHECK(before.json[QStringLiteral("client_kind")].toString() == QLatin1String("individual"));
    CHECK_FALSE(before.json[QStringLiteral("message_spouse")].toBool());

    // Off: a conversation with the client is the client's alone.
    const qint64 conversation = startConversation(lawyer, matter, client, false);
    post(lawyer, conversation, QStringLiteral("Before your spouse joins"));
    CHECK_FALSE(membersOf(lawyer, conversation).contains(spouse));
    const QString welcome = QStringLiteral("%1 invites you").arg(Firm);
    newestMail(mailing, clientEmail, welcome);
    // The demo's own client conversation has the spouse already.
    qint64 seeded = 0;
    for (const QJsonValue &entry :
        lawyer.get(QStringLiteral("/api/v1/matters/%1/conversations").arg(matter))
            .json[QStringLiteral("conversations")]
            .toArray()) {
        if (entry[QStringLiteral("kind")].toString() == QLatin1String("external")
            && entry[QStringLiteral("id")].toInteger() != conversation)
            seeded = entry[QStringLiteral("id")].toInteger();
    }
    REQUIRE(seeded != 0);
    REQUIRE(seeded != conversation);
    REQUIRE(membersOf(lawyer, seeded).contains(spouse));
    const QList<qint64> seededMembers = membersOf(lawyer, seeded);

    const HttpReply on = setMessageSpouse(lawyer, matter, true);
    REQUIRE(on.status == 200);
    CHECK(on.json[QStringLiteral("message_spouse")].toBool());
    CHECK(membersOf(lawyer, conversation).contains(spouse));
    CHECK(addedEvents(lawyer, conversation, spouse) == 1);
    CHECK(membersOf(lawyer, seeded) == seededMembers);
    CHECK(addedEvents(lawyer, seeded, spouse) == 0);
    CHECK(auditCount(mailing.server.dataDir(), QStringLiteral("matter_settings_changed")) == 1);
    // On again changes nothing.
    REQUIRE(setMessageSpouse(lawyer, matter, true).status == 200);
    CHECK(addedEvents(lawyer, conversation, spouse) == 1);
    CHECK(auditCount(mailing.server.dataDir(), QStringLiteral("matter_settings_changed")) == 1);

    // The spouse is welcomed like any client joining, and reads the conversation.
    const QJsonObject spouseWelcome = newestMail(mailing, spouseEmail, welcome);
    const QString token = inviteToken(partText(spouseWelcome, QStringLiteral("text/plain")));
    REQUIRE_FALSE(token.isEmpty());
    post(lawyer, conversation, QStringLiteral("Hello to you both"));
    PortalClient browser(mailing.server.url());
    REQUIRE(browser.redeem(token).status == 200);
    const HttpReply history = browser.http.get(browser.path(conversation, "messages"));
    REQUIRE(history.status == 200);
    QStringList bodies;
    for (const QJsonValue &message : history.json[QStringLiteral("messages")].toArray())
        bodies.append(message[QStringLiteral("body")].toString());
    CHECK(bodies.contains(QStringLiteral("Hello to you both")));
    CHECK(bodies.contains(QStringLiteral("Before your spouse joins")));
}

TEST_CASE("While spouse messaging is on, new client conversations take the spouse in; once off, "
          "they do not, and nobody is taken out")
{
    DemoServer demo;
    HttpClient lawyer(demo.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterId(lawyer, PurchaseNumber);
    const qint64 client = partyOf(lawyer, matter, QStringLiteral("client")).first;
    const qint64 spouse = partyOf(lawyer, matter, QStringLiteral("spouse")).first;
    REQUIRE(client != 0);
    REQUIRE(spouse != 0);
    REQUIRE(lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(matter))
                .json[QStringLiteral("message_spouse")]
                .toBool());

    const qint64 joint = startConversation(lawyer, matter, client, false);
    CHECK(membersOf(lawyer, joint).contains(spouse));
    CHECK(addedEvents(lawyer, joint, spouse) == 1);
    // An internal conversation has no clients and so no spouse.
    const HttpReply internal = lawyer.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("matter_id"), matter },
            { QStringLiteral("kind"), QStringLiteral("internal") },
            { QStringLiteral("title"), QStringLiteral("Team") },
            { QStringLiteral("member_ids"), QJsonArray() } });
    REQUIRE(internal.status == 201);
    CHECK_FALSE(
        membersOf(lawyer, internal.json[QStringLiteral("id")].toInteger()).contains(spouse));

    const HttpReply off = setMessageSpouse(lawyer, matter, false);
    REQUIRE(off.status == 200);
    CHECK_FALSE(off.json[QStringLiteral("message_spouse")].toBool());
    const qint64 alone = startConversation(lawyer, matter, client, false);
    CHECK_FALSE(membersOf(lawyer, alone).contains(spouse));
    CHECK(membersOf(lawyer, joint).contains(spouse));

    // A spouse who cancelled with the firm joins nothing, also once it is on again.
    REQUIRE(
        lawyer
            .post(
                QStringLiteral("/api/v1/matters/%1/parties/%2/cancel").arg(matter).arg(spouse), {})
            .status
        == 200);
    REQUIRE(setMessageSpouse(lawyer, matter, true).status == 200);
    CHECK_FALSE(membersOf(lawyer, alone).contains(spouse));
    const qint64 later = startConversation(lawyer, matter, client, false);
    CHECK_FALSE(membersOf(lawyer, later).contains(spouse));
}

TEST_CASE("An organization's matter has no spouse to message; the setting is for staff who see "
          "the matter")
{
    DemoServer demo;
    HttpClient lawyer(demo.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 bakery = matterId(lawyer, BakeryNumber);
    REQUIRE(bakery != 0);
    CHECK(lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(bakery))
              .json[QStringLiteral("client_kind")]
              .toString()
        == QLatin1String("organization"));
    const HttpReply refused = setMessageSpouse(lawyer, bakery, true);
    CHECK(refused.status == 400);
    CHECK(refused.errorCode() == QLatin1String("invalid_field"));
    CHECK(errorDetail(refused, "field").toString() == QLatin1String("message_spouse"));
    CHECK_FALSE(lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(bakery))
                    .json[QStringLiteral("message_spouse")]
                    .toBool());

    const qint64 divorce = matterId(lawyer, DivorceNumber);
    CHECK(
        lawyer.post(QStringLiteral("/api/v1/matters/%1/settings").arg(divorce), {}).status == 400);
    const qint64 restricted = [&] {
        HttpClient partner(demo.process.url());
        REQUIRE_FALSE(partner.login(Partner).isEmpty());
        return matterId(partner, RestrictedNumber);
    }();
    REQUIRE(restricted != 0);
    const HttpReply hidden = setMessageSpouse(lawyer, restricted, true);
    CHECK(hidden.status == 404);
    CHECK(setMessageSpouse(lawyer, 99999, true).raw == hidden.raw);
}

TEST_CASE("The admin command creates a matter of an organization or an individual")
{
    DemoServer demo;
    QByteArray out;
    const QStringList create { QStringLiteral("admin"), QStringLiteral("create-matter"),
        QStringLiteral("--title"), QStringLiteral("Harbor Freight Co — supply contract") };
    REQUIRE(demo.process.runAdmin(create
                    + QStringList { QStringLiteral("--number"), QStringLiteral("2026-0201"),
                        QStringLiteral("--client-kind"), QStringLiteral("organization") },
                &out)
        == 0);
    const qint64 organization
        = QJsonDocument::fromJson(out).object()[QStringLiteral("id")].toInteger();
    REQUIRE(
        demo.process.runAdmin(
            create + QStringList { QStringLiteral("--number"), QStringLiteral("2026-0202") }, &out)
        == 0);
    const qint64 individual
        = QJsonDocument::fromJson(out).object()[QStringLiteral("id")].toInteger();
    CHECK(demo.process.runAdmin(create
              + QStringList { QStringLiteral("--number"), QStringLiteral("2026-0203"),
                  QStringLiteral("--client-kind"), QStringLiteral("partnership") })
        != 0);

    HttpClient lawyer(demo.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    CHECK(lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(organization))
              .json[QStringLiteral("client_kind")]
              .toString()
        == QLatin1String("organization"));
    CHECK(lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(individual))
              .json[QStringLiteral("client_kind")]
              .toString()
        == QLatin1String("individual"));
    CHECK(matterId(lawyer, QStringLiteral("2026-0203")) == 0);
}
