// Assigning client conversations against the real server: the change reaches colleagues through
// /sync and the stream, the audit trail names the assignee, bad assignees and hidden or closed
// conversations are refused, and the staff batch email goes to the assignee alone.
#include "demoserver.h"
#include "inboxfixture.h"
#include "inprocess.h"
#include "mailfixture.h"
#include "streamprobe.h"

using namespace parley;
using namespace parley::test;

namespace {

QString assignPath(qint64 conversation)
{
    return QStringLiteral("/api/v1/conversations/%1/assign").arg(conversation);
}

QJsonObject assignee(const QJsonValue &id)
{
    return QJsonObject { { QStringLiteral("assignee_id"), id } };
}

// The conversation changes of a batch (or sync answer) about this conversation.
QJsonArray conversationChanges(const QJsonObject &batch, qint64 conversation)
{
    QJsonArray found;
    for (const QJsonValue &change : batch[QStringLiteral("changes")].toArray()) {
        if (change[QStringLiteral("type")].toString() == QLatin1String("conversation")
            && change[QStringLiteral("data")][QStringLiteral("id")].toInteger() == conversation)
            found.append(change);
    }
    return found;
}

QStringList staffBatchRecipients(const QJsonArray &mail)
{
    QStringList to;
    for (const QJsonValue &message : mail) {
        if (message[QStringLiteral("subject")].toString().startsWith(
                QStringLiteral("Client activity on the portal")))
            to.append(message[QStringLiteral("envelope_to")].toString());
    }
    return to;
}

} // namespace

TEST_CASE("Assigning a client conversation reaches colleagues through sync and the stream, and "
          "the audit trail names the assignee")
{
    SignedInStaff staff;
    const QUrl url = staff.server.process.url();
    HttpClient &lawyer = staff.lawyer;
    HttpClient &paralegal = staff.paralegal;
    HttpClient &partner = staff.partner;
    const qint64 paralegalId = userIdOf(paralegal);
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("external"));
    REQUIRE(conversation > 0);
    CHECK(lawyer.get(QStringLiteral("/api/v1/conversations/%1").arg(conversation))
              .json[QStringLiteral("assignee_id")]
              .isNull());
    StreamProbe stream(url);
    REQUIRE(stream.open());
    REQUIRE(stream.authenticate(staff.paralegalToken));
    const qint64 since
        = paralegal.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();

    const HttpReply assigned = lawyer.post(assignPath(conversation), assignee(paralegalId));
    REQUIRE(assigned.status == 200);
    CHECK(assigned.json[QStringLiteral("assignee_id")].toInteger() == paralegalId);
    CHECK(assigned.json[QStringLiteral("id")].toInteger() == conversation);
    const QJsonObject pushed = stream.waitFor(
        [conversation, paralegalId](const QJsonObject &frame) {
            const QJsonArray changes = conversationChanges(frame, conversation);
            return !changes.isEmpty()
                && changes.last()[QStringLiteral("data")][QStringLiteral("assignee_id")].toInteger()
                == paralegalId;
        });
    CHECK_FALSE(pushed.isEmpty());
    const HttpReply synced = paralegal.get(QStringLiteral("/api/v1/sync?since=%1").arg(since));
    const QJsonArray changes = conversationChanges(synced.json, conversation);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0][QStringLiteral("data")][QStringLiteral("assignee_id")].toInteger()
        == paralegalId);
    CHECK(conversationChanges(partner.get(QStringLiteral("/api/v1/sync")).json, conversation)
              .first()[QStringLiteral("data")][QStringLiteral("assignee_id")]
              .toInteger()
        == paralegalId);
    CHECK(partner.get(QStringLiteral("/api/v1/matters/%1/conversations").arg(matter))
              .raw.contains(QStringLiteral("\"assignee_id\":%1").arg(paralegalId).toUtf8()));

    // The same assignee again changes nothing.
    const qint64 next = synced.json[QStringLiteral("next")].toInteger();
    CHECK(lawyer.post(assignPath(conversation), assignee(paralegalId)).status == 200);
    CHECK(paralegal.get(QStringLiteral("/api/v1/sync?since=%1").arg(next))
              .json[QStringLiteral("changes")]
              .toArray()
              .isEmpty());

    // Assigned to me: the paralegal's, not the lawyer's.
    const QJsonArray mine = inboxItems(paralegal, QStringLiteral("assigned=me&limit=500"));
    REQUIRE_FALSE(mine.isEmpty());
    for (const QJsonValue &item : mine) {
        CHECK(item[QStringLiteral("message")][QStringLiteral("conversation_id")].toInteger()
            == conversation);
        CHECK(item[QStringLiteral("assignee_id")].toInteger() == paralegalId);
    }
    CHECK(inboxItems(lawyer, QStringLiteral("assigned=me")).isEmpty());

    // Unassigning, and the record.
    const HttpReply unassigned = lawyer.post(assignPath(conversation), assignee(QJsonValue()));
    REQUIRE(unassigned.status == 200);
    CHECK(unassigned.json[QStringLiteral("assignee_id")].isNull());
    CHECK(inboxItems(paralegal, QStringLiteral("assigned=me")).isEmpty());
    const QJsonArray entries
        = auditEntries(lawyer, matter, QStringLiteral("conversation_assigned"));
    REQUIRE(entries.size() == 2);
    CHECK(entries[0][QStringLiteral("detail")][QStringLiteral("assignee_id")].toInteger()
        == paralegalId);
    CHECK(entries[0][QStringLiteral("conversation_id")].toInteger() == conversation);
    CHECK(entries[0][QStringLiteral("actor_id")].toInteger() == userIdOf(lawyer));
    CHECK(entries[1][QStringLiteral("detail")][QStringLiteral("assignee_id")].isNull());
    const QString html = recordHtml(lawyer, matter);
    CHECK(html.contains(QStringLiteral("Assigned a client conversation")));
    CHECK(html.contains(QStringLiteral("to Priya Shah")));
    CHECK(html.contains(QStringLiteral("to nobody (unassigned)")));
    CHECK(html.contains(QStringLiteral("Audit trail intact")));
}

