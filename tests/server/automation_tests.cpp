// Message templates, status rules and a matter's status against the real server: templates are
// checked (placeholders, length, unique names, in use by a rule); a status change posts each
// enabled rule's template once per transition into every open client conversation of the
// matter, and never again for the same status, in other case, or after a restart.
#include "demoserver.h"
#include "mailfixture.h"
#include "protocol/limits.h"
#include "rowcount.h"
#include "transferfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

namespace {

const QString EstateNumber = QStringLiteral("2026-0102");

HttpReply createTemplate(HttpClient &staff, const QString &name, const QString &body)
{
    return staff.post(QStringLiteral("/api/v1/templates"),
        { { QStringLiteral("name"), name }, { QStringLiteral("body"), body } });
}

HttpReply createRule(
    HttpClient &staff, const QString &status, qint64 templateId, const QString &postAs)
{
    return staff.post(QStringLiteral("/api/v1/status-rules"),
        { { QStringLiteral("status"), status }, { QStringLiteral("template_id"), templateId },
            { QStringLiteral("post_as"), postAs } });
}

HttpReply setStatus(HttpClient &staff, qint64 matter, const QString &status)
{
    return staff.post(QStringLiteral("/api/v1/matters/%1/status").arg(matter),
        { { QStringLiteral("status"), status } });
}

qint64 idOf(const HttpReply &reply)
{
    return reply.json[QStringLiteral("id")].toInteger();
}

QStringList templateNames(HttpClient &staff)
{
    QStringList names;
    for (const QJsonValue &entry :
        staff.get(QStringLiteral("/api/v1/templates")).json[QStringLiteral("templates")].toArray())
        names.append(entry[QStringLiteral("name")].toString());
    return names;
}

// The messages of a conversation a rule posted (client_txn_id "rule:..."), oldest first.
QJsonArray rulePosts(HttpClient &staff, qint64 conversation)
{
    QJsonArray posted;
    const QJsonArray messages
        = staff.get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation))
              .json[QStringLiteral("messages")]
              .toArray();
    for (const QJsonValue &message : messages) {
        if (message[QStringLiteral("client_txn_id")].toString().startsWith(QLatin1String("rule:")))
            posted.append(message);
    }
    return posted;
}

// The matter's conversations of a kind.
QList<qint64> conversationsOf(HttpClient &staff, qint64 matter, const QString &kind)
{
    QList<qint64> ids;
    for (const QJsonValue &conversation :
        staff.get(QStringLiteral("/api/v1/matters/%1/conversations").arg(matter))
            .json[QStringLiteral("conversations")]
            .toArray()) {
        if (conversation[QStringLiteral("kind")].toString() == kind)
            ids.append(conversation[QStringLiteral("id")].toInteger());
    }
    return ids;
}

// A demo server, the lawyer signed in, and the estate matter with its client.
struct EstateMatter
{
    DemoServer demo;
    HttpClient lawyer { demo.process.url() };
    qint64 matter = 0;
    qint64 client = 0;

    EstateMatter()
    {
        REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
        matter = matterId(lawyer, EstateNumber);
        client = clientOf(lawyer, matter).first;
        REQUIRE(matter != 0);
        REQUIRE(client != 0);
    }

    // A template and an enabled rule posting it on reaching status; the rule's id.
    qint64 rule(const QString &status, const QString &name, const QString &body,
        const QString &postAs = QStringLiteral("status"))
    {
        const HttpReply made = createTemplate(lawyer, name, body);
        REQUIRE(made.status == 201);
        const HttpReply rule = createRule(lawyer, status, idOf(made), postAs);
        REQUIRE(rule.status == 201);
        return idOf(rule);
    }
};

} // namespace

