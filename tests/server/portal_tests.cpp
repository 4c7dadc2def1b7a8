// The client portal's API against the real server and a real SMTP server: invitations
// (single use, expiry, a fresh link), the session cookie and its CSRF token, idle expiry and
// sign-out, MFA codes with their lockout, what a client may see, and the portal's pages and
// their security headers. The browser tests (tests/portal) drive the same through chromium.
#include "app/servercontext.h"
#include "db/sqlquery.h"
#include "mailfixture.h"
#include "portalclient.h"
#include "serverdatabase.h"
#include "transferfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

using PortalFixture = InvitedClient;

TEST_CASE("An invitation signs the client in once, with a strict cookie and a CSRF token")
{
    PortalFixture f;
    const auto [conversation, token] = f.invited(false, QStringLiteral("Please review the draft."));

    PortalClient browser(f.mailing.server.url());
    const HttpReply signedIn = browser.redeem(token);
    REQUIRE(signedIn.status == 200);
    CHECK(signedIn.json[QStringLiteral("conversation_id")].toInteger() == conversation);
    CHECK(signedIn.json[QStringLiteral("user")][QStringLiteral("email")].toString() == f.email);
    CHECK(browser.cookie.startsWith("parley_portal="));
    CHECK(browser.cookie.contains("HttpOnly"));
    CHECK(browser.cookie.contains("SameSite=Strict"));
    CHECK_FALSE(browser.cookie.contains("Secure")); // loopback, plain HTTP
    CHECK_FALSE(browser.csrf.isEmpty());

    // The same link again: used.
    PortalClient other(f.mailing.server.url());
    const HttpReply again = other.redeem(token);
    CHECK(again.status == 410);
    CHECK(again.errorCode() == QLatin1String("invitation_used"));
    CHECK(other.redeem(QStringLiteral("not-a-real-token")).errorCode()
        == QLatin1String("invalid_invitation"));

    const HttpReply me = browser.http.get(QStringLiteral("/api/v1/portal/me"));
    REQUIRE(me.status == 200);
    CHECK(me.json[QStringLiteral("csrf_token")].toString().toLatin1() == browser.csrf);
    CHECK(me.json[QStringLiteral("firm")][QStringLiteral("name")].toString() == Firm);

    const QJsonObject entry = browser.listed(conversation);
    REQUIRE_FALSE(entry.isEmpty());
    CHECK(entry[QStringLiteral("unread")].toInt() == 1);
    CHECK_FALSE(entry[QStringLiteral("mfa_pending")].toBool());

    const HttpReply history = browser.http.get(browser.path(conversation, "messages"));
    REQUIRE(history.status == 200);
    const QJsonArray messages = history.json[QStringLiteral("messages")].toArray();
    REQUIRE_FALSE(messages.isEmpty());
    const QJsonObject last = messages.last().toObject();
    CHECK(last[QStringLiteral("body")].toString() == QLatin1String("Please review the draft."));

    // A reply without the CSRF token is refused and stores nothing; with it, it is stored.
    const QJsonObject reply { { QStringLiteral("client_txn_id"), QStringLiteral("portal-1") },
        { QStringLiteral("kind"), QStringLiteral("text") },
        { QStringLiteral("body"), QStringLiteral("Looks good to me.") } };
    const HttpReply forged = browser.post(browser.path(conversation, "messages"), reply, false);
    CHECK(forged.status == 403);
    CHECK(forged.errorCode() == QLatin1String("csrf_failed"));
    const HttpReply sent = browser.post(browser.path(conversation, "messages"), reply);
    REQUIRE(sent.status == 201);
    CHECK(sent.json[QStringLiteral("channel")].toString() == QLatin1String("portal"));

    // Read receipt back to the firm; the unread count drops.
    const HttpReply read = browser.post(browser.path(conversation, "read"),
        { { QStringLiteral("message_id"), last[QStringLiteral("id")].toInteger() } });
    CHECK(read.status == 200);
    const QJsonArray after = browser.http.get(QStringLiteral("/api/v1/portal/conversations"))
                                 .json[QStringLiteral("conversations")]
                                 .toArray();
    for (const QJsonValue &c : after) {
        if (c[QStringLiteral("id")].toInteger() == conversation)
            CHECK(c[QStringLiteral("unread")].toInt() == 0);
    }

    // The firm sees the reply, as it came in.
    const QJsonArray firmView
        = f.lawyer.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation))
              .json[QStringLiteral("messages")]
              .toArray();
    const bool arrived = std::any_of(firmView.begin(), firmView.end(), [](const QJsonValue &m) {
        return m[QStringLiteral("body")].toString() == QLatin1String("Looks good to me.")
            && m[QStringLiteral("channel")].toString() == QLatin1String("portal");
    });
    CHECK(arrived);

    // The session cookie is no bearer token, and a staff token is no portal session.
    HttpClient asBearer(f.mailing.server.url());
    asBearer.setToken(
        QString::fromLatin1(browser.cookie.mid(14, browser.cookie.indexOf(';') - 14)));
    CHECK(asBearer.get(QStringLiteral("/api/v1/matters")).status == 401);
    CHECK(f.lawyer.get(QStringLiteral("/api/v1/portal/me")).status == 401);
}

