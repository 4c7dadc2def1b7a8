// Matters, their files and conversations as each kind of staff member may see them.
#include "demoserver.h"
#include "protocol/document.h"

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
    for (const QString &path :
        { QStringLiteral("/api/v1/matters/%1"), QStringLiteral("/api/v1/matters/%1/conversations"),
            QStringLiteral("/api/v1/matters/%1/documents") }) {
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

TEST_CASE("a matter's files list every document with its versions, by name")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QJsonArray matters
        = lawyer.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray();
    REQUIRE_FALSE(matters.isEmpty());
    const qint64 matterId = matters.first()[QStringLiteral("id")].toInteger();

    const HttpReply reply
        = lawyer.get(QStringLiteral("/api/v1/matters/%1/documents").arg(matterId));
    REQUIRE(reply.status == 200);
    const QJsonArray documents = reply.json[QStringLiteral("documents")].toArray();
    REQUIRE(documents.size() == 5);
    QStringList names;
    int shared = 0;
    for (const QJsonValue &value : documents) {
        auto document = parley::protocol::Document::fromJson(value.toObject());
        REQUIRE(document.ok());
        CHECK(document->matterId == matterId);
        names << document->name;
        shared += document->shared ? 1 : 0;
        REQUIRE_FALSE(document->versions.isEmpty());
        // Versions numbered from 1, oldest first, each saved after the one before.
        for (int i = 0; i < document->versions.size(); ++i) {
            CHECK(document->versions.at(i).number == i + 1);
            CHECK(document->versions.at(i).size > 0);
            if (i > 0)
                CHECK(document->versions.at(i - 1).createdAt < document->versions.at(i).createdAt);
        }
    }
    QStringList sorted = names;
    sorted.sort(Qt::CaseInsensitive);
    CHECK(names == sorted);
    CHECK(names.contains(QStringLiteral("Settlement draft.docx")));
    CHECK(shared == 2);

    CHECK(lawyer.get(QStringLiteral("/api/v1/matters/abc/documents")).status == 404);
    HttpClient anonymous(server.process.url());
    CHECK(
        anonymous.get(QStringLiteral("/api/v1/matters/%1/documents").arg(matterId)).status == 401);
}
