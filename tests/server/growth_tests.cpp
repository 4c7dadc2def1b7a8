// "We never delete any conversation": every user action the API and the portal offer, one after
// another against the real parley-server (with a real SMTP server and a Twilio stand-in), and
// after each one a snapshot of the database, read-only, beside the running server. For every
// table of the firm's record (recordsnapshot.h: the tables, and those of passing state left
// out, with why) the rows only grow: none disappears, and what must never change (a message's
// body, also once deleted; audit entries entirely; members' added_at; receipts' read time;
// versions' and attachments' sha256 and size) does not.
//
// What the server deletes (grep "DELETE FROM" server/, and the tus DELETE): only
//  - notify_pending (notify/notifystore.cpp): a queued notification's timer row, removed once
//    its email is queued in mail_queue; the messages it is about stay.
//  - the part file of a terminated or expired upload (transfer/blobfolder.cpp), a file on
//    disk: the uploads row stays with terminated_at, and no message refers to unfinished bytes.
// The record tables also refuse DELETE by trigger (migration 11). Updates that overwrite in
// place: members' ON CONFLICT in ConversationStore::addMember would reset added_at/removed_at
// when a removed member is added again; no endpoint does that today (members are added when a
// conversation is created, and a spouse when the matter starts messaging spouses, never one who
// was taken out), and the audit log keeps member_added/member_removed.
#include "demoserver.h"
#include "mailfixture.h"
#include "portalclient.h"
#include "recordsnapshot.h"
#include "smswebhook.h"
#include "streamprobe.h"
#include "transferfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <iostream>

using namespace parley::test;

namespace {

enum class Expect { Grows, Any };

// Takes a snapshot after each action and checks it against the one before.
class GrowthWatch
{
public:
    explicit GrowthWatch(QString dataDir)
        : m_dataDir(std::move(dataDir))
        , m_last(RecordSnapshot::take(m_dataDir))
        , m_firstTotal(m_last.total())
    { }

    // expect: Grows when the action creates something of the record (the snapshot must show
    // more rows: a snapshot that reads nothing cannot pass), Any for reads.
    void after(const QString &action, Expect expect)
    {
        const RecordSnapshot now = RecordSnapshot::take(m_dataDir);
        const QStringList losses = m_last.lostIn(now);
        INFO("after the action: " << action.toStdString());
        INFO(losses.join(u'\n').toStdString());
        CHECK(losses.isEmpty());
        if (expect == Expect::Grows)
            CHECK(now.total() > m_last.total());
        m_last = now;
        ++m_actions;
    }

    qsizetype rowsOf(const QString &table) const { return m_last.tables.value(table).rows.size(); }
    int actions() const { return m_actions; }
    qsizetype tables() const { return m_last.tables.size(); }
    qint64 firstTotal() const { return m_firstTotal; }
    qint64 total() const { return m_last.total(); }

private:
    QString m_dataDir;
    RecordSnapshot m_last;
    qint64 m_firstTotal = 0;
    int m_actions = 0;
};

QString messagesPath(qint64 conversation)
{
    return QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);
}

qint64 idOf(const HttpReply &reply)
{
    return reply.json[QStringLiteral("id")].toInteger();
}

QJsonObject statusMessage(const QString &txn, const QString &body)
{
    QJsonObject message = textMessage(txn, body);
    message.insert(QStringLiteral("kind"), QStringLiteral("status"));
    return message;
}

QJsonObject withAttachment(QJsonObject message, const QJsonObject &attachment)
{
    message.insert(QStringLiteral("attachments"), QJsonArray { attachment });
    return message;
}

QJsonObject documentAttachment(qint64 document, const QString &mode)
{
    return { { QStringLiteral("document_id"), document }, { QStringLiteral("mode"), mode } };
}

} // namespace