TEST_CASE("Behind an https public address the session cookie is Secure too")
{
    // TLS ends at the firm's proxy; the server still marks the cookie for https only.
    MailingServer mailing(
        true, nullptr, QStringLiteral("[server]\npublic_url=https://portal.harbor.test\n"));
    HttpClient lawyer(mailing.server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
    const qint64 client = clientOf(lawyer, matter).first;
    const qint64 conversation = startConversation(lawyer, matter, client, false);
    post(lawyer, conversation, QStringLiteral("Hello"));
    const QJsonArray mail = mailing.waitForMail(1, 500);
    REQUIRE(mail.size() == 1);
    const QString text = partText(mail.first().toObject(), QStringLiteral("text/plain"));
    CHECK(text.contains(QStringLiteral("https://portal.harbor.test/portal/invite/")));

    PortalClient browser(mailing.server.url());
    REQUIRE(browser.redeem(inviteToken(text)).status == 200);
    CHECK(browser.cookie.contains("; Secure"));
    CHECK(browser.cookie.contains("HttpOnly"));
    CHECK(browser.cookie.contains("SameSite=Strict"));
}

TEST_CASE("An expired invitation explains itself and can ask for a fresh link")
{
    PortalFixture f;
    const auto [conversation, token] = f.invited(false);
    f.mailing.expireInvitations();
    PortalClient browser(f.mailing.server.url());
    const HttpReply late = browser.redeem(token);
    CHECK(late.status == 410);
    CHECK(late.errorCode() == QLatin1String("invitation_expired"));
    CHECK(late.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("60 minutes")));

    const HttpReply renewed = browser.post(QStringLiteral("/api/v1/portal/invitations/renew"),
        { { QStringLiteral("token"), token } }, false);
    CHECK(renewed.status == 202);
    const QJsonObject mail = f.mailTo(QStringLiteral("Your sign-in link"));
    CHECK(
        mail[QStringLiteral("subject")].toString().startsWith(QStringLiteral("Your sign-in link")));
    const QString fresh = inviteToken(partText(mail, QStringLiteral("text/plain")));
    REQUIRE_FALSE(fresh.isEmpty());
    CHECK(fresh != token);
    const HttpReply signedIn = browser.redeem(fresh);
    CHECK(signedIn.status == 200);
    CHECK(signedIn.json[QStringLiteral("conversation_id")].toInteger() == conversation);
}

TEST_CASE("A returning client asks for a sign-in link; unknown addresses get the same answer")
{
    PortalFixture f;
    f.invited(false);
    f.mailing.advance(2 * 60); // past the minute between two links to one client
    PortalClient browser(f.mailing.server.url());
    const int before = f.mailing.smtp.messages().size();
    const HttpReply unknown = browser.post(QStringLiteral("/api/v1/portal/sign-in-link"),
        { { QStringLiteral("email"), QStringLiteral("nobody@nowhere.test") } }, false);
    CHECK(unknown.status == 202);
    const HttpReply known = browser.post(QStringLiteral("/api/v1/portal/sign-in-link"),
        { { QStringLiteral("email"), f.email.toUpper() } }, false);
    CHECK(known.status == 202);
    // Asked again at once: the same answer, and no second email to flood the client with.
    CHECK(browser
              .post(QStringLiteral("/api/v1/portal/sign-in-link"),
                  { { QStringLiteral("email"), f.email } }, false)
              .status
        == 202);
    const QJsonArray mail = f.mailing.waitForMail(before + 1);
    CHECK(mail.size() == before + 1); // one email: none for the unknown address or the repeat
    const QString token
        = inviteToken(partText(mail.last().toObject(), QStringLiteral("text/plain")));
    CHECK(browser.redeem(token).status == 200);
    CHECK(browser
              .post(QStringLiteral("/api/v1/portal/sign-in-link"),
                  { { QStringLiteral("email"), QString() } }, false)
              .errorCode()
        == QLatin1String("invalid_field"));
}

