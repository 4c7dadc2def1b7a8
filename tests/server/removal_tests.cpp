// Removing a participant and deleting a message against the real server: the removed
// member's stream closes at once and their next requests are refused; the others see who was
// removed; a deleted message reads "deleted" for everyone (also through sync) while its body
// stays in the audit log; only its sender may delete it.
#include "app/servercontext.h"
#include "db/sqlquery.h"
#include "demoserver.h"
#include "serverdatabase.h"
#include "streamprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

namespace {

qint64 userIdOf(HttpClient &client)
{
    return client.get(QStringLiteral("/api/v1/me")).json[QStringLiteral("id")].toInteger();
}

// The detail of the newest audit entry with this action, read from the database.
QJsonObject lastAudit(const QString &dataDir, const QString &action)
{
    server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(database.open(dataDir, ServerDatabase::urlFor(dataDir)));
    server::SqlQuery query(database.db(),
        QStringLiteral("SELECT detail, actor_id FROM audit_log WHERE action = ? ORDER BY id DESC "
                       "LIMIT 1"));
    query.bind(action);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    QJsonObject detail = QJsonDocument::fromJson(query.text(0).toUtf8()).object();
    detail.insert(QStringLiteral("actor_id"), query.integer(1));
    return detail;
}

} // namespace

TEST_CASE("A removed participant's stream closes and their next requests are refused")
{
    DemoServer demo;
    HttpClient lawyer(demo.process.url());
    HttpClient partner(demo.process.url());
    HttpClient paralegal(demo.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QString partnerToken = partner.login(Partner);
    REQUIRE_FALSE(partnerToken.isEmpty());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    const qint64 partnerId = userIdOf(partner);
    const HttpReply created = lawyer.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("kind"), QStringLiteral("direct") },
            { QStringLiteral("title"), QStringLiteral("Conflicts check") },
            { QStringLiteral("member_ids"), QJsonArray { partnerId } } });
    REQUIRE(created.status == 201);
    const qint64 conversation = created.json[QStringLiteral("id")].toInteger();
    const QString messages = QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);
    REQUIRE(
        lawyer.post(messages, textMessage(QStringLiteral("r-1"), QStringLiteral("Any conflicts?")))
            .status
        == 201);
    REQUIRE(partner.get(messages).status == 200);

    StreamProbe stream(demo.process.url());
    REQUIRE(stream.open());
    REQUIRE(stream.authenticate(partnerToken));

    const QString member
        = QStringLiteral("/api/v1/conversations/%1/members/%2").arg(conversation).arg(partnerId);
    // Someone who cannot see the conversation cannot remove anyone from it.
    CHECK(paralegal.send("DELETE", member, {}).status == 404);
    CHECK(stream.isOpen());

    const HttpReply removed = lawyer.send("DELETE", member, {});
    REQUIRE(removed.status == 200);
    const QJsonArray members = removed.json[QStringLiteral("members")].toArray();
    const auto entry = std::find_if(members.begin(), members.end(),
        [&](const QJsonValue &m) { return m[QStringLiteral("user_id")].toInteger() == partnerId; });
    REQUIRE(entry != members.end());
    CHECK_FALSE((*entry)[QStringLiteral("removed_at")].toString().isEmpty());

    // At once: the stream is closed and the next requests are refused.
    CHECK(stream.waitForClose());
    CHECK(partner.get(messages).status == 404);
    CHECK(partner.post(messages, textMessage(QStringLiteral("r-2"), QStringLiteral("still here?")))
              .status
        == 404);
    CHECK(partner.get(QStringLiteral("/api/v1/conversations/%1").arg(conversation)).status == 404);
    // The one who removed them sees it happen in the thread; the audit log has who did it.
    const QJsonArray thread = lawyer.get(messages).json[QStringLiteral("messages")].toArray();
    CHECK(std::any_of(thread.begin(), thread.end(), [&](const QJsonValue &m) {
        return m[QStringLiteral("event")][QStringLiteral("type")].toString()
            == QLatin1String("participant_removed")
            && m[QStringLiteral("event")][QStringLiteral("subject_id")].toInteger() == partnerId;
    }));
    const QJsonObject audit = lastAudit(demo.process.dataDir(), QStringLiteral("member_removed"));
    CHECK(audit[QStringLiteral("subject_id")].toInteger() == partnerId);
    CHECK(audit[QStringLiteral("actor_id")].toInteger() == userIdOf(lawyer));
    // Gone already: nothing to remove.
    CHECK(lawyer.send("DELETE", member, {}).status == 404);

    // In a matter's conversation staff are there through the matter: not removed this way.
    const qint64 internal
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("internal"));
    const HttpReply staff = lawyer.send("DELETE",
        QStringLiteral("/api/v1/conversations/%1/members/%2")
            .arg(internal)
            .arg(userIdOf(paralegal)),
        {});
    CHECK(staff.status == 403);
    CHECK(paralegal.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(internal)).status
        == 200);
}