TEST_CASE("Assignment refuses clients, outsiders, hidden, internal and closed conversations; in "
          "bulk it assigns each conversation once")
{
    SignedInStaff staff;
    HttpClient &lawyer = staff.lawyer;
    HttpClient &paralegal = staff.paralegal;
    HttpClient &partner = staff.partner;
    const qint64 lawyerId = userIdOf(lawyer);
    const qint64 paralegalId = userIdOf(paralegal);
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("external"));
    const qint64 client = clientOf(lawyer, matterId(lawyer, QStringLiteral("2026-0101"))).first;
    for (const QJsonValue &bad : { QJsonValue(client), QJsonValue(987654321) }) {
        const HttpReply refused = lawyer.post(assignPath(conversation), assignee(bad));
        CHECK(refused.status == 400);
        CHECK(refused.errorCode() == QStringLiteral("invalid_field"));
        CHECK(refused.json[QStringLiteral("error")][QStringLiteral("field")].toString()
            == QStringLiteral("assignee_id"));
    }
    CHECK(lawyer.post(assignPath(conversation), QJsonObject {}).errorCode()
        == QStringLiteral("missing_field"));
    CHECK(lawyer.post(assignPath(conversation), assignee(QStringLiteral("me"))).status == 400);

    // The restricted matter: not for the lawyer to assign, nor to be assigned.
    const qint64 falcon = conversationOf(partner, RestrictedNumber, QStringLiteral("external"));
    const HttpReply hidden = lawyer.post(assignPath(falcon), assignee(lawyerId));
    const HttpReply missing = lawyer.post(assignPath(987654321), assignee(lawyerId));
    CHECK(hidden.status == 404);
    CHECK(hidden.raw == missing.raw);
    const HttpReply outsider = partner.post(assignPath(falcon), assignee(lawyerId));
    CHECK(outsider.status == 400);
    CHECK(outsider.json[QStringLiteral("error")][QStringLiteral("field")].toString()
        == QStringLiteral("assignee_id"));
    CHECK(partner.post(assignPath(falcon), assignee(userIdOf(partner))).status == 200);

    const HttpReply internal = lawyer.post(
        assignPath(conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("internal"))),
        assignee(paralegalId));
    CHECK(internal.status == 400);
    CHECK(internal.json[QStringLiteral("error")][QStringLiteral("field")].toString()
        == QStringLiteral("kind"));

    // A closed conversation: the firm has left it.
    const qint64 mensah = matterId(lawyer, QStringLiteral("2026-0109"));
    const qint64 closing
        = conversationOf(lawyer, QStringLiteral("2026-0109"), QStringLiteral("external"));
    REQUIRE(lawyer.post(QStringLiteral("/api/v1/matters/%1/close").arg(mensah), {}).status == 200);
    const HttpReply closed = lawyer.post(assignPath(closing), assignee(paralegalId));
    CHECK(closed.status == 409);
    CHECK(closed.errorCode() == QStringLiteral("conversation_closed"));
    for (const QJsonValue &item : inboxItems(paralegal, QStringLiteral("limit=500")))
        CHECK(item[QStringLiteral("matter_id")].toInteger() != mensah);

    // In bulk: two messages of one conversation and one of another, each conversation once.
    const QJsonArray gonzalez = inboxItems(
        lawyer, QStringLiteral("matter_id=%1").arg(matterId(lawyer, QStringLiteral("2026-0101"))));
    const QJsonArray whitfield = inboxItems(
        lawyer, QStringLiteral("matter_id=%1").arg(matterId(lawyer, QStringLiteral("2026-0102"))));
    REQUIRE(gonzalez.size() >= 2);
    REQUIRE_FALSE(whitfield.isEmpty());
    const QList<qint64> chosen { messageIdOf(gonzalez[0]), messageIdOf(whitfield[0]),
        messageIdOf(gonzalez[1]) };
    const qint64 before
        = lawyer.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();
    const HttpReply bulk
        = inboxAction(lawyer, QStringLiteral("assign"), chosen, QJsonValue(paralegalId));
    REQUIRE(bulk.status == 200);
    for (const QJsonValue &item : bulk.json[QStringLiteral("items")].toArray())
        CHECK(item[QStringLiteral("assignee_id")].toInteger() == paralegalId);
    const QJsonObject changed
        = lawyer.get(QStringLiteral("/api/v1/sync?since=%1").arg(before)).json;
    CHECK(changed[QStringLiteral("changes")].toArray().size() == 2);
    CHECK(conversationChanges(changed, conversation).size() == 1);
    QSet<qint64> assignedConversations;
    for (const QJsonValue &item : inboxItems(paralegal, QStringLiteral("assigned=me&limit=500")))
        assignedConversations.insert(
            item[QStringLiteral("message")][QStringLiteral("conversation_id")].toInteger());
    CHECK(assignedConversations
        == QSet<qint64> { conversation,
            whitfield[0][QStringLiteral("message")][QStringLiteral("conversation_id")]
                .toInteger() });
    // Without assignee_id (left out or misspelt) nobody is unassigned.
    CHECK(inboxAction(lawyer, QStringLiteral("assign"), chosen).status == 400);
    CHECK_FALSE(inboxItems(paralegal, QStringLiteral("assigned=me")).isEmpty());
    REQUIRE(inboxAction(lawyer, QStringLiteral("assign"), chosen, QJsonValue()).status == 200);
    CHECK(inboxItems(paralegal, QStringLiteral("assigned=me")).isEmpty());
}