TEST_CASE("The record only grows: no user action deletes or rewrites a conversation, message, "
          "member, receipt, file or audit entry")
{
    TwilioStandIn twilio;
    REQUIRE(twilio.start());
    InvitedClient f(&twilio);
    const QUrl url = f.mailing.server.url();
    GrowthWatch watch(f.mailing.server.dataDir());
    const qint64 matter = f.matter;

    // Staff sign-in, a failed one first.
    HttpClient stranger(url);
    CHECK(stranger.login(Lawyer, QStringLiteral("not-the-password")).isEmpty());
    watch.after(QStringLiteral("failed staff sign-in"), Expect::Grows);
    HttpClient paralegal(url);
    const QString paralegalToken = paralegal.login(Paralegal);
    REQUIRE_FALSE(paralegalToken.isEmpty());
    watch.after(QStringLiteral("staff sign-in"), Expect::Grows);
    HttpClient partner(url);
    REQUIRE_FALSE(partner.login(Partner).isEmpty());
    watch.after(QStringLiteral("second staff sign-in"), Expect::Grows);
    const qint64 partnerId = idOf(partner.get(QStringLiteral("/api/v1/me")));
    const qint64 paralegalId = idOf(paralegal.get(QStringLiteral("/api/v1/me")));
    StreamProbe stream(url);
    REQUIRE(stream.open());
    REQUIRE(stream.authenticate(paralegalToken));
    watch.after(QStringLiteral("stream opened"), Expect::Any);

    // Conversations of each kind; the client's asks for MFA and texts too.
    const int mailBefore = int(f.mailing.smtp.messages().size());
    const qint64 external = startConversation(f.lawyer, matter, f.client, true, true);
    watch.after(QStringLiteral("create external conversation"), Expect::Grows);
    const HttpReply internal = f.lawyer.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("matter_id"), matter },
            { QStringLiteral("kind"), QStringLiteral("internal") },
            { QStringLiteral("title"), QStringLiteral("Strategy") },
            { QStringLiteral("member_ids"), QJsonArray { paralegalId } } });
    REQUIRE(internal.status == 201);
    watch.after(QStringLiteral("create internal conversation"), Expect::Grows);
    const HttpReply direct = f.lawyer.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("kind"), QStringLiteral("direct") },
            { QStringLiteral("title"), QStringLiteral("Conflicts check") },
            { QStringLiteral("member_ids"), QJsonArray { partnerId } } });
    REQUIRE(direct.status == 201);
    watch.after(QStringLiteral("create direct conversation"), Expect::Grows);

    // Messages: text, status, a retried send, in the app.
    const qint64 welcome = post(f.lawyer, external, QStringLiteral("Your settlement, privately."));
    watch.after(QStringLiteral("send text message"), Expect::Grows);
    const HttpReply status = f.lawyer.post(messagesPath(external),
        statusMessage(QStringLiteral("g-status"), QStringLiteral("Filed with the court")));
    REQUIRE(status.status == 201);
    watch.after(QStringLiteral("send status message"), Expect::Grows);
    const QJsonObject note
        = textMessage(QStringLiteral("g-note"), QStringLiteral("Draft v1 attached"));
    const HttpReply noted = paralegal.post(messagesPath(idOf(internal)), note);
    REQUIRE(noted.status == 201);
    watch.after(QStringLiteral("send text message (internal)"), Expect::Grows);
    const qsizetype messagesBefore = watch.rowsOf(QStringLiteral("messages"));
    const HttpReply retried = paralegal.post(messagesPath(idOf(internal)), note);
    CHECK(idOf(retried) == idOf(noted));
    watch.after(QStringLiteral("retried send (same client_txn_id)"), Expect::Any);
    CHECK(watch.rowsOf(QStringLiteral("messages")) == messagesBefore);
    const qint64 doomed
        = post(f.lawyer, idOf(internal), QStringLiteral("Privileged: withdraw this"));
    watch.after(QStringLiteral("send the message to delete"), Expect::Grows);
    REQUIRE(partner
                .post(messagesPath(idOf(direct)),
                    textMessage(QStringLiteral("g-direct"), QStringLiteral("No conflicts.")))
                .status
        == 201);
    watch.after(QStringLiteral("send text message (direct)"), Expect::Grows);

    // Files: tus uploads, a document and its next version, a copy sent, a share and its end.
    const QByteArray v1 = randomBytes(4000);
    const QByteArray v2 = randomBytes(5000);
    const QString upload1 = uploadBytes(f.lawyer, v1, QStringLiteral("Settlement.pdf"));
    REQUIRE_FALSE(upload1.isEmpty());
    watch.after(QStringLiteral("upload a file (tus)"), Expect::Grows);
    const HttpReply document
        = f.lawyer.post(QStringLiteral("/api/v1/matters/%1/documents").arg(matter),
            QJsonObject { { QStringLiteral("upload_id"), upload1 } });
    REQUIRE(document.status == 201);
    watch.after(QStringLiteral("create document"), Expect::Grows);
    const QString upload2 = uploadBytes(f.lawyer, v2, QStringLiteral("Settlement v2.pdf"));
    REQUIRE_FALSE(upload2.isEmpty());
    watch.after(QStringLiteral("upload the next version (tus)"), Expect::Grows);
    const HttpReply version
        = f.lawyer.post(QStringLiteral("/api/v1/documents/%1/versions").arg(idOf(document)),
            QJsonObject {
                { QStringLiteral("upload_id"), upload2 }, { QStringLiteral("base_version"), 1 } });
    REQUIRE(version.status == 201);
    watch.after(QStringLiteral("new document version"), Expect::Grows);
    REQUIRE(f.lawyer
                .post(messagesPath(external),
                    withAttachment(textMessage(QStringLiteral("g-copy"), QString()),
                        documentAttachment(idOf(document), QStringLiteral("copy"))))
                .status
        == 201);
    watch.after(QStringLiteral("send a copy"), Expect::Grows);
    REQUIRE(f.lawyer
                .post(messagesPath(external),
                    withAttachment(textMessage(QStringLiteral("g-share"), QStringLiteral("Latest")),
                        documentAttachment(idOf(document), QStringLiteral("share"))))
                .status
        == 201);
    watch.after(QStringLiteral("share a document"), Expect::Grows);
    REQUIRE(
        f.lawyer.post(QStringLiteral("/api/v1/documents/%1/stop-sharing").arg(idOf(document)), {})
            .status
        == 200);
    watch.after(QStringLiteral("stop sharing"), Expect::Grows);
    const QString blob = QStringLiteral("/api/v1/blobs/") + sha256Hex(v1);
    CHECK(sha256Hex(paralegal.get(blob).raw) == sha256Hex(v1));
    watch.after(QStringLiteral("download a blob"), Expect::Any);
    const QString unfinished = createUpload(f.lawyer, 100, QStringLiteral("half.pdf"));
    REQUIRE_FALSE(unfinished.isEmpty());
    CHECK(f.lawyer.send("DELETE", unfinished, {}, tusHeaders({})).status == 204);
    watch.after(QStringLiteral("start and terminate an upload (tus)"), Expect::Any);

    // Reads, receipts, a removed participant, a deleted message.
    const QStringList reads { QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/matters"),
        QStringLiteral("/api/v1/matters/%1").arg(matter),
        QStringLiteral("/api/v1/matters/%1/conversations").arg(matter),
        QStringLiteral("/api/v1/matters/%1/documents").arg(matter),
        QStringLiteral("/api/v1/matters/%1/message-files").arg(matter),
        QStringLiteral("/api/v1/conversations/%1").arg(external), messagesPath(external),
        QStringLiteral("/api/v1/sync"), QStringLiteral("/api/v1/sync?since=0&limit=50") };
    for (const QString &read : reads) {
        CHECK(f.lawyer.get(read).status == 200);
        watch.after(QStringLiteral("GET ") + read, Expect::Any);
    }
    REQUIRE(f.lawyer
                .post(QStringLiteral("/api/v1/conversations/%1/read").arg(idOf(internal)),
                    { { QStringLiteral("message_id"), idOf(noted) } })
                .status
        == 200);
    watch.after(QStringLiteral("mark read"), Expect::Grows);
    REQUIRE(f.lawyer
                .send("DELETE",
                    QStringLiteral("/api/v1/conversations/%1/members/%2")
                        .arg(idOf(direct))
                        .arg(partnerId),
                    {})
                .status
        == 200);
    watch.after(QStringLiteral("remove a participant"), Expect::Grows);
    REQUIRE(f.lawyer.send("DELETE", QStringLiteral("/api/v1/messages/%1").arg(doomed), {}).status
        == 200);
    watch.after(QStringLiteral("delete a message"), Expect::Grows);

    // The client: invitation, MFA, reading, receipts, posting, a file, a reply by text.
    const QJsonArray mail = f.mailing.waitForMail(mailBefore + 1, 500);
    REQUIRE(mail.size() > mailBefore);
    const QString token
        = inviteToken(partText(mail.last().toObject(), QStringLiteral("text/plain")));
    REQUIRE_FALSE(token.isEmpty());
    PortalClient browser(url);
    REQUIRE(browser.redeem(token).status == 200);
    watch.after(QStringLiteral("client redeems invitation"), Expect::Grows);
    for (const QString &read : { QStringLiteral("/api/v1/portal/me"),
             QStringLiteral("/api/v1/portal/conversations"), QStringLiteral("/portal/") }) {
        CHECK(browser.http.get(read).status == 200);
        watch.after(QStringLiteral("portal GET ") + read, Expect::Any);
    }
    CHECK(browser.http.get(browser.path(external, "messages")).status == 403);
    watch.after(QStringLiteral("portal read before MFA (refused)"), Expect::Any);
    REQUIRE(browser.post(browser.path(external, "mfa/code"), {}).status == 202);
    watch.after(QStringLiteral("portal MFA code request"), Expect::Any);
    const QString code = f.securityCode();
    const QString wrong = wrongCode(code);
    CHECK(browser.post(browser.path(external, "mfa/verify"), { { QStringLiteral("code"), wrong } })
              .status
        == 401);
    watch.after(QStringLiteral("portal MFA wrong code"), Expect::Grows);
    REQUIRE(browser.post(browser.path(external, "mfa/verify"), { { QStringLiteral("code"), code } })
                .status
        == 200);
    watch.after(QStringLiteral("portal MFA right code"), Expect::Grows);
    const HttpReply history = browser.http.get(browser.path(external, "messages"));
    REQUIRE(history.status == 200);
    watch.after(QStringLiteral("portal reads history"), Expect::Any);
    REQUIRE(
        browser.post(browser.path(external, "read"), { { QStringLiteral("message_id"), welcome } })
            .status
        == 200);
    watch.after(QStringLiteral("portal marks read"), Expect::Grows);
    REQUIRE(browser
                .post(browser.path(external, "messages"),
                    textMessage(QStringLiteral("p-1"), QStringLiteral("Thank you, I agree.")))
                .status
        == 201);
    watch.after(QStringLiteral("portal posts a message"), Expect::Grows);
    const QByteArray scan = randomBytes(3000);
    const QString clientUpload = browser.upload(scan, QStringLiteral("signed.pdf"));
    REQUIRE_FALSE(clientUpload.isEmpty());
    watch.after(QStringLiteral("portal uploads a file (tus)"), Expect::Grows);
    const HttpReply signedFile = browser.post(browser.path(external, "messages"),
        withAttachment(textMessage(QStringLiteral("p-2"), QStringLiteral("Signed.")),
            QJsonObject { { QStringLiteral("upload_id"), clientUpload },
                { QStringLiteral("mode"), QStringLiteral("file") } }));
    REQUIRE(signedFile.status == 201);
    watch.after(QStringLiteral("portal sends the file"), Expect::Grows);
    // The copy went out after version 2 came: the client has those bytes.
    CHECK(sha256Hex(browser.http.get(QStringLiteral("/api/v1/blobs/") + sha256Hex(v2)).raw)
        == sha256Hex(v2));
    watch.after(QStringLiteral("portal downloads a blob"), Expect::Any);
    const QList<QPair<QString, QString>> text {
        { QStringLiteral("MessageSid"), QStringLiteral("SM00000000000000000000000000growth") },
        { QStringLiteral("AccountSid"), TwilioSid },
        { QStringLiteral("From"), QStringLiteral("+12025550101") },
        { QStringLiteral("To"), QStringLiteral("+15550006666") },
        { QStringLiteral("Body"), QStringLiteral("Texting from the car park") },
        { QStringLiteral("NumMedia"), QStringLiteral("0") }
    };
    REQUIRE(sms::deliver(url, text).status == 200);
    watch.after(QStringLiteral("client replies by SMS"), Expect::Grows);
    REQUIRE(sms::deliver(url, text).status == 200);
    watch.after(QStringLiteral("Twilio retries the SMS webhook"), Expect::Any);
    REQUIRE(browser.post(QStringLiteral("/api/v1/portal/sign-out"), {}).status == 200);
    watch.after(QStringLiteral("portal sign-out"), Expect::Any);
    f.mailing.advance(2 * 60); // past the minute between two links to one client
    PortalClient returning(url);
    CHECK(returning
              .post(QStringLiteral("/api/v1/portal/sign-in-link"),
                  { { QStringLiteral("email"), f.email } }, false)
              .status
        == 202);
    watch.after(QStringLiteral("portal sign-in link request"), Expect::Any);
    CHECK(returning
              .post(QStringLiteral("/api/v1/portal/invitations/renew"),
                  { { QStringLiteral("token"), token } }, false)
              .status
        == 202);
    watch.after(QStringLiteral("portal invitation renewal"), Expect::Any);

    // The work that comes out of messages: a client's file kept as a matter document, a
    // template posted by a status rule, a spouse joining the client conversations.
    REQUIRE(f.lawyer
                .post(QStringLiteral("/api/v1/messages/%1/save-as-document").arg(idOf(signedFile)),
                    { { QStringLiteral("sha256"), sha256Hex(scan) } })
                .status
        == 201);
    watch.after(QStringLiteral("save a client's file as a document"), Expect::Grows);
    const HttpReply hearing = f.lawyer.post(QStringLiteral("/api/v1/templates"),
        { { QStringLiteral("name"), QStringLiteral("Hearing") },
            { QStringLiteral("body"), QStringLiteral("Dear {client_name}, {status}.") } });
    REQUIRE(hearing.status == 201);
    watch.after(QStringLiteral("create a message template"), Expect::Grows);
    REQUIRE(f.lawyer
                .post(QStringLiteral("/api/v1/templates/%1").arg(idOf(hearing)),
                    { { QStringLiteral("body"), QStringLiteral("Dear {client_name}: {status}.") } })
                .status
        == 200);
    watch.after(QStringLiteral("change a message template"), Expect::Any);
    const HttpReply rule = f.lawyer.post(QStringLiteral("/api/v1/status-rules"),
        { { QStringLiteral("status"), QStringLiteral("Hearing set") },
            { QStringLiteral("template_id"), idOf(hearing) },
            { QStringLiteral("post_as"), QStringLiteral("status") } });
    REQUIRE(rule.status == 201);
    watch.after(QStringLiteral("create a status rule"), Expect::Grows);
    const QString statusPath = QStringLiteral("/api/v1/matters/%1/status").arg(matter);
    const qsizetype runsBefore = watch.rowsOf(QStringLiteral("rule_runs"));
    REQUIRE(
        f.lawyer.post(statusPath, { { QStringLiteral("status"), QStringLiteral("Hearing set") } })
            .status
        == 200);
    watch.after(QStringLiteral("change a matter's status (a rule posts)"), Expect::Grows);
    CHECK(watch.rowsOf(QStringLiteral("rule_runs")) > runsBefore);
    const qsizetype transitions = watch.rowsOf(QStringLiteral("status_transitions"));
    REQUIRE(
        f.lawyer.post(statusPath, { { QStringLiteral("status"), QStringLiteral("hearing SET") } })
            .status
        == 200);
    watch.after(QStringLiteral("the same status again"), Expect::Any);
    CHECK(watch.rowsOf(QStringLiteral("status_transitions")) == transitions);
    REQUIRE(
        f.lawyer.post(QStringLiteral("/api/v1/status-rules/%1/delete").arg(idOf(rule)), {}).status
        == 200);
    watch.after(QStringLiteral("delete a status rule"), Expect::Any);
    REQUIRE(
        f.lawyer.post(QStringLiteral("/api/v1/templates/%1/delete").arg(idOf(hearing)), {}).status
        == 200);
    watch.after(QStringLiteral("delete a message template"), Expect::Any);
    const qint64 divorce = matterId(f.lawyer, QStringLiteral("2026-0108"));
    startConversation(f.lawyer, divorce, clientOf(f.lawyer, divorce).first, false);
    watch.after(QStringLiteral("create external conversation (without the spouse)"), Expect::Grows);
    REQUIRE(f.lawyer
                .post(QStringLiteral("/api/v1/matters/%1/settings").arg(divorce),
                    { { QStringLiteral("message_spouse"), true } })
                .status
        == 200);
    watch.after(QStringLiteral("message the spouse too (the spouse joins)"), Expect::Grows);

    // The team inbox and tasks: the client conversation assigned, a message trashed and
    // restored, a task made from it and completed.
    REQUIRE(f.lawyer
                .post(QStringLiteral("/api/v1/conversations/%1/assign").arg(external),
                    { { QStringLiteral("assignee_id"), paralegalId } })
                .status
        == 200);
    watch.after(QStringLiteral("assign a conversation"), Expect::Grows);
    const auto inboxAction = [&f, welcome](const QString &action) {
        return f.lawyer
            .post(QStringLiteral("/api/v1/inbox/actions"),
                { { QStringLiteral("action"), action },
                    { QStringLiteral("message_ids"), QJsonArray { welcome } } })
            .status;
    };
    REQUIRE(inboxAction(QStringLiteral("trash")) == 200);
    watch.after(QStringLiteral("inbox: trash a message"), Expect::Grows);
    REQUIRE(inboxAction(QStringLiteral("restore")) == 200);
    watch.after(QStringLiteral("inbox: restore it"), Expect::Any);
    const HttpReply task = f.lawyer.post(QStringLiteral("/api/v1/tasks"),
        { { QStringLiteral("name"), QStringLiteral("Call about the settlement") },
            { QStringLiteral("message_id"), welcome },
            { QStringLiteral("assignee_id"), paralegalId } });
    REQUIRE(task.status == 201);
    watch.after(QStringLiteral("make a task from a message"), Expect::Grows);
    REQUIRE(paralegal
                .post(QStringLiteral("/api/v1/tasks/%1").arg(idOf(task)),
                    { { QStringLiteral("done"), true } })
                .status
        == 200);
    watch.after(QStringLiteral("complete the task"), Expect::Grows);

    // The firm's record keeping: a new portal address, the export, a client cancelling, the
    // matter closing, signing out.
    REQUIRE(f.lawyer
                .put(QStringLiteral("/api/v1/matters/%1/parties/%2/portal-email")
                         .arg(matter)
                         .arg(f.client),
                    { { QStringLiteral("email"), QStringLiteral("maria.work@office.test") } })
                .status
        == 200);
    watch.after(QStringLiteral("change a client's portal address"), Expect::Grows);
    REQUIRE(f.lawyer.get(QStringLiteral("/api/v1/matters/%1/record").arg(matter)).status == 200);
    watch.after(QStringLiteral("export the matter record"), Expect::Grows);
    const qint64 otherMatter = matterId(f.lawyer, QStringLiteral("2026-0102"));
    const qint64 otherClient = clientOf(f.lawyer, otherMatter).first;
    REQUIRE(otherClient != 0);
    startConversation(f.lawyer, otherMatter, otherClient, false);
    watch.after(QStringLiteral("create external conversation (another matter)"), Expect::Grows);
    REQUIRE(f.lawyer
                .post(QStringLiteral("/api/v1/matters/%1/parties/%2/cancel")
                          .arg(otherMatter)
                          .arg(otherClient),
                    {})
                .status
        == 200);
    watch.after(QStringLiteral("cancel a client"), Expect::Grows);
    REQUIRE(
        f.lawyer.post(QStringLiteral("/api/v1/matters/%1/close").arg(matter), {}).status == 200);
    watch.after(QStringLiteral("close a matter"), Expect::Grows);
    REQUIRE(paralegal.post(QStringLiteral("/api/v1/auth/logout"), {}).status == 200);
    watch.after(QStringLiteral("sign out"), Expect::Grows);
    REQUIRE(f.lawyer.post(QStringLiteral("/api/v1/auth/logout-all"), {}).status == 200);
    watch.after(QStringLiteral("sign out everywhere"), Expect::Grows);

    CHECK(watch.total() > watch.firstTotal());
    std::cout << "record growth: " << watch.actions() << " actions, " << watch.tables()
              << " record tables checked after each, " << watch.firstTotal() << " -> "
              << watch.total() << " rows" << std::endl;
}

