// The audit trail against the real server: every send, share, read, stop and sign-in lands in
// the matter's (or firm's) hash chain; `parley-server audit verify` finds an entry edited,
// removed from the middle or cut from the end; the tables that keep the firm's promise refuse
// DELETE; the record of communication (CLI and API) says who sent what, who read it when and
// which version of a file went out.
#include "app/servercontext.h"
#include "auth/totp.h"
#include "db/sqlquery.h"
#include "demoserver.h"
#include "mailfixture.h"
#include "portalclient.h"
#include "serverdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

namespace {

QJsonObject runJson(const ServerProcess &server, const QStringList &args, int *status)
{
    QByteArray out;
    *status = server.runAdmin(args, &out);
    return QJsonDocument::fromJson(out).object();
}

qint64 matterNumbered(HttpClient &client, const QString &number)
{
    for (const QJsonValue &matter :
        client.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray()) {
        if (matter[QStringLiteral("number")].toString() == number)
            return matter[QStringLiteral("id")].toInteger();
    }
    return 0;
}

// The actions of a matter's chain, oldest first, read straight from the database.
QStringList actionsOf(const QString &dataDir, const QString &chain)
{
    server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(database.open(dataDir, ServerDatabase::urlFor(dataDir)));
    server::SqlQuery query(
        database.db(), QStringLiteral("SELECT action FROM audit_log WHERE chain = ? ORDER BY seq"));
    query.bind(chain);
    REQUIRE(query.exec());
    QStringList actions;
    while (query.next())
        actions.append(query.text(0));
    return actions;
}

// Runs SQL on the stopped server's database as someone with the file would, bypassing the
// server (and, where asked, the triggers that guard it).
void tamper(const QString &dataDir, const QStringList &statements)
{
    server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(database.open(dataDir, ServerDatabase::urlFor(dataDir)));
    for (const QString &sql : statements) {
        server::SqlQuery query(database.db(), sql);
        INFO(sql.toStdString());
        REQUIRE(query.exec());
    }
}

struct AuditedMatter
{
    DemoServer demo;
    HttpClient lawyer { demo.process.url() };
    qint64 matter = 0;
    qint64 conversation = 0;
    qint64 document = 0;
    qint64 message = 0;
    QString chain;

    AuditedMatter()
    {
        REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
        matter = matterNumbered(lawyer, QStringLiteral("2026-0101"));
        REQUIRE(matter != 0);
        chain = QStringLiteral("matter:%1").arg(matter);
        conversation
            = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("internal"));
        REQUIRE(conversation != 0);
        const QJsonArray documents
            = lawyer.get(QStringLiteral("/api/v1/matters/%1/documents").arg(matter))
                  .json[QStringLiteral("documents")]
                  .toArray();
        REQUIRE_FALSE(documents.isEmpty());
        document = documents.first()[QStringLiteral("id")].toInteger();
        // A message sharing a document, read by a colleague; then the share is stopped.
        QJsonObject body = textMessage(QStringLiteral("audit-1"), QStringLiteral("See the draft."));
        body.insert(QStringLiteral("attachments"),
            QJsonArray { QJsonObject { { QStringLiteral("document_id"), document },
                { QStringLiteral("mode"), QStringLiteral("share") } } });
        const HttpReply sent = lawyer.post(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), body);
        REQUIRE(sent.status == 201);
        message = sent.json[QStringLiteral("id")].toInteger();
        HttpClient paralegal(demo.process.url());
        REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
        REQUIRE(paralegal
                    .post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversation),
                        QJsonObject { { QStringLiteral("message_id"), message } })
                    .status
            == 200);
        REQUIRE(
            lawyer
                .send("POST", QStringLiteral("/api/v1/documents/%1/stop-sharing").arg(document), {})
                .status
            == 200);
    }
};

} // namespace

