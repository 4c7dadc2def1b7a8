// Read receipts: POST /conversations/{id}/read, idempotency, /sync, access and bad input.
#include "demoserver.h"

using namespace parley::test;

namespace {

QString readPath(qint64 conversation)
{
    return QStringLiteral("/api/v1/conversations/%1/read").arg(conversation);
}

QJsonObject readBody(qint64 messageId)
{
    return QJsonObject { { QStringLiteral("message_id"), messageId } };
}

qint64 postText(HttpClient &client, qint64 conversation, const QString &txn)
{
    const HttpReply reply
        = client.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
            textMessage(txn, QStringLiteral("Please review the draft.")));
    REQUIRE(reply.status == 201);
    return reply.json[QStringLiteral("id")].toInteger();
}

} // namespace

TEST_CASE("reading a message records receipts once and they reach other staff through /sync")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    HttpClient paralegal(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("internal"));
    REQUIRE(conversation > 0);

    // The lawyer catches up first, so only the paralegal's two new messages are unread.
    const HttpReply history = lawyer.get(
        QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation));
    const QJsonArray old = history.json[QStringLiteral("messages")].toArray();
    if (!old.isEmpty()) {
        REQUIRE(lawyer
                    .post(readPath(conversation),
                        readBody(old.last()[QStringLiteral("id")].toInteger()))
                    .status
            == 200);
    }
    const qint64 since
        = paralegal.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();

    const qint64 first = postText(paralegal, conversation, QStringLiteral("r-1"));
    const qint64 second = postText(paralegal, conversation, QStringLiteral("r-2"));

    const HttpReply read = lawyer.post(readPath(conversation), readBody(second));
    REQUIRE(read.status == 200);
    const QJsonArray receipts = read.json[QStringLiteral("receipts")].toArray();
    REQUIRE(receipts.size() == 2);
    CHECK(receipts[0][QStringLiteral("message_id")].toInteger() == first);
    CHECK(receipts[1][QStringLiteral("message_id")].toInteger() == second);
    CHECK(receipts[1][QStringLiteral("conversation_id")].toInteger() == conversation);
    CHECK_FALSE(receipts[1][QStringLiteral("read_at")].toString().isEmpty());

    // Idempotent: the same read again (or an earlier one) records nothing new.
    const HttpReply again = lawyer.post(readPath(conversation), readBody(second));
    CHECK(again.status == 200);
    CHECK(again.json[QStringLiteral("receipts")].toArray().isEmpty());
    CHECK(lawyer.post(readPath(conversation), readBody(first))
              .json[QStringLiteral("receipts")]
              .toArray()
              .isEmpty());

    // The paralegal sees both receipts after their cursor, each once.
    const QJsonArray changes = paralegal.get(QStringLiteral("/api/v1/sync?since=%1").arg(since))
                                   .json[QStringLiteral("changes")]
                                   .toArray();
    QList<qint64> readMessages;
    qint64 lawyerId = 0;
    for (const QJsonValue &change : changes) {
        if (change[QStringLiteral("type")].toString() != QStringLiteral("receipt"))
            continue;
        readMessages << change[QStringLiteral("data")][QStringLiteral("message_id")].toInteger();
        lawyerId = change[QStringLiteral("data")][QStringLiteral("user_id")].toInteger();
    }
    CHECK(readMessages == QList<qint64> { first, second });
    CHECK(lawyerId
        == lawyer.get(QStringLiteral("/api/v1/me")).json[QStringLiteral("id")].toInteger());

    // A snapshot carries the receipts of its window too.
    bool inSnapshot = false;
    for (const QJsonValue &change :
        paralegal.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("changes")].toArray()) {
        inSnapshot = inSnapshot
            || (change[QStringLiteral("type")].toString() == QStringLiteral("receipt")
                && change[QStringLiteral("data")][QStringLiteral("message_id")].toInteger()
                    == second);
    }
    CHECK(inSnapshot);
}

TEST_CASE("reading answers 404 for an invisible conversation and 400 for bad input")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    HttpClient partner(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());

    const qint64 hidden = conversationOf(partner, RestrictedNumber, QStringLiteral("external"));
    REQUIRE(hidden > 0);
    const qint64 hiddenMessage = postText(partner, hidden, QStringLiteral("h-1"));
    const HttpReply invisible = lawyer.post(readPath(hidden), readBody(hiddenMessage));
    CHECK(invisible.status == 404);
    CHECK(invisible.errorCode() == QStringLiteral("not_found"));
    CHECK(lawyer.post(readPath(999999), readBody(1)).status == 404);

    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0102"), QStringLiteral("internal"));
    REQUIRE(conversation > 0);
    const HttpReply missing = lawyer.post(readPath(conversation), QJsonObject {});
    CHECK(missing.status == 400);
    CHECK(missing.errorCode() == QStringLiteral("missing_field"));

    const HttpReply mistyped = lawyer.post(readPath(conversation),
        QJsonObject { { QStringLiteral("message_id"), QStringLiteral("seven") } });
    CHECK(mistyped.status == 400);
    CHECK(mistyped.errorCode() == QStringLiteral("invalid_field"));

    // A message of another conversation, or none at all.
    const HttpReply elsewhere = lawyer.post(readPath(conversation), readBody(hiddenMessage));
    CHECK(elsewhere.status == 400);
    CHECK(elsewhere.errorCode() == QStringLiteral("invalid_field"));
    CHECK(elsewhere.json[QStringLiteral("error")][QStringLiteral("field")].toString()
        == QStringLiteral("message_id"));
    CHECK(lawyer.post(readPath(conversation), readBody(999999)).status == 400);

    // No token.
    HttpClient anonymous(server.process.url());
    CHECK(anonymous.post(readPath(conversation), readBody(1)).status == 401);
}
