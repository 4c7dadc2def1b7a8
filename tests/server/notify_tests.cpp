// Notifications against the real server and a real SMTP server (Debian's python3-aiosmtpd):
// what arrives is parsed with Python's MIME parser and checked for recipients, subject, parts,
// links, and the absence of protected content. Time moves through the server's clock file.
#include "app/servercontext.h"
#include "auth/sessiontoken.h"
#include "db/sqlquery.h"
#include "demoserver.h"
#include "inprocess.h"
#include "mailfixture.h"
#include "smswebhook.h"
#include "smtpserver.h"
#include "store/userstore.h"
#include "twiliostandin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QThread>
#include <QUrlQuery>
#include <catch2/catch.hpp>

using namespace parley::test;
using namespace parley;

TEST_CASE("A conversation with a client starts with a welcome email and a single-use link")
{
    MailingServer mailing;
    HttpClient lawyer(mailing.server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
    const auto [client, email] = clientOf(lawyer, matter);
    REQUIRE(client != 0);

    const qint64 conversation = startConversation(lawyer, matter, client, false);
    post(lawyer, conversation, QStringLiteral("Welcome aboard."));
    // The demo's own history is not news: one email, the welcome.
    const QJsonArray mail = mailing.waitForMail(1);
    REQUIRE(mail.size() == 1);
    const QJsonObject welcome = mail.first().toObject();
    CHECK(welcome[QStringLiteral("envelope_to")].toString().contains(email));
    CHECK(welcome[QStringLiteral("to")].toString().contains(email));
    CHECK(welcome[QStringLiteral("from")].toString()
        == QStringLiteral("%1 <notices@harbor.test>").arg(Firm)); // as the parser reads it
    CHECK(welcome[QStringLiteral("subject")].toString()
        == QStringLiteral("%1 invites you to its secure client portal").arg(Firm));
    CHECK(welcome[QStringLiteral("content_type")].toString()
        == QLatin1String("multipart/alternative"));
    CHECK(welcome[QStringLiteral("defects")].toArray().isEmpty());
    const QString text = partText(welcome, QStringLiteral("text/plain"));
    const QString html = partText(welcome, QStringLiteral("text/html"));
    CHECK(text.contains(QStringLiteral("Matter 2026-0101")));
    CHECK(html.contains(QStringLiteral("Harbor &amp; Lane LLP"))); // escaped in HTML
    const QString token = inviteToken(text);
    REQUIRE_FALSE(token.isEmpty());
    CHECK(html.contains(token));
    CHECK(text.contains(
        QStringLiteral("%1/portal/invite/%2").arg(mailing.server.url().toString(), token)));

    // Only the token's hash is kept, valid for an hour.
    InProcess db(mailing.server);
    server::SqlQuery query(db.context.db(),
        QStringLiteral("SELECT token_hash, expires_at - created_at FROM invitations"
                       " WHERE user_id = ? AND conversation_id = ?"));
    query.bind(client).bind(conversation);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    CHECK(query.text(0) == QString::fromLatin1(server::SessionToken::hash(token).toHex()));
    CHECK(query.text(0) != token);
    CHECK(query.integer(1) == 60 * 60 * 1000);
}

TEST_CASE("A client who has not read in 15 minutes gets one email for the batch; read in time, "
          "none; a protected conversation's email holds no text")
{
    MailingServer mailing;
    HttpClient lawyer(mailing.server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 unreadMatter = matterId(lawyer, QStringLiteral("2026-0101"));
    const qint64 readMatter = matterId(lawyer, QStringLiteral("2026-0102"));
    const qint64 mfaMatter = matterId(lawyer, QStringLiteral("2026-0103"));
    const auto [unreadClient, unreadEmail] = clientOf(lawyer, unreadMatter);
    const auto [readClient, readEmail] = clientOf(lawyer, readMatter);
    const auto [mfaClient, mfaEmail] = clientOf(lawyer, mfaMatter);
    const qint64 unread = startConversation(lawyer, unreadMatter, unreadClient, false);
    const qint64 read = startConversation(lawyer, readMatter, readClient, false);
    const qint64 protectedOne = startConversation(lawyer, mfaMatter, mfaClient, true);
    REQUIRE(mailing.waitForMail(3, 500).size() == 3); // the welcomes

    post(lawyer, unread, QStringLiteral("The draft settlement is ready."));
    post(lawyer, unread, QStringLiteral("Please call me about clause 4."));
    const qint64 lastRead = post(lawyer, read, QStringLiteral("Your deed has been recorded."));
    post(lawyer, protectedOne, QStringLiteral("Secret offer: 250,000"));
    // Ten minutes on (from when the server saw the messages), the second client reads.
    InProcess db(mailing.server);
    db.waitForNotifier();
    mailing.advance(10 * 60);
    REQUIRE(db.context.receipts().markRead(db.principal(readEmail), read, lastRead));
    db.waitForNotifier();
    QThread::msleep(1500); // a look or two more, in which an early reminder would go out
    CHECK(mailing.smtp.messages().size() == 3); // nothing before the 15 minutes

    mailing.advance(16 * 60);
    // 3 welcomes, 2 reminders, and the staff of 2026-0102 told of the read (their batch).
    const int readersStaff = int(lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(readMatter))
                                     .json[QStringLiteral("staff")]
                                     .toArray()
                                     .size());
    const QJsonArray mail = mailing.waitForMail(5 + readersStaff);
    REQUIRE(withSubject(mail, QStringLiteral("New message")) == 2);
    REQUIRE(withSubject(mail, QStringLiteral("Client activity")) == readersStaff);
    REQUIRE(mail.size() == 5 + readersStaff);
    QJsonObject toUnread;
    QJsonObject toProtected;
    for (const QJsonValue &value : mail) {
        const QJsonObject message = value.toObject();
        if (!message[QStringLiteral("subject")].toString().startsWith(
                QStringLiteral("New message")))
            continue;
        const QString to = message[QStringLiteral("envelope_to")].toString();
        CHECK_FALSE(to.contains(readEmail)); // read in time: no email
        if (to.contains(unreadEmail))
            toUnread = message;
        if (to.contains(mfaEmail))
            toProtected = message;
    }
    REQUIRE_FALSE(toUnread.isEmpty());
    REQUIRE_FALSE(toProtected.isEmpty());
    const QString text = partText(toUnread, QStringLiteral("text/plain"));
    CHECK(text.contains(QStringLiteral("You have 2 new messages from %1.").arg(Firm)));
    CHECK(text.contains(QStringLiteral("The draft settlement is ready.")));
    CHECK(text.contains(QStringLiteral("Please call me about clause 4.")));
    CHECK_FALSE(inviteToken(text).isEmpty()); // a fresh link
    const QString secretText = partText(toProtected, QStringLiteral("text/plain"));
    const QString secretHtml = partText(toProtected, QStringLiteral("text/html"));
    CHECK_FALSE(secretText.contains(QStringLiteral("250,000")));
    CHECK_FALSE(secretHtml.contains(QStringLiteral("250,000")));
    CHECK_FALSE(secretText.contains(QStringLiteral("2026-0103")));
    CHECK(secretText.contains(QStringLiteral("protected")));
    CHECK_FALSE(inviteToken(secretText).isEmpty());

    // Much later: still exactly those.
    mailing.advance(3 * 60 * 60);
    CHECK(mailing.settledMail().size() == 5 + readersStaff);
}

TEST_CASE("Clients' messages and reads reach the matter's staff once per window (the firm's)")
{
    MailingServer mailing;
    HttpClient lawyer(mailing.server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
    const auto [client, email] = clientOf(lawyer, matter);
    const qint64 conversation = startConversation(lawyer, matter, client, false);
    REQUIRE(mailing.waitForMail(1, 200).size() == 1);

    // This firm collects for 2 minutes rather than the server's 5.
    QByteArray output;
    CHECK(mailing.server.runAdmin({ QStringLiteral("admin"), QStringLiteral("set-staff-batch"),
                                      QStringLiteral("--minutes"), QStringLiteral("soon") },
              &output)
        == 1);
    REQUIRE(mailing.server.runAdmin({ QStringLiteral("admin"), QStringLiteral("set-staff-batch"),
                                        QStringLiteral("--minutes"), QStringLiteral("2") },
                &output)
        == 0);
    // The client reads the firm's message, then writes twice.
    const qint64 firmMessage = post(lawyer, conversation, QStringLiteral("Please sign page 3."));
    InProcess db(mailing.server);
    const server::Principal maria = db.principal(email);
    REQUIRE(db.context.receipts().markRead(maria, conversation, firmMessage));
    for (const QString &body :
        { QStringLiteral("I signed it."), QStringLiteral("Sent the scan.") }) {
        protocol::NewMessage reply;
        reply.clientTxnId = body;
        reply.body = body;
        REQUIRE(db.context.messages().send(maria, conversation, reply, protocol::Limits()));
    }
    db.waitForNotifier(); // the window opens when the server sees the first of them
    mailing.advance(60);
    CHECK(mailing.settledMail().size() == 1); // a minute in, the window is still open
    mailing.advance(3 * 60);
    const QJsonArray mail = mailing.waitForMail(2);
    QStringList staffMail;
    for (const QJsonValue &value : mail) {
        const QJsonObject message = value.toObject();
        if (!message[QStringLiteral("subject")].toString().startsWith(
                QStringLiteral("Client activity on the portal")))
            continue;
        staffMail.append(message[QStringLiteral("envelope_to")].toString());
        const QString text = partText(message, QStringLiteral("text/plain"));
        CHECK(
            message[QStringLiteral("subject")].toString().endsWith(QStringLiteral(": 3 updates")));
        CHECK(text.contains(QStringLiteral("(read the firm's messages)")));
        CHECK(text.contains(QStringLiteral("I signed it.")));
        CHECK(text.contains(QStringLiteral("Sent the scan.")));
        CHECK(text.contains(QStringLiteral("matter 2026-0101")));
    }
    // One email per staff member on the matter, each with the read and both messages; nobody
    // else.
    const QJsonArray staff = lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(matter))
                                 .json[QStringLiteral("staff")]
                                 .toArray();
    REQUIRE_FALSE(staff.isEmpty());
    CHECK(staffMail.size() == staff.size());
    for (const QJsonValue &member : staff)
        CHECK(staffMail.filter(member[QStringLiteral("email")].toString()).size() == 1);
    CHECK(staffMail.filter(email).isEmpty()); // not to the client who wrote
}

TEST_CASE("Mail queued while the SMTP server is down goes out once after a restart")
{
    MailingServer mailing(false);
    HttpClient lawyer(mailing.server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 first = matterId(lawyer, QStringLiteral("2026-0101"));
    const qint64 second = matterId(lawyer, QStringLiteral("2026-0102"));
    startConversation(lawyer, first, clientOf(lawyer, first).first, false);
    startConversation(lawyer, second, clientOf(lawyer, second).first, false);
    // Tried and failed (nobody listens), queued for a later try.
    InProcess db(mailing.server);
    const auto queued = [&] {
        server::SqlQuery query(db.context.db(),
            QStringLiteral(
                "SELECT COUNT(*), SUM(attempts) FROM mail_queue WHERE state = 'queued'"));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return QPair<qint64, qint64>(query.integer(0), query.integer(1));
    };
    QDeadlineTimer tried(20000);
    while (queued().second < 2 && !tried.hasExpired())
        QThread::msleep(200);
    CHECK(queued().first == 2);
    CHECK(queued().second >= 2);

    // The server is killed; the SMTP server comes up; the server starts again.
    mailing.server.kill();
    REQUIRE(mailing.smtp.start());
    REQUIRE(mailing.server.restartOnSamePort());
    mailing.advance(10 * 60); // past the retry delay
    const QJsonArray mail = mailing.waitForMail(2);
    CHECK(mail.size() == 2);
    QStringList ids;
    for (const QJsonValue &value : mail)
        ids.append(value[QStringLiteral("message_id")].toString());
    ids.removeDuplicates();
    CHECK(ids.size() == 2);
    CHECK(queued().first == 0);
    // Another restart sends nothing again.
    mailing.server.stop();
    REQUIRE(mailing.server.restartOnSamePort());
    mailing.advance(2 * 60 * 60);
    CHECK(mailing.settledMail().size() == 2);
}

namespace {
// A mailing server that also texts through a Twilio stand-in, and a conversation with SMS on
// between the lawyer and the first client of matter 2026-0101.
struct TextingServer
{
    TwilioStandIn twilio;
    MailingServer mailing { true, &startedTwilio(twilio) };
    HttpClient lawyer { mailing.server.url() };
    qint64 client = 0;
    qint64 conversation = 0;

    TextingServer()
    {
        REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
        const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
        client = clientOf(lawyer, matter).first;
        conversation = startConversation(lawyer, matter, client, false, true);
    }

    static const TwilioStandIn &startedTwilio(TwilioStandIn &standIn)
    {
        REQUIRE(standIn.start());
        return standIn;
    }
};

} // namespace

TEST_CASE("A firm message in a conversation with SMS on goes by text, as Twilio's API takes it")
{
    TextingServer texting;
    auto &[twilio, mailing, lawyer, client, conversation] = texting;
    post(lawyer, conversation, QStringLiteral("Court moved to 10am Thursday."));

    QDeadlineTimer deadline(30000);
    while (twilio.requests().isEmpty() && !deadline.hasExpired())
        QThread::msleep(200);
    const QJsonArray sent = twilio.requests();
    REQUIRE(sent.size() == 1);
    const QJsonObject request = sent.first().toObject();
    CHECK(request[QStringLiteral("path")].toString()
        == QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(TwilioSid));
    CHECK(request[QStringLiteral("authorization")].toString()
        == QStringLiteral("Basic ")
            + QString::fromLatin1(
                (TwilioSid + QLatin1Char(':') + TwilioToken).toUtf8().toBase64()));
    CHECK(request[QStringLiteral("content_type")].toString()
        == QLatin1String("application/x-www-form-urlencoded"));
    const QJsonObject form = request[QStringLiteral("form")].toObject();
    CHECK(form[QStringLiteral("To")].toString() == QStringLiteral("+12025550101"));
    CHECK(form[QStringLiteral("From")].toString() == QStringLiteral("+15550006666"));
    const QString body = form[QStringLiteral("Body")].toString();
    CHECK(body.startsWith(Firm + QStringLiteral(": Court moved to 10am Thursday.")));
    CHECK_FALSE(inviteToken(body).isEmpty()); // a link to answer with files
    // Sent once, and marked so (once the server has read Twilio's answer).
    InProcess db(mailing.server);
    const auto state = [&] {
        server::SqlQuery query(
            db.context.db(), QStringLiteral("SELECT state FROM mail_queue WHERE channel = 'sms'"));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.text(0);
    };
    QDeadlineTimer marked(30000);
    while (state() == QLatin1String("queued") && !marked.hasExpired())
        QThread::msleep(200);
    CHECK(state() == QLatin1String("sent"));
    CHECK(mailing.settledMail().size() == 1); // and the welcome email, by email
    CHECK(twilio.requests().size() == 1);
}

TEST_CASE("Inbound SMS: a signed reply is posted as the client's, once; unsigned and forged "
          "requests are refused")
{
    TextingServer texting;
    // References, not a structured binding: clang 14 (the sanitizer build) cannot capture a
    // binding in a lambda.
    auto &mailing = texting.mailing;
    auto &lawyer = texting.lawyer;
    auto &client = texting.client;
    auto &conversation = texting.conversation;

    const QString path = QStringLiteral("/api/v1/sms/inbound");
    const QString url = mailing.server.url().toString() + path;
    const QList<QPair<QString, QString>> form {
        { QStringLiteral("MessageSid"), QStringLiteral("SM0000000000000000000000000000abcd") },
        { QStringLiteral("AccountSid"), TwilioSid },
        { QStringLiteral("From"), QStringLiteral("+12025550101") },
        { QStringLiteral("To"), QStringLiteral("+15550006666") },
        { QStringLiteral("Body"), QStringLiteral("Thursday works. Thanks & see you!") },
        { QStringLiteral("NumMedia"), QStringLiteral("0") },
    };
    HttpClient twilioSide(mailing.server.url());
    const auto deliver = [&](const QByteArray &signature) {
        HttpClient::Headers headers { { "Content-Type", "application/x-www-form-urlencoded" } };
        if (!signature.isEmpty())
            headers.append({ "X-Twilio-Signature", signature });
        return twilioSide.send("POST", path, sms::body(form), headers);
    };
    const auto messages = [&] {
        return lawyer
            .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation))
            .json[QStringLiteral("messages")]
            .toArray();
    };
    const qsizetype before = messages().size();

    CHECK(deliver({}).status == 403); // unsigned
    CHECK(deliver(sms::signature(url + QStringLiteral("?x=1"), form)).status == 403); // forged
    QList<QPair<QString, QString>> other = form;
    other[4].second = QStringLiteral("Something else");
    CHECK(deliver(sms::signature(url, other)).status == 403); // signed for other words
    CHECK(messages().size() == before);

    const HttpReply accepted = deliver(sms::signature(url, form));
    CHECK(accepted.status == 200);
    CHECK(accepted.header("Content-Type").startsWith("text/xml"));
    CHECK(accepted.raw.contains("<Response>"));
    const QJsonArray after = messages();
    REQUIRE(after.size() == before + 1);
    const QJsonObject reply = after.last().toObject();
    CHECK(reply[QStringLiteral("body")].toString()
        == QStringLiteral("Thursday works. Thanks & see you!"));
    CHECK(reply[QStringLiteral("channel")].toString() == QLatin1String("sms"));
    CHECK(reply[QStringLiteral("sender_id")].toInteger() == client);
    // Twilio retries a webhook it did not hear back from: the reply stays one message.
    CHECK(deliver(sms::signature(url, form)).status == 200);
    CHECK(messages().size() == before + 1);
}