TEST_CASE("Sends, shares, reads, stops and sign-ins are chained in the audit log, which verifies")
{
    AuditedMatter f;
    const QStringList actions = actionsOf(f.demo.process.dataDir(), f.chain);
    // The seeded history first (backfilled), then what the test did, in order: the message,
    // its share, the colleague's reads (every unread message up to it), the stop.
    INFO(actions.join(QLatin1Char(' ')).toStdString());
    const qsizetype sent = actions.lastIndexOf(QStringLiteral("message_sent"));
    REQUIRE(sent > 0);
    const QStringList after = actions.mid(sent + 1);
    REQUIRE(after.size() >= 3);
    CHECK(after.first() == QLatin1String("document_shared"));
    CHECK(after.last() == QLatin1String("share_stopped"));
    CHECK(after.mid(1, after.size() - 2)
        == QStringList(after.size() - 2, QStringLiteral("message_read")));
    // A wrong password and the sign-ins are in the firm's chain.
    HttpClient stranger(f.demo.process.url());
    CHECK(stranger.login(Lawyer, QStringLiteral("not the password")).isEmpty());
    const QStringList firm = actionsOf(f.demo.process.dataDir(), QStringLiteral("firm:1"));
    CHECK(firm.count(QStringLiteral("signed_in")) >= 2);
    CHECK(firm.last() == QLatin1String("sign_in_failed"));

    int status = -1;
    const QJsonObject report
        = runJson(f.demo.process, { QStringLiteral("audit"), QStringLiteral("verify") }, &status);
    CHECK(status == 0);
    CHECK(report[QStringLiteral("intact")].toBool());
    CHECK(report[QStringLiteral("entries")].toInteger() > actions.size());
    CHECK(report[QStringLiteral("problems")].toArray().isEmpty());
}

TEST_CASE("A staff member's two-step code is recorded as MFA passed or failed in the firm's chain")
{
    DemoServer demo;
    const QString secret = enrollTotp(demo.process, Lawyer);
    const QString right = server::Totp::generate(secret);
    const QString wrong = QString::number((right.toInt() + 1) % 1000000).rightJustified(6, u'0');
    const auto signIn = [&](const QString &code) {
        HttpClient client(demo.process.url());
        return client
            .post(QStringLiteral("/api/v1/auth/login"),
                { { QStringLiteral("email"), Lawyer },
                    { QStringLiteral("password"), QStringLiteral("parley-demo") },
                    { QStringLiteral("totp"), code } })
            .status;
    };
    const QString chain = QStringLiteral("firm:1");
    CHECK(signIn(wrong) == 401);
    CHECK(actionsOf(demo.process.dataDir(), chain).last() == QLatin1String("mfa_failed"));
    CHECK(signIn(right) == 200);
    const QStringList actions = actionsOf(demo.process.dataDir(), chain);
    REQUIRE(actions.size() >= 2);
    CHECK(actions.mid(actions.size() - 2)
        == QStringList { QStringLiteral("mfa_passed"), QStringLiteral("signed_in") });
}

