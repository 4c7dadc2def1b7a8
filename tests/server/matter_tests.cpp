// Matters and conversations as each kind of staff member may see them.
#include "demoserver.h"

using namespace parley::test;

namespace {

QStringList matterNumbers(HttpClient &client)
{
    QStringList numbers;
    const QJsonArray matters
        = client.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray();
    for (const QJsonValue &matter : matters)
        numbers << matter[QStringLiteral("number")].toString();
    return numbers;
}

qint64 restrictedMatterId(HttpClient &partner)
{
    const QJsonArray matters
        = partner.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray();
    for (const QJsonValue &matter : matters) {
        if (matter[QStringLiteral("number")].toString() == RestrictedNumber)
            return matter[QStringLiteral("id")].toInteger();
    }
    return 0;
}

} // namespace

TEST_CASE("a restricted matter is visible only to the staff on its access list")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    HttpClient partner(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());

    const QStringList lawyerSees = matterNumbers(lawyer);
    CHECK(lawyerSees.size() == 9);
    CHECK_FALSE(lawyerSees.contains(RestrictedNumber));
    CHECK(matterNumbers(partner).size() == 10);

    const qint64 restricted = restrictedMatterId(partner);
    REQUIRE(restricted > 0);
    // Not 403: an invisible matter is indistinguishable from a missing one.
    for (const QString &path : { QStringLiteral("/api/v1/matters/%1"),
             QStringLiteral("/api/v1/matters/%1/conversations") }) {
        const HttpReply reply = lawyer.get(path.arg(restricted));
        CHECK(reply.status == 404);
        CHECK(reply.errorCode() == QStringLiteral("not_found"));
        CHECK(lawyer.get(path.arg(999999)).raw.replace("999999", "") == reply.raw);
        CHECK(partner.get(path.arg(restricted)).status == 200);
    }
    // Nor can the lawyer post into its conversation.
    const qint64 conversation
        = conversationOf(partner, RestrictedNumber, QStringLiteral("external"));
    REQUIRE(conversation > 0);
    const HttpReply post
        = lawyer.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
            textMessage(QStringLiteral("t-1"), QStringLiteral("hello")));
    CHECK(post.status == 404);
    CHECK(lawyer.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation)).status
        == 404);
}

TEST_CASE("a matter comes with its parties and staff, and its conversations by kind")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QJsonArray matters
        = lawyer.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray();
    REQUIRE_FALSE(matters.isEmpty());
    qint64 purchase = 0;
    for (const QJsonValue &matter : matters) {
        if (matter[QStringLiteral("number")].toString() == QStringLiteral("2026-0104"))
            purchase = matter[QStringLiteral("id")].toInteger();
    }
    REQUIRE(purchase > 0);
    const HttpReply matter = lawyer.get(QStringLiteral("/api/v1/matters/%1").arg(purchase));
    REQUIRE(matter.status == 200);
    const QJsonArray parties = matter.json[QStringLiteral("parties")].toArray();
    REQUIRE(parties.size() == 2);
    CHECK(parties[0][QStringLiteral("role")].toString() == QStringLiteral("client"));
    CHECK(parties[1][QStringLiteral("role")].toString() == QStringLiteral("spouse"));
    CHECK(matter.json[QStringLiteral("staff")].toArray().size() == 3);

    const QJsonArray conversations
        = lawyer.get(QStringLiteral("/api/v1/matters/%1/conversations").arg(purchase))
              .json[QStringLiteral("conversations")]
              .toArray();
    QStringList kinds;
    for (const QJsonValue &conversation : conversations)
        kinds << conversation[QStringLiteral("kind")].toString();
    kinds.sort();
    CHECK(kinds == QStringList { QStringLiteral("external"), QStringLiteral("internal") });
}

TEST_CASE("staff start internal and direct conversations; a direct one stays private")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    HttpClient paralegal(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    const QJsonObject me = lawyer.get(QStringLiteral("/api/v1/me")).json;
    const QJsonObject partnerUser = [&] {
        HttpClient partner(server.process.url());
        partner.login(Partner);
        return partner.get(QStringLiteral("/api/v1/me")).json;
    }();

    const HttpReply direct = lawyer.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("kind"), QStringLiteral("direct") },
            { QStringLiteral("title"), QStringLiteral("Lunch") },
            { QStringLiteral("member_ids"), QJsonArray { partnerUser[QStringLiteral("id")] } } });
    REQUIRE(direct.status == 201);
    const qint64 id = direct.json[QStringLiteral("id")].toInteger();
    CHECK(direct.json[QStringLiteral("members")].toArray().size() == 2);
    CHECK(lawyer
              .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(id),
                  textMessage(QStringLiteral("d-1"), QStringLiteral("Noon?")))
              .status
        == 201);
    // The paralegal is not a member: the conversation does not exist for her.
    CHECK(paralegal.get(QStringLiteral("/api/v1/conversations/%1").arg(id)).status == 404);
    CHECK(paralegal.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(id)).status == 404);
    CHECK(paralegal
              .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(id),
                  textMessage(QStringLiteral("d-2"), QStringLiteral("me too")))
              .status
        == 404);

    // A client cannot be put in an internal thread.
    const HttpReply matter = lawyer.get(QStringLiteral("/api/v1/matters/1"));
    const qint64 clientId
        = matter.json[QStringLiteral("parties")][0][QStringLiteral("user_id")].toInteger();
    const HttpReply internal = lawyer.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("kind"), QStringLiteral("internal") },
            { QStringLiteral("matter_id"), 1 },
            { QStringLiteral("member_ids"), QJsonArray { clientId } } });
    CHECK(internal.status == 400);
    CHECK(internal.errorCode() == QStringLiteral("invalid_field"));
    // Nor a client of another matter in an external one.
    const HttpReply otherMatter = lawyer.get(QStringLiteral("/api/v1/matters/2"));
    const qint64 stranger
        = otherMatter.json[QStringLiteral("parties")][0][QStringLiteral("user_id")].toInteger();
    const HttpReply external = lawyer.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("kind"), QStringLiteral("external") },
            { QStringLiteral("matter_id"), 1 },
            { QStringLiteral("member_ids"), QJsonArray { stranger } } });
    CHECK(external.status == 400);
    CHECK(me[QStringLiteral("kind")].toString() == QStringLiteral("staff"));
}