TEST_CASE("A picture message's media are fetched from Twilio and posted as the client's files")
{
    TextingServer texting;
    // References, not a structured binding: clang 14 (the sanitizer build) cannot capture a
    // binding in a lambda.
    auto &twilio = texting.twilio;
    auto &mailing = texting.mailing;
    auto &lawyer = texting.lawyer;
    auto &client = texting.client;
    auto &conversation = texting.conversation;
    const QString path = QStringLiteral("/api/v1/sms/inbound");
    const QString url = mailing.server.url().toString() + path;
    HttpClient twilioSide(mailing.server.url());
    const auto deliver = [&](const QList<QPair<QString, QString>> &form) {
        return twilioSide.send("POST", path, sms::body(form),
            HttpClient::Headers { { "Content-Type", "application/x-www-form-urlencoded" },
                { "X-Twilio-Signature", sms::signature(url, form) } });
    };
    const auto picture = [&](const QString &sid, const QString &mediaUrl) {
        return QList<QPair<QString, QString>> { { QStringLiteral("MessageSid"), sid },
            { QStringLiteral("From"), QStringLiteral("+12025550101") },
            { QStringLiteral("To"), QStringLiteral("+15550006666") },
            { QStringLiteral("Body"), QStringLiteral("Photo of the damage") },
            { QStringLiteral("NumMedia"), QStringLiteral("1") },
            { QStringLiteral("MediaUrl0"), mediaUrl },
            { QStringLiteral("MediaContentType0"), QStringLiteral("image/jpeg") } };
    };
    const auto newest = [&] {
        return lawyer
            .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation))
            .json[QStringLiteral("messages")]
            .toArray()
            .last()
            .toObject();
    };

    REQUIRE(deliver(picture(QStringLiteral("MM01"),
                        twilio.baseUrl() + QStringLiteral("/media/photo?size=3000")))
                .status
        == 200);
    QDeadlineTimer deadline(30000);
    while (newest()[QStringLiteral("body")].toString() != QLatin1String("Photo of the damage")
        && !deadline.hasExpired())
        QThread::msleep(200);
    const QJsonObject posted = newest();
    REQUIRE(posted[QStringLiteral("body")].toString() == QLatin1String("Photo of the damage"));
    CHECK(posted[QStringLiteral("channel")].toString() == QLatin1String("sms"));
    CHECK(posted[QStringLiteral("sender_id")].toInteger() == client);
    const QJsonArray files = posted[QStringLiteral("attachments")].toArray();
    REQUIRE(files.size() == 1);
    const QJsonObject file = files.first().toObject();
    CHECK(file[QStringLiteral("name")].toString() == QLatin1String("MMS 1.jpg"));
    CHECK(file[QStringLiteral("size")].toInteger() == 3000);
    QByteArray expected(3000, Qt::Uninitialized);
    for (int i = 0; i < expected.size(); ++i)
        expected[i] = char((i * 7) % 256);
    CHECK(file[QStringLiteral("sha256")].toString()
        == QString::fromLatin1(
            QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    CHECK(
        lawyer.get(QStringLiteral("/api/v1/blobs/") + file[QStringLiteral("sha256")].toString()).raw
        == expected);
    // Fetched with the account's credentials.
    bool authenticated = false;
    for (const QJsonValue &request : twilio.requests()) {
        if (request[QStringLiteral("path")].toString() == QLatin1String("/media/photo"))
            authenticated = request[QStringLiteral("authorization")].toString().startsWith(
                QStringLiteral("Basic "));
    }
    CHECK(authenticated);

    // Media anywhere but Twilio's host are not fetched; the reply is given up, not posted.
    REQUIRE(
        deliver(picture(QStringLiteral("MM02"), QStringLiteral("http://127.0.0.2:9/x.jpg"))).status
        == 200);
    InProcess db(mailing.server);
    const auto state = [&](const QString &sid) {
        server::SqlQuery query(
            db.context.db(), QStringLiteral("SELECT state FROM sms_inbound WHERE message_sid = ?"));
        query.bindText(sid);
        REQUIRE(query.exec());
        return query.next() ? query.text(0) : QString();
    };
    QDeadlineTimer refused(20000);
    while (state(QStringLiteral("MM02")) == QLatin1String("pending") && !refused.hasExpired())
        QThread::msleep(200);
    CHECK(state(QStringLiteral("MM02")) == QLatin1String("failed"));
    CHECK(state(QStringLiteral("MM01")) == QLatin1String("posted"));
    // Larger than an MMS can be: refused too.
    REQUIRE(deliver(picture(QStringLiteral("MM03"),
                        twilio.baseUrl() + QStringLiteral("/media/huge?size=6000000")))
                .status
        == 200);
    QDeadlineTimer huge(30000);
    while (state(QStringLiteral("MM03")) == QLatin1String("pending") && !huge.hasExpired())
        QThread::msleep(200);
    CHECK(state(QStringLiteral("MM03")) == QLatin1String("failed"));
    CHECK(newest()[QStringLiteral("id")] == posted[QStringLiteral("id")]);
}

TEST_CASE("A number Twilio refuses fails for good with the reason, and is not tried again")
{
    TwilioStandIn twilio;
    REQUIRE(twilio.start());
    MailingServer mailing(true, &twilio);
    HttpClient lawyer(mailing.server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
    // Twilio's documented test number for "not a valid phone number" (error 21211).
    QByteArray output;
    REQUIRE(mailing.server.runAdmin(
                { QStringLiteral("admin"), QStringLiteral("create-client"),
                    QStringLiteral("--email"), QStringLiteral("invalid@client.test"),
                    QStringLiteral("--name"), QStringLiteral("Ivy Invalid"),
                    QStringLiteral("--phone"), QStringLiteral("+15005550001") },
                &output)
        == 0);
    const qint64 client
        = QJsonDocument::fromJson(output).object()[QStringLiteral("id")].toInteger();
    REQUIRE(client != 0);
    REQUIRE(mailing.server.runAdmin({ QStringLiteral("admin"), QStringLiteral("add-party"),
                QStringLiteral("--matter"), QString::number(matter), QStringLiteral("--user"),
                QStringLiteral("invalid@client.test"), QStringLiteral("--role"),
                QStringLiteral("client") })
        == 0);
    const qint64 conversation = startConversation(lawyer, matter, client, false, true);
    post(lawyer, conversation, QStringLiteral("Your hearing is on Monday."));

    InProcess db(mailing.server);
    const auto row = [&] {
        server::SqlQuery query(db.context.db(),
            QStringLiteral("SELECT state, attempts, last_error FROM mail_queue"
                           " WHERE channel = 'sms'"));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return std::make_tuple(query.text(0), query.integer(1), query.text(2));
    };
    QDeadlineTimer deadline(30000);
    while (std::get<0>(row()) == QLatin1String("queued") && !deadline.hasExpired())
        QThread::msleep(200);
    const auto [state, attempts, error] = row();
    CHECK(state == QLatin1String("failed"));
    CHECK(attempts == 1);
    CHECK(error.contains(QStringLiteral("400")));
    mailing.advance(2 * 60 * 60); // long past any retry
    QThread::msleep(2500);
    CHECK(twilio.requests().size() == 1);
}
