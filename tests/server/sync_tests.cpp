// /sync snapshots and increments, and the stream pushing each change as it commits.
#include "demoserver.h"
#include "streamprobe.h"

using namespace parley::test;

namespace {

QStringList typesOf(const QJsonArray &changes)
{
    QStringList types;
    for (const QJsonValue &change : changes)
        types << change[QStringLiteral("type")].toString();
    return types;
}

bool containsMessageBody(const QJsonArray &changes, const QString &body)
{
    for (const QJsonValue &change : changes) {
        if (change[QStringLiteral("type")].toString() == QStringLiteral("message")
            && change[QStringLiteral("data")][QStringLiteral("body")].toString() == body)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("a snapshot holds what the user may see, and since= returns what came after")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    HttpClient partner(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());

    const HttpReply snapshot = lawyer.get(QStringLiteral("/api/v1/sync"));
    REQUIRE(snapshot.status == 200);
    CHECK(snapshot.json[QStringLiteral("snapshot")].toBool());
    const QJsonArray changes = snapshot.json[QStringLiteral("changes")].toArray();
    const QStringList types = typesOf(changes);
    CHECK(types.count(QStringLiteral("matter")) == 9);
    CHECK(types.count(QStringLiteral("conversation")) == 19); // 9 external + 9 internal + 1 direct
    CHECK(types.contains(QStringLiteral("user")));
    for (const QJsonValue &change : changes) {
        if (change[QStringLiteral("type")].toString() == QStringLiteral("matter"))
            CHECK(change[QStringLiteral("data")][QStringLiteral("number")].toString()
                != RestrictedNumber);
    }
    const qint64 next = snapshot.json[QStringLiteral("next")].toInteger();
    REQUIRE(next > 0);

    // Nothing new yet.
    HttpReply increment = lawyer.get(QStringLiteral("/api/v1/sync?since=%1").arg(next));
    CHECK(increment.status == 200);
    CHECK(increment.json[QStringLiteral("changes")].toArray().isEmpty());
    CHECK(increment.json[QStringLiteral("next")].toInteger() == next);

    // A message in a matter the lawyer may see arrives; one in the restricted matter does not,
    // though the cursor moves past it.
    const qint64 visible
        = conversationOf(lawyer, QStringLiteral("2026-0105"), QStringLiteral("internal"));
    const qint64 hidden = conversationOf(partner, RestrictedNumber, QStringLiteral("external"));
    REQUIRE(
        partner
            .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(hidden),
                textMessage(QStringLiteral("s-1"), QStringLiteral("Falcon term sheet attached")))
            .status
        == 201);
    REQUIRE(
        partner
            .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(visible),
                textMessage(QStringLiteral("s-2"), QStringLiteral("Novak medical records are in")))
            .status
        == 201);
    increment = lawyer.get(QStringLiteral("/api/v1/sync?since=%1").arg(next));
    const QJsonArray after = increment.json[QStringLiteral("changes")].toArray();
    CHECK(after.size() == 1);
    CHECK(containsMessageBody(after, QStringLiteral("Novak medical records are in")));
    CHECK_FALSE(containsMessageBody(after, QStringLiteral("Falcon term sheet attached")));
    CHECK(increment.json[QStringLiteral("next")].toInteger() == next + 2);

    const HttpReply partnerSees = partner.get(QStringLiteral("/api/v1/sync?since=%1").arg(next));
    CHECK(partnerSees.json[QStringLiteral("changes")].toArray().size() == 2);
}