TEST_CASE("A deleted message reads as deleted for everyone while its body stays in the audit log")
{
    DemoServer demo;
    HttpClient lawyer(demo.process.url());
    HttpClient paralegal(demo.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("internal"));
    REQUIRE(conversation != 0);
    const QString messages = QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);
    const qint64 since
        = paralegal.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();
    const HttpReply sent = lawyer.post(
        messages, textMessage(QStringLiteral("del-1"), QStringLiteral("Wrong thread, sorry.")));
    REQUIRE(sent.status == 201);
    const qint64 id = sent.json[QStringLiteral("id")].toInteger();
    const QString path = QStringLiteral("/api/v1/messages/%1").arg(id);

    // Not theirs: refused, and nothing changes.
    const HttpReply notTheirs = paralegal.send("DELETE", path, {});
    CHECK(notTheirs.status == 403);
    CHECK(notTheirs.errorCode() == QLatin1String("forbidden"));
    CHECK(lawyer.send("DELETE", QStringLiteral("/api/v1/messages/999999"), {}).status == 404);

    const HttpReply deleted = lawyer.send("DELETE", path, {});
    REQUIRE(deleted.status == 200);
    CHECK(deleted.json[QStringLiteral("deleted")].toBool());
    CHECK(deleted.json[QStringLiteral("body")].toString().isEmpty());
    // Again: the same answer, no second entry.
    CHECK(lawyer.send("DELETE", path, {}).status == 200);

    // Everyone sees "deleted", in history and through sync.
    const QJsonArray thread = paralegal.get(messages).json[QStringLiteral("messages")].toArray();
    const auto shown = std::find_if(thread.begin(), thread.end(),
        [&](const QJsonValue &m) { return m[QStringLiteral("id")].toInteger() == id; });
    REQUIRE(shown != thread.end());
    CHECK((*shown)[QStringLiteral("deleted")].toBool());
    CHECK((*shown)[QStringLiteral("body")].toString().isEmpty());
    const QJsonArray changes = paralegal.get(QStringLiteral("/api/v1/sync?since=%1").arg(since))
                                   .json[QStringLiteral("changes")]
                                   .toArray();
    QJsonObject synced; // the message's newest form in the changes
    for (const QJsonValue &change : changes) {
        if (change[QStringLiteral("type")].toString() == QLatin1String("message")
            && change[QStringLiteral("data")][QStringLiteral("id")].toInteger() == id)
            synced = change[QStringLiteral("data")].toObject();
    }
    REQUIRE_FALSE(synced.isEmpty());
    CHECK(synced[QStringLiteral("deleted")].toBool());
    CHECK_FALSE(QJsonDocument(changes).toJson().contains("Wrong thread"));

    // The body is kept where the firm can prove what was said: the audit log and the record.
    const QJsonObject audit = lastAudit(demo.process.dataDir(), QStringLiteral("message_deleted"));
    CHECK(audit[QStringLiteral("body")].toString() == QLatin1String("Wrong thread, sorry."));
    const qint64 matter = lawyer.get(QStringLiteral("/api/v1/conversations/%1").arg(conversation))
                              .json[QStringLiteral("matter_id")]
                              .toInteger();
    const QString html = lawyer.get(QStringLiteral("/api/v1/matters/%1/record").arg(matter))
                             .json[QStringLiteral("html")]
                             .toString();
    CHECK(html.contains(QStringLiteral("Wrong thread, sorry.")));
    CHECK(html.contains(QStringLiteral("Deleted — shown to participants")));
}