TEST_CASE("audit verify names an entry edited, removed from the middle, or cut from the end")
{
    AuditedMatter f;
    f.demo.process.stop();
    const QString dir = f.demo.process.dataDir();
    const int entries = int(actionsOf(dir, f.chain).size());
    // Without the server, and with the guard removed, as someone with the file (or the
    // database's owner) could. PostgreSQL names a trigger's table when dropping it.
    const QString onTable
        = ServerDatabase::urlFor(dir).isEmpty() ? QString() : QStringLiteral(" ON audit_log");
    tamper(dir,
        { QStringLiteral("DROP TRIGGER audit_log_no_update") + onTable,
            QStringLiteral("DROP TRIGGER audit_log_no_delete") + onTable });
    // What `audit verify` finds after the tampering: "chain#seq: problem" lines; it must exit 3.
    const auto verifyAfter = [&](const QString &sql) {
        tamper(dir, { sql });
        int status = -1;
        const QJsonObject report = runJson(
            f.demo.process, { QStringLiteral("audit"), QStringLiteral("verify") }, &status);
        CHECK(status == 3);
        CHECK_FALSE(report[QStringLiteral("intact")].toBool());
        QStringList problems;
        for (const QJsonValue &problem : report[QStringLiteral("problems")].toArray()) {
            problems.append(QStringLiteral("%1#%2: %3")
                                .arg(problem[QStringLiteral("chain")].toString())
                                .arg(problem[QStringLiteral("seq")].toInteger())
                                .arg(problem[QStringLiteral("problem")].toString()));
        }
        return problems;
    };
    const QString at = f.chain + QLatin1Char('#');

    SECTION("an edited entry")
    {
        CHECK(verifyAfter(
                  QStringLiteral("UPDATE audit_log SET actor_id = 1 WHERE chain = '%1' AND seq = 3")
                      .arg(f.chain))
            == QStringList { at + QStringLiteral("3: entry 3 was changed") });
    }
    SECTION("an entry removed from the middle")
    {
        const QStringList problems = verifyAfter(
            QStringLiteral("DELETE FROM audit_log WHERE chain = '%1' AND seq = 2").arg(f.chain));
        REQUIRE_FALSE(problems.isEmpty());
        CHECK(problems.first() == at + QStringLiteral("2: entries 2 to 2 are missing"));
    }
    SECTION("an entry's hash forged")
    {
        // Re-linking the rest of the chain needs every later hash rewritten: the next entry
        // still carries the old one.
        const QStringList problems = verifyAfter(
            QStringLiteral("UPDATE audit_log SET hash = '%2' WHERE chain = '%1' AND seq = 2")
                .arg(f.chain, QString(64, QLatin1Char('a'))));
        CHECK(problems.contains(at + QStringLiteral("2: entry 2 was changed")));
        CHECK(problems.contains(
            at + QStringLiteral("3: entry 3 does not follow the entry before it")));
    }
    SECTION("the last entries cut off")
    {
        // (The receipts whose entries went are named too.)
        const QStringList problems
            = verifyAfter(QStringLiteral("DELETE FROM audit_log WHERE chain = '%1' AND seq >= %2")
                              .arg(f.chain)
                              .arg(entries - 1));
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.contains(at
            + QStringLiteral("%1: the chain ends at entry %2, but entry %3 was written")
                  .arg(entries - 1)
                  .arg(entries - 2)
                  .arg(entries)));
    }
    SECTION("a message's entry removed with its message kept")
    {
        const QStringList problems = verifyAfter(QStringLiteral(
            "DELETE FROM audit_log WHERE message_id = %1 AND action = 'message_sent'")
                                                     .arg(f.message));
        CHECK(
            problems.contains(QStringLiteral("#0: message %1 has no audit entry").arg(f.message)));
    }
}

TEST_CASE("Messages, members, receipts, files and audit entries cannot be deleted; bodies and "
          "audit entries cannot be changed")
{
    AuditedMatter f;
    server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(
        database.open(f.demo.process.dataDir(), ServerDatabase::urlFor(f.demo.process.dataDir())));
    for (const QString &sql : {
             QStringLiteral("DELETE FROM messages WHERE id = %1").arg(f.message),
             QStringLiteral("DELETE FROM members WHERE conversation_id = %1").arg(f.conversation),
             QStringLiteral("DELETE FROM conversations WHERE id = %1").arg(f.conversation),
             QStringLiteral("DELETE FROM receipts"),
             QStringLiteral("DELETE FROM attachments"),
             QStringLiteral("DELETE FROM document_versions"),
             QStringLiteral("DELETE FROM audit_log"),
             QStringLiteral("DELETE FROM audit_heads"),
             QStringLiteral("UPDATE messages SET body = 'rewritten' WHERE id = %1").arg(f.message),
             QStringLiteral("UPDATE audit_log SET action = 'nothing'"),
         }) {
        server::SqlQuery query(database.db(), sql);
        INFO(sql.toStdString());
        CHECK_FALSE(query.exec());
    }
    // Deleting a message is a flag; the body stays.
    server::SqlQuery flag(database.db(),
        QStringLiteral("UPDATE messages SET deleted = 1 WHERE id = %1").arg(f.message));
    CHECK(flag.exec());
}