TEST_CASE("sync pages with limit and has_more, oldest first")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    qint64 since = 0;
    QList<qint64> seqs;
    bool more = true;
    int pages = 0;
    while (more && pages < 100) {
        const HttpReply page
            = lawyer.get(QStringLiteral("/api/v1/sync?since=%1&limit=25").arg(since));
        REQUIRE(page.status == 200);
        const QJsonArray changes = page.json[QStringLiteral("changes")].toArray();
        CHECK(changes.size() <= 25);
        for (const QJsonValue &change : changes)
            seqs << change[QStringLiteral("seq")].toInteger();
        since = page.json[QStringLiteral("next")].toInteger();
        more = page.json[QStringLiteral("has_more")].toBool();
        ++pages;
    }
    CHECK(pages > 3);
    CHECK(std::is_sorted(seqs.begin(), seqs.end()));
    CHECK(std::adjacent_find(seqs.begin(), seqs.end()) == seqs.end());

    for (const QString &bad : { QStringLiteral("?since=x"), QStringLiteral("?since=-5"),
             QStringLiteral("?since=1&limit=1001"), QStringLiteral("?since=1&limit=0") }) {
        INFO(bad.toStdString());
        const HttpReply reply = lawyer.get(QStringLiteral("/api/v1/sync") + bad);
        CHECK(reply.status == 400);
        CHECK(reply.errorCode() == QStringLiteral("invalid_field"));
    }
}

TEST_CASE("the stream pushes a message another user sends, and only to those who may see it")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    HttpClient paralegal(server.process.url());
    HttpClient partner(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());

    StreamProbe lawyerStream(server.process.url());
    REQUIRE(lawyerStream.open());
    REQUIRE(lawyerStream.authenticate(lawyer.login(Lawyer)));

    const qint64 hidden = conversationOf(partner, RestrictedNumber, QStringLiteral("external"));
    partner.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(hidden),
        textMessage(QStringLiteral("p-1"), QStringLiteral("Only for the partner")));
    const qint64 conversation
        = conversationOf(paralegal, QStringLiteral("2026-0106"), QStringLiteral("external"));
    REQUIRE(paralegal
                .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                    textMessage(QStringLiteral("p-2"), QStringLiteral("Trademark filed today")))
                .status
        == 201);
    const QJsonObject batch
        = lawyerStream.waitFor(batchWithMessageBody(QStringLiteral("Trademark filed today")));
    REQUIRE_FALSE(batch.isEmpty());
    CHECK(batch[QStringLiteral("next")].toInteger() > batch[QStringLiteral("since")].toInteger());
    for (const QJsonObject &frame : lawyerStream.frames())
        CHECK_FALSE(batchWithMessageBody(QStringLiteral("Only for the partner"))(frame));
}

TEST_CASE("the stream resumes from since, refuses bad tokens and closes on sign-out")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    const QString token = lawyer.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    const qint64 next
        = lawyer.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0107"), QStringLiteral("internal"));
    lawyer.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
        textMessage(QStringLiteral("r-1"), QStringLiteral("Sent while offline")));

    SECTION("since replays what was missed")
    {
        StreamProbe stream(server.process.url());
        REQUIRE(stream.open());
        REQUIRE(stream.authenticate(token, next));
        CHECK_FALSE(
            stream.waitFor(batchWithMessageBody(QStringLiteral("Sent while offline"))).isEmpty());
    }
    SECTION("a bad token gets an error frame and a close")
    {
        StreamProbe stream(server.process.url());
        REQUIRE(stream.open());
        CHECK_FALSE(stream.authenticate(QStringLiteral("bogus")));
        CHECK(stream.frames().value(0)[QStringLiteral("error")][QStringLiteral("code")].toString()
            == QStringLiteral("invalid_token"));
        CHECK(stream.waitForClose());
    }
    SECTION("a first frame that is not auth closes the stream")
    {
        StreamProbe stream(server.process.url());
        REQUIRE(stream.open());
        stream.sendJson({ { QStringLiteral("type"), QStringLiteral("ping") } });
        CHECK(stream.waitForClose());
        CHECK(stream.frames().value(0)[QStringLiteral("error")][QStringLiteral("code")].toString()
            == QStringLiteral("missing_token"));
    }
    SECTION("signing out closes the session's streams at once")
    {
        StreamProbe stream(server.process.url());
        REQUIRE(stream.open());
        REQUIRE(stream.authenticate(token));
        REQUIRE(lawyer.post(QStringLiteral("/api/v1/auth/logout"), {}).status == 200);
        CHECK(stream.waitForClose());
    }
}