TEST_CASE("Templates are checked for their placeholders, length and name, and one a rule posts "
          "cannot be deleted")
{
    EstateMatter f;
    HttpClient &lawyer = f.lawyer;

    const HttpReply unknown = createTemplate(lawyer, QStringLiteral("Hearing"),
        QStringLiteral("Dear {client_name}, the hearing is on {hearing_date}."));
    CHECK(unknown.status == 422);
    CHECK(unknown.errorCode() == QLatin1String("unknown_placeholder"));
    CHECK(errorDetail(unknown, "placeholder").toString() == QLatin1String("hearing_date"));
    CHECK(errorDetail(unknown, "field").toString() == QLatin1String("body"));
    const HttpReply longBody = createTemplate(
        lawyer, QStringLiteral("Hearing"), QString(protocol::Limits().messageChars + 1, u'x'));
    CHECK(longBody.status == 422);
    CHECK(longBody.errorCode() == QLatin1String("message_too_long"));
    const HttpReply longName
        = createTemplate(lawyer, QString(101, u'n'), QStringLiteral("Dear {client_name}"));
    CHECK(longName.status == 400);
    CHECK(errorDetail(longName, "field").toString() == QLatin1String("name"));
    CHECK(createTemplate(lawyer, QStringLiteral("  "), QStringLiteral("Hello")).status == 400);
    CHECK(createTemplate(lawyer, QStringLiteral("Empty"), QStringLiteral(" \n ")).status == 400);
    CHECK_FALSE(templateNames(lawyer).contains(QStringLiteral("Hearing")));

    const HttpReply hearing = createTemplate(lawyer, QStringLiteral("Hearing date"),
        QStringLiteral("Dear {client_name}, the hearing in {matter_number} is set."));
    REQUIRE(hearing.status == 201);
    CHECK(hearing.json[QStringLiteral("name")].toString() == QLatin1String("Hearing date"));
    const qint64 id = idOf(hearing);
    const HttpReply duplicate
        = createTemplate(lawyer, QStringLiteral("hearing DATE"), QStringLiteral("Other text"));
    CHECK(duplicate.status == 409);
    CHECK(errorDetail(duplicate, "field").toString() == QLatin1String("name"));
    CHECK(templateNames(lawyer).count(QStringLiteral("Hearing date")) == 1);

    // A partial change; a bad one changes nothing.
    const QString path = QStringLiteral("/api/v1/templates/%1").arg(id);
    const HttpReply renamed
        = lawyer.post(path, { { QStringLiteral("name"), QStringLiteral("Hearing") } });
    REQUIRE(renamed.status == 200);
    CHECK(renamed.json[QStringLiteral("body")].toString().startsWith(QLatin1String("Dear")));
    CHECK(
        lawyer.post(path, { { QStringLiteral("body"), QStringLiteral("{nope}") } }).status == 422);
    CHECK(lawyer.post(path, { { QStringLiteral("name"), QStringLiteral("Status update") } }).status
        == 409); // the demo's own template's name
    CHECK(templateNames(lawyer).contains(QStringLiteral("Hearing")));
    CHECK(lawyer
              .post(QStringLiteral("/api/v1/templates/99999"),
                  { { QStringLiteral("name"), QStringLiteral("X") } })
              .status
        == 404);

    // Rules name a live template and a status that can be set.
    CHECK(
        createRule(lawyer, QStringLiteral("Trial"), 99999, QStringLiteral("status")).status == 400);
    CHECK(createRule(lawyer, QStringLiteral("Closed"), id, QStringLiteral("status")).status == 400);
    CHECK(createRule(lawyer, QString(61, u's'), id, QStringLiteral("status")).status == 400);
    CHECK(createRule(lawyer, QStringLiteral("Trial"), id, QStringLiteral("email")).status == 400);
    const HttpReply rule
        = createRule(lawyer, QStringLiteral(" Trial "), id, QStringLiteral("message"));
    REQUIRE(rule.status == 201);
    CHECK(rule.json[QStringLiteral("status")].toString() == QLatin1String("Trial"));
    CHECK(rule.json[QStringLiteral("enabled")].toBool());

    const HttpReply inUse = lawyer.post(path + QStringLiteral("/delete"), {});
    CHECK(inUse.status == 409);
    CHECK(errorDetail(inUse, "rule_ids").toArray() == QJsonArray { idOf(rule) });
    CHECK(templateNames(lawyer).contains(QStringLiteral("Hearing")));
    REQUIRE(lawyer.post(QStringLiteral("/api/v1/status-rules/%1/delete").arg(idOf(rule)), {}).status
        == 200);
    const HttpReply deleted = lawyer.post(path + QStringLiteral("/delete"), {});
    REQUIRE(deleted.status == 200);
    CHECK(deleted.json[QStringLiteral("name")].toString() == QLatin1String("Hearing"));
    CHECK_FALSE(templateNames(lawyer).contains(QStringLiteral("Hearing")));
    CHECK(lawyer.post(path + QStringLiteral("/delete"), {}).status == 404);
    CHECK(createRule(lawyer, QStringLiteral("Trial"), id, QStringLiteral("status")).status == 400);
    // The name is free again; the deleted row stays in the database.
    CHECK(createTemplate(lawyer, QStringLiteral("Hearing"), QStringLiteral("Again")).status == 201);
    CHECK(countRows(f.demo.process.dataDir(),
              QStringLiteral("SELECT COUNT(*) FROM message_templates WHERE name = 'Hearing'"))
        == 2);
}