namespace {

// The restricted demo matter's id, as the partner (on its access list) sees it.
qint64 restrictedMatter(PortalFixture &f)
{
    HttpClient partner(f.mailing.server.url());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());
    const qint64 id = matterId(partner, RestrictedNumber);
    REQUIRE(id != 0);
    return id;
}

QString portalEmailPath(const PortalFixture &f, qint64 party)
{
    return QStringLiteral("/api/v1/matters/%1/parties/%2/portal-email").arg(f.matter).arg(party);
}

QJsonObject partyIn(const QJsonObject &matter, qint64 userId)
{
    for (const QJsonValue &party : matter[QStringLiteral("parties")].toArray()) {
        if (party[QStringLiteral("user_id")].toInteger() == userId)
            return party.toObject();
    }
    return {};
}

int emailChangedEvents(HttpClient &lawyer, qint64 conversation)
{
    const QJsonArray messages
        = lawyer.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation))
              .json[QStringLiteral("messages")]
              .toArray();
    return int(std::count_if(messages.begin(), messages.end(), [](const QJsonValue &message) {
        return message[QStringLiteral("event")][QStringLiteral("type")].toString()
            == QLatin1String("email_changed");
    }));
}

} // namespace

TEST_CASE("The firm chooses the portal address: mail goes there, only it signs in, the old one's "
          "access ends")
{
    PortalFixture f;
    const auto [conversation, token] = f.invited(false);
    PortalClient before(f.mailing.server.url());
    REQUIRE(before.redeem(token).status == 200);
    // A later firm message, unread, brings a fresh link, still unused when the address changes.
    const int mailBefore = f.mailing.smtp.messages().size();
    post(f.lawyer, conversation, QStringLiteral("One more thing."));
    f.mailing.advance(16 * 60);
    const QJsonArray mail = f.mailing.waitForMail(mailBefore + 1, 500);
    REQUIRE(mail.size() > mailBefore);
    const QString pending
        = inviteToken(partText(mail.last().toObject(), QStringLiteral("text/plain")));
    REQUIRE_FALSE(pending.isEmpty());

    const QString work = QStringLiteral("maria.work@office.test");
    const HttpReply chosen = f.lawyer.put(portalEmailPath(f, f.client),
        { { QStringLiteral("email"), QStringLiteral("  Maria.Work@Office.test ") } });
    REQUIRE(chosen.status == 200);
    QJsonObject party = partyIn(chosen.json, f.client);
    CHECK(party[QStringLiteral("email")].toString() == f.email); // the primary one stays
    CHECK(party[QStringLiteral("portal_email")].toString().compare(work, Qt::CaseInsensitive) == 0);
    CHECK(party[QStringLiteral("other_emails")].toArray().size() == 1);
    CHECK(emailChangedEvents(f.lawyer, conversation) == 1);

    // What the old address gave is over: the session, and the invitation not used yet.
    CHECK(before.http.get(QStringLiteral("/api/v1/portal/me")).status == 401);
    PortalClient late(f.mailing.server.url());
    CHECK(late.redeem(pending).errorCode() == QLatin1String("invitation_expired"));

    // Only the chosen address can ask for a sign-in link.
    f.mailing.advance(18 * 60);
    const int beforeLinks = f.mailing.smtp.messages().size();
    CHECK(late.post(QStringLiteral("/api/v1/portal/sign-in-link"),
                  { { QStringLiteral("email"), f.email } }, false)
              .status
        == 202);
    CHECK(f.mailing.settledMail().size() == beforeLinks); // nothing to the old address
    CHECK(late.post(QStringLiteral("/api/v1/portal/sign-in-link"),
                  { { QStringLiteral("email"), work.toUpper() } }, false)
              .status
        == 202);
    const QJsonArray links = f.mailing.waitForMail(beforeLinks + 1, 500);
    REQUIRE(links.size() == beforeLinks + 1);
    const QJsonObject link = links.last().toObject();
    CHECK(link[QStringLiteral("to")].toString().contains(work, Qt::CaseInsensitive));
    CHECK(late.redeem(inviteToken(partText(link, QStringLiteral("text/plain")))).status == 200);

    // The firm's next message, unread, brings a link to the chosen address, not the primary one.
    const int beforeInvite = f.mailing.smtp.messages().size();
    post(f.lawyer, conversation, QStringLiteral("And the last thing."));
    f.mailing.advance(35 * 60);
    const QJsonArray invites = f.mailing.waitForMail(beforeInvite + 1, 500);
    REQUIRE(invites.size() > beforeInvite);
    const QString to = invites.last()[QStringLiteral("to")].toString();
    CHECK(to.contains(work, Qt::CaseInsensitive));
    CHECK_FALSE(to.contains(f.email, Qt::CaseInsensitive));

    // Choosing the current address again changes nothing; back to the primary keeps the other.
    REQUIRE(f.lawyer.put(portalEmailPath(f, f.client), { { QStringLiteral("email"), work } }).status
        == 200);
    CHECK(emailChangedEvents(f.lawyer, conversation) == 1);
    CHECK(late.http.get(QStringLiteral("/api/v1/portal/me")).status == 200);
    const HttpReply back
        = f.lawyer.put(portalEmailPath(f, f.client), { { QStringLiteral("email"), f.email } });
    REQUIRE(back.status == 200);
    party = partyIn(back.json, f.client);
    CHECK(party[QStringLiteral("portal_email")].toString() == f.email);
    CHECK(party[QStringLiteral("other_emails")].toArray().first().toString().compare(
              work, Qt::CaseInsensitive)
        == 0);
    CHECK(emailChangedEvents(f.lawyer, conversation) == 2);
    CHECK(late.http.get(QStringLiteral("/api/v1/portal/me")).status == 401);
}