TEST_CASE("streams of one reader share each push yet each gets every change once, in order")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    HttpClient lawyerElsewhere(server.process.url());
    HttpClient partner(server.process.url());
    const QString token = lawyer.login(Lawyer);
    const QString otherToken = lawyerElsewhere.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    REQUIRE_FALSE(otherToken.isEmpty());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());
    const qint64 latest
        = lawyer.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();

    // Two streams of the lawyer at the same cursor (one push serves both), one from far back
    // (its own reader until it catches up) and the partner's, who also sees a restricted matter.
    StreamProbe current(server.process.url());
    StreamProbe elsewhere(server.process.url());
    StreamProbe behind(server.process.url());
    StreamProbe partnerStream(server.process.url());
    for (StreamProbe *probe : { &current, &elsewhere, &behind, &partnerStream })
        REQUIRE(probe->open());
    REQUIRE(current.authenticate(token, latest));
    REQUIRE(elsewhere.authenticate(otherToken, latest));
    REQUIRE(behind.authenticate(token, 0));
    REQUIRE(partnerStream.authenticate(partner.login(Partner), latest));

    const qint64 shared
        = conversationOf(partner, QStringLiteral("2026-0106"), QStringLiteral("external"));
    const qint64 hidden = conversationOf(partner, RestrictedNumber, QStringLiteral("external"));
    REQUIRE(shared != 0);
    REQUIRE(hidden != 0);
    constexpr int Sends = 20;
    QStringList sharedBodies;
    for (int i = 0; i < Sends; ++i) {
        const QString body = QStringLiteral("Burst %1").arg(i);
        sharedBodies << body;
        REQUIRE(partner
                    .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(shared),
                        textMessage(QStringLiteral("burst-%1").arg(i), body))
                    .status
            == 201);
        REQUIRE(partner
                    .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(hidden),
                        textMessage(QStringLiteral("hidden-%1").arg(i),
                            QStringLiteral("Partner only %1").arg(i)))
                    .status
            == 201);
    }
    const QString last = sharedBodies.constLast();
    const QString lastHidden = QStringLiteral("Partner only %1").arg(Sends - 1);
    REQUIRE_FALSE(partnerStream.waitFor(batchWithMessageBody(lastHidden)).isEmpty());

    // The message bodies a stream received, in order, after checking that its batches follow
    // one another: seqs only rise and each batch starts at or after the previous one's next.
    const auto receivedBodies = [](const StreamProbe &probe) {
        QStringList bodies;
        qint64 previousNext = -1;
        qint64 previousSeq = -1;
        for (const QJsonObject &frame : probe.frames()) {
            if (frame[QStringLiteral("type")].toString() != QStringLiteral("batch"))
                continue;
            CHECK(frame[QStringLiteral("since")].toInteger() >= previousNext);
            previousNext = frame[QStringLiteral("next")].toInteger();
            for (const QJsonValue &change : frame[QStringLiteral("changes")].toArray()) {
                CHECK(change[QStringLiteral("seq")].toInteger() > previousSeq);
                previousSeq = change[QStringLiteral("seq")].toInteger();
                if (change[QStringLiteral("type")].toString() == QStringLiteral("message"))
                    bodies << change[QStringLiteral("data")][QStringLiteral("body")].toString();
            }
        }
        return bodies;
    };
    for (StreamProbe *probe : { &current, &elsewhere, &behind }) {
        REQUIRE_FALSE(probe->waitFor(batchWithMessageBody(last)).isEmpty());
        QStringList bodies = receivedBodies(*probe);
        for (const QString &body : std::as_const(bodies))
            CHECK_FALSE(body.startsWith(QStringLiteral("Partner only")));
        // The stream from 0 also replays the demo's own messages first.
        bodies = bodies.mid(bodies.indexOf(sharedBodies.constFirst()));
        CHECK(bodies == sharedBodies);
    }
    QStringList partnerExpected;
    for (int i = 0; i < Sends; ++i)
        partnerExpected << sharedBodies.at(i) << QStringLiteral("Partner only %1").arg(i);
    CHECK(receivedBodies(partnerStream) == partnerExpected);
}