TEST_CASE("A status change posts each rule's template once per transition into every open client "
          "conversation")
{
    EstateMatter f;
    HttpClient &lawyer = f.lawyer;
    const qint64 lawyerId = idOf(lawyer.get(QStringLiteral("/api/v1/me")));
    // A second client conversation besides the demo's.
    startConversation(lawyer, f.matter, f.client, false);
    const QList<qint64> external = conversationsOf(lawyer, f.matter, QStringLiteral("external"));
    const QList<qint64> internal = conversationsOf(lawyer, f.matter, QStringLiteral("internal"));
    REQUIRE(external.size() == 2);
    REQUIRE(internal.size() == 1);
    f.rule(QStringLiteral("Expert review"), QStringLiteral("Stage notice"),
        QStringLiteral("Dear {client_name}: {matter_number} ({matter_title}) is now at {status}. "
                       "{firm_name}"));
    f.rule(QStringLiteral("EXPERT REVIEW"), QStringLiteral("Plain note"),
        QStringLiteral("A note for {client_name}"), QStringLiteral("message"));
    f.rule(QStringLiteral("Mediation"), QStringLiteral("Unrelated"), QStringLiteral("Not now"));

    const HttpReply changed = setStatus(lawyer, f.matter, QStringLiteral(" Expert review "));
    REQUIRE(changed.status == 200);
    CHECK(changed.json[QStringLiteral("status")].toString() == QLatin1String("Expert review"));
    const QString notice = QStringLiteral("Dear James Whitfield: 2026-0102 (Whitfield estate "
                                          "administration) is now at Expert review. Morgan & Shah "
                                          "LLP");
    for (qint64 conversation : external) {
        const QJsonArray posted = rulePosts(lawyer, conversation);
        REQUIRE(posted.size() == 2);
        CHECK(posted[0][QStringLiteral("kind")].toString() == QLatin1String("status"));
        CHECK(posted[0][QStringLiteral("body")].toString() == notice);
        CHECK(posted[1][QStringLiteral("kind")].toString() == QLatin1String("text"));
        CHECK(posted[1][QStringLiteral("body")].toString()
            == QLatin1String("A note for James Whitfield"));
        CHECK(posted[0][QStringLiteral("sender_id")].toInteger() == lawyerId);
    }
    CHECK(rulePosts(lawyer, internal.first()).isEmpty());

    // The same status again, in other case: no transition, nothing posted.
    const HttpReply same = setStatus(lawyer, f.matter, QStringLiteral("expert REVIEW"));
    REQUIRE(same.status == 200);
    CHECK(same.json[QStringLiteral("status")].toString() == QLatin1String("Expert review"));
    CHECK(rulePosts(lawyer, external.first()).size() == 2);

    // Away and back again: a second transition, posted once more; away again posts nothing.
    REQUIRE(setStatus(lawyer, f.matter, QStringLiteral("Waiting for the court")).status == 200);
    CHECK(rulePosts(lawyer, external.first()).size() == 2);
    REQUIRE(setStatus(lawyer, f.matter, QStringLiteral("Expert review")).status == 200);
    REQUIRE(setStatus(lawyer, f.matter, QStringLiteral("Waiting for the court")).status == 200);
    for (qint64 conversation : external)
        CHECK(rulePosts(lawyer, conversation).size() == 4);

    const QString dataDir = f.demo.process.dataDir();
    CHECK(countRows(dataDir, QStringLiteral("SELECT COUNT(*) FROM status_transitions")) == 4);
    CHECK(countRows(dataDir, QStringLiteral("SELECT COUNT(*) FROM rule_runs")) == 8);
    CHECK(countRows(dataDir,
              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                             "'matter_status_changed'"))
        == 4);
    // The rule's messages are sent messages like any other: each has its audit entry.
    CHECK(countRows(dataDir,
              QStringLiteral("SELECT COUNT(*) FROM messages m WHERE m.client_txn_id LIKE 'rule:%'"
                             " AND EXISTS (SELECT 1 FROM audit_log a WHERE a.message_id = m.id"
                             " AND a.action = 'message_sent')"))
        == 8);

    // A restart runs nothing again.
    f.demo.process.stop();
    REQUIRE(f.demo.process.restartOnSamePort());
    REQUIRE(lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(f.matter)).status == 200);
    CHECK(rulePosts(lawyer, external.first()).size() == 4);
    CHECK(countRows(dataDir, QStringLiteral("SELECT COUNT(*) FROM rule_runs")) == 8);
}