TEST_CASE("Choosing a portal address refuses what is not one address, someone else's, or a "
          "stranger's matter")
{
    PortalFixture f;
    const QString path = portalEmailPath(f, f.client);
    for (const QString &bad : { QStringLiteral("not an address"), QStringLiteral("a@b"),
             QStringLiteral("a@b.test, c@d.test"), QStringLiteral("Maria <m@b.test>"),
             QStringLiteral("@b.test"), QStringLiteral("a@@b.test"), QString() }) {
        const HttpReply refused = f.lawyer.put(path, { { QStringLiteral("email"), bad } });
        INFO(bad.toStdString());
        CHECK(refused.status == 400);
        CHECK(refused.errorCode() == QLatin1String("invalid_field"));
    }
    const HttpReply tooLong = f.lawyer.put(path,
        { { QStringLiteral("email"),
            QString(250, QLatin1Char('a')) + QStringLiteral("@b.test") } });
    CHECK(tooLong.status == 400);
    CHECK(tooLong.json[QStringLiteral("error")][QStringLiteral("limit")].toInt() == 254);

    // The lawyer's own address belongs to someone else.
    const HttpReply taken = f.lawyer.put(path, { { QStringLiteral("email"), Lawyer.toUpper() } });
    CHECK(taken.status == 409);
    CHECK(taken.errorCode() == QLatin1String("conflict"));
    // Not a party of this matter (the lawyer is staff), a matter that does not exist.
    const qint64 lawyerId
        = f.lawyer.get(QStringLiteral("/api/v1/me")).json[QStringLiteral("id")].toInteger();
    CHECK(f.lawyer
              .put(portalEmailPath(f, lawyerId),
                  { { QStringLiteral("email"), QStringLiteral("x@y.test") } })
              .status
        == 404);
    CHECK(f.lawyer
              .put(QStringLiteral("/api/v1/matters/99999/parties/%1/portal-email").arg(f.client),
                  { { QStringLiteral("email"), QStringLiteral("x@y.test") } })
              .status
        == 404);
    // A client who is also on a restricted matter: only staff who may see that matter too
    // may change where the client's portal mail goes.
    QByteArray out;
    REQUIRE(f.mailing.server.runAdmin(
                { QStringLiteral("admin"), QStringLiteral("add-party"), QStringLiteral("--matter"),
                    QString::number(restrictedMatter(f)), QStringLiteral("--user"), f.email,
                    QStringLiteral("--role"), QStringLiteral("client") },
                &out)
        == 0);
    const HttpReply outOfReach
        = f.lawyer.put(path, { { QStringLiteral("email"), QStringLiteral("x@y.test") } });
    CHECK(outOfReach.status == 403);
    CHECK(outOfReach.errorCode() == QLatin1String("forbidden"));
    HttpClient partner(f.mailing.server.url());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());
    CHECK(
        partner
            .put(path, { { QStringLiteral("email"), QStringLiteral("maria@partner-chose.test") } })
            .status
        == 200);
    // That address is the client's now: nobody else can be created with it.
    CHECK(f.mailing.server.runAdmin({ QStringLiteral("admin"), QStringLiteral("create-client"),
              QStringLiteral("--email"), QStringLiteral("MARIA@partner-chose.test"),
              QStringLiteral("--name"), QStringLiteral("Someone Else") })
        == 1);
    CHECK(partner.put(path, { { QStringLiteral("email"), f.email } }).status == 200);

    // Without a staff token.
    HttpClient anonymous(f.mailing.server.url());
    CHECK(anonymous.put(path, { { QStringLiteral("email"), QStringLiteral("x@y.test") } }).status
        == 401);
    // Nothing of the refused ones was kept; the partner's choice stays among the addresses.
    const QJsonObject party
        = partyIn(f.lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(f.matter)).json, f.client);
    CHECK(party[QStringLiteral("portal_email")].toString() == f.email);
    CHECK(party[QStringLiteral("other_emails")].toArray()
        == QJsonArray { QStringLiteral("maria@partner-chose.test") });
}