TEST_CASE("A client's reply to an assigned conversation reaches the assignee's staff batch alone; "
          "unassigned, every staff member on the matter")
{
    MailingServer mailing;
    HttpClient lawyer(mailing.server.url());
    HttpClient paralegal(mailing.server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
    const auto client = clientOf(lawyer, matter);
    const qint64 conversation = startConversation(lawyer, matter, client.first, false);
    REQUIRE(mailing.waitForMail(1, 200).size() == 1); // the welcome
    REQUIRE(lawyer.post(assignPath(conversation), assignee(userIdOf(paralegal))).status == 200);

    InProcess db(mailing.server);
    const server::Principal maria = db.principal(client.second);
    db.send(maria, conversation, QStringLiteral("Here are the papers."));
    // The server reads the reply at its next look (every second) and starts the batch from
    // its clock then; then past the 5 minutes' batch.
    db.waitForNotifier();
    mailing.advance(6 * 60);
    const QJsonArray assignedMail = mailing.waitForMail(2);
    const QString paralegalEmail
        = paralegal.get(QStringLiteral("/api/v1/me")).json[QStringLiteral("email")].toString();
    REQUIRE_FALSE(paralegalEmail.isEmpty());
    const QStringList first = staffBatchRecipients(assignedMail);
    REQUIRE(first.size() == 1);
    CHECK(first[0].contains(paralegalEmail));

    // Unassigned again: everyone on the matter's staff list hears of the next reply.
    REQUIRE(lawyer.post(assignPath(conversation), assignee(QJsonValue())).status == 200);
    db.send(maria, conversation, QStringLiteral("One more thing."));
    db.waitForNotifier();
    mailing.advance(12 * 60);
    const QJsonArray staff = lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(matter))
                                 .json[QStringLiteral("staff")]
                                 .toArray();
    REQUIRE(staff.size() > 1);
    const QStringList all
        = staffBatchRecipients(mailing.waitForMail(int(assignedMail.size() + staff.size())));
    CHECK(all.size() == 1 + staff.size());
    for (const QJsonValue &member : staff)
        CHECK(all.mid(1).filter(member[QStringLiteral("email")].toString()).size() == 1);
}