TEST_CASE("A disabled or deleted rule posts nothing")
{
    EstateMatter f;
    HttpClient &lawyer = f.lawyer;
    const qint64 conversation
        = conversationsOf(lawyer, f.matter, QStringLiteral("external")).value(0);
    REQUIRE(conversation != 0);
    const qint64 rule = f.rule(QStringLiteral("Appeal"), QStringLiteral("Appeal notice"),
        QStringLiteral("We are appealing, {client_name}."));
    const QString rulePath = QStringLiteral("/api/v1/status-rules/%1").arg(rule);

    const HttpReply disabled = lawyer.post(rulePath, { { QStringLiteral("enabled"), false } });
    REQUIRE(disabled.status == 200);
    CHECK_FALSE(disabled.json[QStringLiteral("enabled")].toBool());
    CHECK(disabled.json[QStringLiteral("status")].toString() == QLatin1String("Appeal"));
    REQUIRE(setStatus(lawyer, f.matter, QStringLiteral("Appeal")).status == 200);
    CHECK(rulePosts(lawyer, conversation).isEmpty());

    REQUIRE(lawyer.post(rulePath, { { QStringLiteral("enabled"), true } }).status == 200);
    REQUIRE(setStatus(lawyer, f.matter, QStringLiteral("Open")).status == 200);
    REQUIRE(setStatus(lawyer, f.matter, QStringLiteral("Appeal")).status == 200);
    CHECK(rulePosts(lawyer, conversation).size() == 1);

    REQUIRE(lawyer.post(rulePath + QStringLiteral("/delete"), {}).status == 200);
    CHECK(lawyer.post(rulePath, { { QStringLiteral("enabled"), true } }).status == 404);
    const QJsonArray rules = lawyer.get(QStringLiteral("/api/v1/status-rules"))
                                 .json[QStringLiteral("rules")]
                                 .toArray();
    CHECK(std::none_of(rules.begin(), rules.end(),
        [rule](const QJsonValue &r) { return r[QStringLiteral("id")].toInteger() == rule; }));
    REQUIRE(setStatus(lawyer, f.matter, QStringLiteral("Open")).status == 200);
    REQUIRE(setStatus(lawyer, f.matter, QStringLiteral("Appeal")).status == 200);
    CHECK(rulePosts(lawyer, conversation).size() == 1);
}

TEST_CASE("A status is 1 to 60 characters, never \"closed\", and a closed matter keeps its own")
{
    EstateMatter f;
    HttpClient &lawyer = f.lawyer;
    const HttpReply closedWord = setStatus(lawyer, f.matter, QStringLiteral("Closed"));
    CHECK(closedWord.status == 400);
    CHECK(closedWord.errorCode() == QLatin1String("invalid_field"));
    CHECK(errorDetail(closedWord, "field").toString() == QLatin1String("status"));
    CHECK(setStatus(lawyer, f.matter, QStringLiteral("   ")).status == 400);
    CHECK(setStatus(lawyer, f.matter, QString(61, u's')).status == 400);
    CHECK(setStatus(lawyer, f.matter, QString(60, u's')).status == 200);
    CHECK(lawyer.post(QStringLiteral("/api/v1/matters/%1/status").arg(f.matter), {}).status == 400);

    // A matter the caller may not see is missing, like one that does not exist.
    HttpClient partner(f.demo.process.url());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());
    const qint64 restricted = matterId(partner, RestrictedNumber);
    REQUIRE(restricted != 0);
    const HttpReply hidden = setStatus(lawyer, restricted, QStringLiteral("Signing"));
    CHECK(hidden.status == 404);
    CHECK(setStatus(lawyer, 99999, QStringLiteral("Signing")).raw == hidden.raw);
    CHECK(setStatus(partner, restricted, QStringLiteral("Signing")).status == 200);

    REQUIRE(
        lawyer.post(QStringLiteral("/api/v1/matters/%1/close").arg(f.matter), {}).status == 200);
    const HttpReply closed = setStatus(lawyer, f.matter, QStringLiteral("Reopened"));
    CHECK(closed.status == 409);
    CHECK(closed.errorCode() == QLatin1String("matter_closed"));
    CHECK(lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(f.matter))
              .json[QStringLiteral("status")]
              .toString()
        == QLatin1String("closed"));
}