TEST_CASE("A protected conversation needs the emailed code; five wrong codes lock it")
{
    PortalFixture f;
    const auto [conversation, token] = f.invited(true, QStringLiteral("The settlement figure"));
    PortalClient browser(f.mailing.server.url());
    REQUIRE(browser.redeem(token).status == 200);

    const HttpReply hidden = browser.http.get(browser.path(conversation, "messages"));
    CHECK(hidden.status == 403);
    CHECK(hidden.errorCode() == QLatin1String("mfa_required"));
    CHECK_FALSE(hidden.raw.contains("settlement figure"));
    CHECK(browser
              .post(browser.path(conversation, "messages"),
                  { { QStringLiteral("client_txn_id"), QStringLiteral("x") },
                      { QStringLiteral("kind"), QStringLiteral("text") },
                      { QStringLiteral("body"), QStringLiteral("hi") } })
              .errorCode()
        == QLatin1String("mfa_required"));

    SECTION("the right code opens it, for this session only")
    {
        REQUIRE(browser.post(browser.path(conversation, "mfa/code"), {}).status == 202);
        // Asking again at once sends nothing more.
        const HttpReply again = browser.post(browser.path(conversation, "mfa/code"), {});
        CHECK(again.status == 429);
        CHECK(again.errorCode() == QLatin1String("rate_limited"));
        const QJsonObject mail = f.mailTo(QStringLiteral("Your security code"));
        const QString text = partText(mail, QStringLiteral("text/plain"));
        CHECK_FALSE(text.contains(QStringLiteral("settlement")));
        const QString code = sixDigits(text);
        REQUIRE(code.size() == 6);
        CHECK(browser
                  .post(browser.path(conversation, "mfa/verify"),
                      { { QStringLiteral("code"), code } })
                  .status
            == 200);
        const HttpReply shown = browser.http.get(browser.path(conversation, "messages"));
        CHECK(shown.status == 200);
        CHECK(shown.raw.contains("The settlement figure"));
        // Used once: the same code again is no longer waiting.
        CHECK(browser
                  .post(browser.path(conversation, "mfa/verify"),
                      { { QStringLiteral("code"), code } })
                  .errorCode()
            == QLatin1String("mfa_code_expired"));
    }

    SECTION("wrong codes count down and then lock, even for the right code")
    {
        REQUIRE(browser.post(browser.path(conversation, "mfa/code"), {}).status == 202);
        const QString code = f.securityCode();
        const QString wrong = wrongCode(code);
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const HttpReply refused = browser.post(
                browser.path(conversation, "mfa/verify"), { { QStringLiteral("code"), wrong } });
            CHECK(refused.status == 401);
            CHECK(refused.errorCode() == QLatin1String("invalid_mfa_code"));
            CHECK(refused.json[QStringLiteral("error")][QStringLiteral("attempts_left")].toInt()
                == 5 - attempt);
        }
        const HttpReply fifth = browser.post(
            browser.path(conversation, "mfa/verify"), { { QStringLiteral("code"), wrong } });
        CHECK(fifth.status == 429);
        CHECK(fifth.errorCode() == QLatin1String("mfa_locked"));
        CHECK(browser
                  .post(browser.path(conversation, "mfa/verify"),
                      { { QStringLiteral("code"), code } })
                  .errorCode()
            == QLatin1String("mfa_locked"));
        CHECK(browser.post(browser.path(conversation, "mfa/code"), {}).errorCode()
            == QLatin1String("mfa_locked"));
        CHECK(browser.http.get(browser.path(conversation, "messages")).status == 403);
        // The lock passes with its window.
        f.mailing.advance(16 * 60);
        CHECK(browser.post(browser.path(conversation, "mfa/code"), {}).status == 202);
    }
}