TEST_CASE("The record of communication says who sent what, who read it when, which version "
          "went out, and that the chain is intact")
{
    AuditedMatter f;
    SECTION("from the command line, as JSON and HTML files")
    {
        const QString out = QDir(f.demo.process.dataDir()).filePath(QStringLiteral("export"));
        int status = -1;
        const QJsonObject written = runJson(f.demo.process,
            { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--matter"),
                QString::number(f.matter), QStringLiteral("--out"), out },
            &status);
        REQUIRE(status == 0);
        CHECK(written[QStringLiteral("intact")].toBool());
        QFile json(written[QStringLiteral("json")].toString());
        REQUIRE(json.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(json.readAll()).object();
        CHECK(record[QStringLiteral("matter")][QStringLiteral("number")].toString()
            == QLatin1String("2026-0101"));
        QJsonObject sent;
        for (const QJsonValue &conversation : record[QStringLiteral("conversations")].toArray()) {
            for (const QJsonValue &message : conversation[QStringLiteral("messages")].toArray()) {
                if (message[QStringLiteral("id")].toInteger() == f.message)
                    sent = message.toObject();
            }
        }
        REQUIRE_FALSE(sent.isEmpty());
        CHECK(sent[QStringLiteral("body")].toString() == QLatin1String("See the draft."));
        CHECK(sent[QStringLiteral("sender")].toString() == QLatin1String("Alex Morgan"));
        const QJsonArray files = sent[QStringLiteral("files")].toArray();
        REQUIRE(files.size() == 1);
        CHECK(files[0][QStringLiteral("mode")].toString() == QLatin1String("share"));
        CHECK(files[0][QStringLiteral("version")].toInteger() >= 1);
        const QJsonArray reads = sent[QStringLiteral("read_by")].toArray();
        REQUIRE(reads.size() == 1);
        CHECK(reads[0][QStringLiteral("name")].toString() == QLatin1String("Priya Shah"));
        CHECK_FALSE(reads[0][QStringLiteral("at")].toString().isEmpty());
        const QJsonArray audit = record[QStringLiteral("audit")].toArray();
        const auto shared = std::find_if(audit.begin(), audit.end(), [](const QJsonValue &e) {
            return e[QStringLiteral("action")].toString() == QLatin1String("document_shared");
        });
        REQUIRE(shared != audit.end());
        CHECK((*shared)[QStringLiteral("version")].toInteger()
            == files[0][QStringLiteral("version")].toInteger());

        QFile html(written[QStringLiteral("html")].toString());
        REQUIRE(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        CHECK(page.contains(QStringLiteral("Audit trail intact")));
        CHECK(page.contains(QStringLiteral("See the draft.")));
        CHECK(page.contains(QStringLiteral("Priya Shah at ")));
        CHECK_FALSE(page.contains(QStringLiteral("<script")));

        CHECK(f.demo.process.runAdmin({ QStringLiteral("audit"), QStringLiteral("export"),
                  QStringLiteral("--matter"), QStringLiteral("99999") })
            == 1);
        CHECK(f.demo.process.runAdmin({ QStringLiteral("audit"), QStringLiteral("export") }) == 2);
    }
    SECTION("through the API, for staff who may see the matter; the export is audited")
    {
        const HttpReply reply
            = f.lawyer.get(QStringLiteral("/api/v1/matters/%1/record").arg(f.matter));
        REQUIRE(reply.status == 200);
        CHECK(
            reply.json[QStringLiteral("record")][QStringLiteral("chain")][QStringLiteral("intact")]
                .toBool());
        CHECK(reply.json[QStringLiteral("html")].toString().contains(
            QStringLiteral("See the draft.")));
        CHECK(actionsOf(f.demo.process.dataDir(), f.chain).last()
            == QLatin1String("record_exported"));

        // Not on the restricted matter: it does not exist for them.
        HttpClient partner(f.demo.process.url());
        REQUIRE_FALSE(partner.login(Partner).isEmpty());
        const qint64 restricted = matterNumbered(partner, RestrictedNumber);
        REQUIRE(restricted != 0);
        CHECK(
            partner.get(QStringLiteral("/api/v1/matters/%1/record").arg(restricted)).status == 200);
        const HttpReply refused
            = f.lawyer.get(QStringLiteral("/api/v1/matters/%1/record").arg(restricted));
        CHECK(refused.status == 404);
        HttpClient anonymous(f.demo.process.url());
        CHECK(
            anonymous.get(QStringLiteral("/api/v1/matters/%1/record").arg(f.matter)).status == 401);
    }
}

TEST_CASE("The record says how each message reached the client (text, email notice) and that the "
          "client's reads had the security code; members added, notices and codes are chained")
{
    TwilioStandIn twilio;
    REQUIRE(twilio.start());
    InvitedClient f(&twilio);
    // A protected conversation with texts on: the client is added, and welcomed by email.
    const qint64 conversation = startConversation(f.lawyer, f.matter, f.client, true, true);
    const QString token = inviteToken(
        partText(f.mailing.waitForMail(1, 500).last().toObject(), QStringLiteral("text/plain")));
    REQUIRE_FALSE(token.isEmpty());
    const qint64 texted = post(f.lawyer, conversation, QStringLiteral("Court moved to 10am."));
    QDeadlineTimer deadline(30000);
    while (twilio.requests().isEmpty() && !deadline.hasExpired())
        QThread::msleep(200);
    REQUIRE(twilio.requests().size() == 1);
    // Unread after 15 minutes: an email notice too.
    f.mailing.advance(16 * 60);
    f.mailTo(QStringLiteral("New message"));

    // The client opens it in the portal: a wrong code, then the right one, then reads.
    PortalClient browser(f.mailing.server.url());
    REQUIRE(browser.redeem(token).status == 200);
    REQUIRE(browser.post(browser.path(conversation, "mfa/code"), {}).status == 202);
    const QString code = f.securityCode();
    const QString wrong = wrongCode(code);
    CHECK(browser
              .post(browser.path(conversation, "mfa/verify"), { { QStringLiteral("code"), wrong } })
              .status
        == 401);
    REQUIRE(
        browser.post(browser.path(conversation, "mfa/verify"), { { QStringLiteral("code"), code } })
            .status
        == 200);
    REQUIRE(
        browser
            .post(browser.path(conversation, "read"), { { QStringLiteral("message_id"), texted } })
            .status
        == 200);
    // A colleague reads it too: staff reads carry no code.
    HttpClient paralegal(f.mailing.server.url());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    paralegal.post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversation),
        { { QStringLiteral("message_id"), texted } });

    const HttpReply reply = f.lawyer.get(QStringLiteral("/api/v1/matters/%1/record").arg(f.matter));
    REQUIRE(reply.status == 200);
    const QJsonObject record = reply.json[QStringLiteral("record")].toObject();
    QJsonObject message;
    QString clientName;
    for (const QJsonValue &entry : record[QStringLiteral("conversations")].toArray()) {
        if (entry[QStringLiteral("id")].toInteger() != conversation)
            continue;
        for (const QJsonValue &member : entry[QStringLiteral("members")].toArray()) {
            if (member[QStringLiteral("user_id")].toInteger() == f.client)
                clientName = member[QStringLiteral("name")].toString();
        }
        for (const QJsonValue &sent : entry[QStringLiteral("messages")].toArray()) {
            if (sent[QStringLiteral("id")].toInteger() == texted)
                message = sent.toObject();
        }
    }
    REQUIRE_FALSE(message.isEmpty());
    REQUIRE_FALSE(clientName.isEmpty());
    // Delivered: by text to the client's mobile, then by the unread email notice.
    const QJsonArray delivered = message[QStringLiteral("delivered")].toArray();
    REQUIRE(delivered.size() == 2);
    for (const QJsonValue &notice : delivered) {
        CHECK(notice[QStringLiteral("user_id")].toInteger() == f.client);
        CHECK(notice[QStringLiteral("name")].toString() == clientName);
        CHECK(notice[QStringLiteral("state")].toString() == QLatin1String("sent"));
        CHECK_FALSE(notice[QStringLiteral("sent_at")].toString().isEmpty());
    }
    CHECK(delivered[0][QStringLiteral("channel")].toString() == QLatin1String("sms"));
    CHECK(delivered[0][QStringLiteral("to")].toString() == QLatin1String("+12025550101"));
    CHECK(delivered[1][QStringLiteral("channel")].toString() == QLatin1String("email"));
    CHECK(delivered[1][QStringLiteral("to")].toString() == f.email);
    // Read: by the client with the code entered; the colleague's read says nothing of codes.
    const QJsonArray reads = message[QStringLiteral("read_by")].toArray();
    REQUIRE(reads.size() == 2);
    CHECK(reads[0][QStringLiteral("user_id")].toInteger() == f.client);
    CHECK(reads[0][QStringLiteral("mfa_satisfied")].toBool());
    CHECK(reads[1][QStringLiteral("name")].toString() == QLatin1String("Priya Shah"));
    CHECK_FALSE(reads[1].toObject().contains(QStringLiteral("mfa_satisfied")));
    const QString page = reply.json[QStringLiteral("html")].toString();
    CHECK(
        page.contains(QStringLiteral("Text message to %1 (+12025550101): sent ").arg(clientName)));
    CHECK(page.contains(QStringLiteral("Email notice to %1").arg(clientName)));
    CHECK(page.contains(QStringLiteral("(security code entered)")));

    // The audit trail: the client added by the lawyer, a wrong code and then the right one,
    // both the client's, in that order.
    QStringList trail;
    QStringList notices;
    for (const QJsonValue &entry : record[QStringLiteral("audit")].toArray()) {
        if (entry[QStringLiteral("conversation_id")].toInteger() != conversation)
            continue;
        const QString action = entry[QStringLiteral("action")].toString();
        // (The lawyer who started it joins it too.)
        if (action == QLatin1String("member_added")
            && entry[QStringLiteral("subject")].toString() != QLatin1String("Alex Morgan"))
            trail.append(action + QLatin1Char(' ') + entry[QStringLiteral("subject")].toString()
                + QStringLiteral(" by ") + entry[QStringLiteral("actor")].toString());
        else if (action.startsWith(QLatin1String("mfa_")))
            trail.append(action + QLatin1Char(' ') + entry[QStringLiteral("actor")].toString());
        else if (action.startsWith(QLatin1String("notice_")))
            notices.append(
                QStringLiteral("%1 %2 %3 %4 by %5")
                    .arg(action, entry[QStringLiteral("subject")].toString(),
                        entry[QStringLiteral("detail")][QStringLiteral("channel")].toString())
                    .arg(entry[QStringLiteral("message_id")].toInteger())
                    .arg(entry[QStringLiteral("actor")].toString()));
    }
    CHECK(trail
        == QStringList { QStringLiteral("member_added %1 by Alex Morgan").arg(clientName),
            QStringLiteral("mfa_failed ") + clientName,
            QStringLiteral("mfa_passed ") + clientName });
    // The text and the email notice went out, each chained, sent by the server itself.
    notices.sort();
    CHECK(notices
        == QStringList {
            QStringLiteral("notice_sent %1 email %2 by (the server)").arg(clientName).arg(texted),
            QStringLiteral("notice_sent %1 sms %2 by (the server)").arg(clientName).arg(texted) });
}