// The check itself is not vacuous: a row gone and a body rewritten are each reported.
TEST_CASE("A record snapshot reports a row gone and an unchanging column changed")
{
    RecordSnapshot before;
    before.tables.insert(QStringLiteral("messages"),
        TableRows { { QStringLiteral("body") },
            { { QStringLiteral("1"), { QStringLiteral("first") } },
                { QStringLiteral("2"), { QStringLiteral("second") } } } });
    RecordSnapshot after = before;
    CHECK(before.lostIn(after).isEmpty());
    after.tables[QStringLiteral("messages")].rows.insert(
        QStringLiteral("3"), { QStringLiteral("third") });
    CHECK(before.lostIn(after).isEmpty());
    after.tables[QStringLiteral("messages")].rows.remove(QStringLiteral("1"));
    after.tables[QStringLiteral("messages")].rows[QStringLiteral("2")]
        = QVariantList { QStringLiteral("rewritten") };
    QStringList lost = before.lostIn(after);
    lost.sort(); // a hash's order
    CHECK(lost
        == QStringList { QStringLiteral("messages: row 1 is gone"),
            QStringLiteral("messages: row 2 changed its body") });
    after.tables[QStringLiteral("messages")].rows.remove(QStringLiteral("3"));
    CHECK(before.lostIn(after).size() == 3); // and now fewer rows too
}