TEST_CASE("Portal sessions end when idle or signed out, and see only the client's own")
{
    PortalFixture f;
    const auto [conversation, token] = f.invited(false);
    PortalClient browser(f.mailing.server.url());
    REQUIRE(browser.redeem(token).status == 200);

    // A conversation of another matter's client, and a staff-only one, are not there.
    const qint64 otherMatter = matterId(f.lawyer, QStringLiteral("2026-0102"));
    const auto otherClient = clientOf(f.lawyer, otherMatter);
    REQUIRE(otherClient.first != 0);
    REQUIRE(otherClient.first != f.client);
    const qint64 foreign = startConversation(f.lawyer, otherMatter, otherClient.first, false);
    const HttpReply refused = browser.http.get(browser.path(foreign, "messages"));
    CHECK(refused.status == 404);
    CHECK_FALSE(refused.raw.contains("Settlement"));
    CHECK(browser
              .post(browser.path(foreign, "messages"),
                  { { QStringLiteral("client_txn_id"), QStringLiteral("y") },
                      { QStringLiteral("kind"), QStringLiteral("text") },
                      { QStringLiteral("body"), QStringLiteral("hi") } })
              .status
        == 404);

    SECTION("idle past the limit")
    {
        f.mailing.advance(31 * 60);
        const HttpReply expired = browser.http.get(QStringLiteral("/api/v1/portal/me"));
        CHECK(expired.status == 401);
        CHECK(expired.errorCode() == QLatin1String("invalid_token"));
        f.mailing.advance(0);
        CHECK(browser.http.get(QStringLiteral("/api/v1/portal/me")).status == 401);
    }

    SECTION("removed from the conversation: refused at the next request")
    {
        REQUIRE(browser.http.get(browser.path(conversation, "messages")).status == 200);
        // What removing a participant does (the firm's side of it comes with access control).
        server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
        REQUIRE(database.open(
            f.mailing.server.dataDir(), ServerDatabase::urlFor(f.mailing.server.dataDir())));
        server::SqlQuery remove(database.db(),
            QStringLiteral("UPDATE members SET removed_at = ? WHERE conversation_id = ? AND "
                           "user_id = ?"));
        remove.bind(QDateTime::currentMSecsSinceEpoch()).bind(conversation).bind(f.client);
        REQUIRE(remove.exec());
        CHECK(browser.http.get(browser.path(conversation, "messages")).status == 404);
        CHECK(browser
                  .post(browser.path(conversation, "messages"),
                      { { QStringLiteral("client_txn_id"), QStringLiteral("z") },
                          { QStringLiteral("kind"), QStringLiteral("text") },
                          { QStringLiteral("body"), QStringLiteral("still there?") } })
                  .status
            == 404);
        const QJsonArray list = browser.http.get(QStringLiteral("/api/v1/portal/conversations"))
                                    .json[QStringLiteral("conversations")]
                                    .toArray();
        CHECK(std::none_of(
            list.begin(), list.end(), [&, &conversation = conversation](const QJsonValue &c) {
                return c[QStringLiteral("id")].toInteger() == conversation;
            }));
    }

    SECTION("signed out")
    {
        const HttpReply out = browser.post(QStringLiteral("/api/v1/portal/sign-out"), {});
        CHECK(out.status == 200);
        CHECK(out.header("set-cookie").contains("Max-Age=0"));
        CHECK(browser.http.get(QStringLiteral("/api/v1/portal/me")).status == 401);
    }
}