TEST_CASE("A status change with what its rule posted, and a matter's settings, are chained in the "
          "matter's audit log, which verifies; the record words them")
{
    AuditedMatter f;
    const HttpReply made = f.lawyer.post(QStringLiteral("/api/v1/templates"),
        { { QStringLiteral("name"), QStringLiteral("Trial notice") },
            { QStringLiteral("body"), QStringLiteral("{matter_number} is at {status}.") } });
    REQUIRE(made.status == 201);
    REQUIRE(f.lawyer
                .post(QStringLiteral("/api/v1/status-rules"),
                    { { QStringLiteral("status"), QStringLiteral("Trial preparation") },
                        { QStringLiteral("template_id"), made.json[QStringLiteral("id")] },
                        { QStringLiteral("post_as"), QStringLiteral("message") } })
                .status
        == 201);
    REQUIRE(f.lawyer
                .post(QStringLiteral("/api/v1/matters/%1/status").arg(f.matter),
                    { { QStringLiteral("status"), QStringLiteral("Trial preparation") } })
                .status
        == 200);
    REQUIRE(f.lawyer
                .post(QStringLiteral("/api/v1/matters/%1/settings").arg(f.matter),
                    { { QStringLiteral("message_spouse"), true } })
                .status
        == 200);
    // The change, then the rule's message into the one client conversation, then the setting.
    const QStringList actions = actionsOf(f.demo.process.dataDir(), f.chain);
    REQUIRE(actions.size() >= 3);
    CHECK(actions.mid(actions.size() - 3)
        == QStringList { QStringLiteral("matter_status_changed"), QStringLiteral("message_sent"),
            QStringLiteral("matter_settings_changed") });

    int status = -1;
    const QJsonObject report
        = runJson(f.demo.process, { QStringLiteral("audit"), QStringLiteral("verify") }, &status);
    CHECK(status == 0);
    CHECK(report[QStringLiteral("problems")].toArray().isEmpty());
    const QString page = f.lawyer.get(QStringLiteral("/api/v1/matters/%1/record").arg(f.matter))
                             .json[QStringLiteral("html")]
                             .toString();
    CHECK(page.contains(QStringLiteral("Changed the matter's status")));
    CHECK(page.contains(QStringLiteral("from \"discovery\" to \"Trial preparation\"")));
    CHECK(page.contains(QStringLiteral("2026-0101 is at Trial preparation.")));
    CHECK(page.contains(QStringLiteral("messages reach the client's spouse")));
}