TEST_CASE("Portal pages carry a strict Content-Security-Policy and serve only their own files")
{
    DemoServer server;
    HttpClient browser(server.process.url());
    for (const char *path : { "/portal", "/portal/", "/portal/invite/abc", "/portal/c/12" }) {
        const HttpReply page = browser.get(QString::fromLatin1(path));
        INFO(path);
        CHECK(page.status == 200);
        CHECK(page.header("content-type").startsWith("text/html"));
        CHECK(page.raw.contains("/portal/assets/app.js"));
        const QByteArray csp = page.header("content-security-policy");
        CHECK(csp.contains("default-src 'none'"));
        CHECK(csp.contains("script-src 'self'"));
        CHECK(csp.contains("frame-ancestors 'none'"));
        CHECK(page.header("referrer-policy") == "no-referrer");
        CHECK(page.header("x-frame-options") == "DENY");
        CHECK(page.header("cache-control") == "no-store");
    }
    const HttpReply script = browser.get(QStringLiteral("/portal/assets/app.js"));
    CHECK(script.status == 200);
    CHECK(script.header("content-type").startsWith("text/javascript"));
    CHECK(script.raw.contains("import"));
    CHECK(browser.get(QStringLiteral("/portal/assets/style.css"))
              .header("content-type")
              .startsWith("text/css"));
    CHECK(browser.get(QStringLiteral("/portal/assets/missing.js")).status == 404);
    CHECK(browser.get(QStringLiteral("/portal/assets/..%2Fapi.js")).status == 404);
    CHECK(browser.get(QStringLiteral("/portal/logo")).status == 404); // no logo configured
    // No session: the API says so, without a 500.
    CHECK(browser.get(QStringLiteral("/api/v1/portal/me")).errorCode()
        == QLatin1String("missing_token"));
    CHECK(browser.post(QStringLiteral("/api/v1/portal/invitations/redeem"), {}).status == 400);
}

TEST_CASE("admin portal-link prints a working single-use link and nothing for strangers")
{
    PortalFixture f;
    const auto [conversation, token] = f.invited(false);
    const int mailBefore = f.mailing.smtp.messages().size();
    QByteArray output;
    REQUIRE(f.mailing.server.runAdmin(
                { QStringLiteral("admin"), QStringLiteral("portal-link"), QStringLiteral("--email"),
                    f.email, QStringLiteral("--url"), f.mailing.server.url().toString() },
                &output)
        == 0);
    const QJsonObject printed = QJsonDocument::fromJson(output).object();
    const QString link = printed[QStringLiteral("link")].toString();
    CHECK(link.startsWith(f.mailing.server.url().toString(QUrl::StripTrailingSlash)
        + QStringLiteral("/portal/invite/")));
    CHECK(printed[QStringLiteral("conversation_id")].toInteger() == conversation);
    PortalClient browser(f.mailing.server.url());
    CHECK(browser.redeem(inviteToken(link)).status == 200);
    CHECK(browser.redeem(inviteToken(link)).errorCode() == QLatin1String("invitation_used"));
    CHECK(f.mailing.settledMail().size() == mailBefore); // nothing emailed

    CHECK(f.mailing.server.runAdmin(
              { QStringLiteral("admin"), QStringLiteral("portal-link"), QStringLiteral("--email"),
                  QStringLiteral("stranger@nowhere.test") },
              &output)
        == 1);
    CHECK_FALSE(output.contains("/portal/invite/"));
    (void)token;
}

TEST_CASE("A portal session downloads a conversation's files only once it may see its content")
{
    PortalFixture f;
    const auto [conversation, token] = f.invited(true, QStringLiteral("Protected files follow."));
    const QByteArray bytes = randomBytes(30000);
    const QString upload = uploadBytes(f.lawyer, bytes, QStringLiteral("valuation.pdf"));
    const HttpReply document
        = f.lawyer.post(QStringLiteral("/api/v1/matters/%1/documents").arg(f.matter),
            QJsonObject { { QStringLiteral("upload_id"), upload } });
    REQUIRE(document.status == 201);
    const HttpReply sent = f.lawyer.post(
        QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
        QJsonObject { { QStringLiteral("client_txn_id"), QStringLiteral("copy-1") },
            { QStringLiteral("kind"), QStringLiteral("text") },
            { QStringLiteral("body"), QString() },
            { QStringLiteral("attachments"),
                QJsonArray { QJsonObject { { QStringLiteral("document_id"),
                                               document.json[QStringLiteral("id")].toInteger() },
                    { QStringLiteral("mode"), QStringLiteral("copy") } } } } });
    REQUIRE(sent.status == 201);
    const QString blob = QStringLiteral("/api/v1/blobs/") + sha256Hex(bytes);

    PortalClient browser(f.mailing.server.url());
    REQUIRE(browser.redeem(token).status == 200);
    // Uploads take the session cookie too, and its CSRF token.
    const HttpClient::Headers tus { { "Tus-Resumable", "1.0.0" }, { "Upload-Length", "10" } };
    const HttpReply forged = browser.http.send("POST", QStringLiteral("/api/v1/uploads/"), {}, tus);
    CHECK(forged.status == 403);
    CHECK(forged.errorCode() == QLatin1String("csrf_failed"));
    HttpClient::Headers withCsrf = tus;
    withCsrf.append({ "X-CSRF-Token", browser.csrf });
    CHECK(
        browser.http.send("POST", QStringLiteral("/api/v1/uploads/"), {}, withCsrf).status == 201);
    const HttpReply before = browser.http.get(blob);
    CHECK(before.status == 404);
    CHECK_FALSE(before.raw.contains(bytes.left(64)));

    REQUIRE(browser.post(browser.path(conversation, "mfa/code"), {}).status == 202);
    const QString code = sixDigits(
        partText(f.mailTo(QStringLiteral("Your security code")), QStringLiteral("text/plain")));
    REQUIRE(
        browser.post(browser.path(conversation, "mfa/verify"), { { QStringLiteral("code"), code } })
            .status
        == 200);
    const HttpReply after = browser.http.get(blob);
    CHECK(after.status == 200);
    CHECK(after.raw == bytes);
    {
        // Audited as the client's portal download of that document version.
        server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
        REQUIRE(database.open(
            f.mailing.server.dataDir(), ServerDatabase::urlFor(f.mailing.server.dataDir())));
        server::SqlQuery audit(database.db(),
            QStringLiteral("SELECT detail, document_id, version FROM audit_log WHERE action ="
                           " 'file_downloaded' AND actor_id = ? ORDER BY id DESC LIMIT 1"));
        audit.bind(f.client);
        REQUIRE(audit.exec());
        REQUIRE(audit.next());
        const QJsonObject detail = QJsonDocument::fromJson(audit.text(0).toUtf8()).object();
        CHECK(detail[QStringLiteral("channel")].toString() == QLatin1String("portal"));
        CHECK(detail[QStringLiteral("sha256")].toString() == sha256Hex(bytes));
        CHECK(audit.integer(1) == document.json[QStringLiteral("id")].toInteger());
        CHECK(audit.integer(2) != 0);
    }

    // Another session of the same client has not entered the code.
    const auto [second, secondToken] = f.invited(false, QStringLiteral("A plain thread."));
    PortalClient otherSession(f.mailing.server.url());
    REQUIRE(otherSession.redeem(secondToken).status == 200);
    CHECK(otherSession.http.get(blob).status == 404);
    (void)second;
}
