// /sync snapshots and increments, and the stream pushing each change as it commits.
#include "db/transaction.h"
#include "demoserver.h"
#include "inprocess.h"
#include "stream/framecache.h"
#include "stream/streamframes.h"
#include "streamprobe.h"
#include "sync/changereads.h"
#include "sync/syncservice.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

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

// A stream client that authenticates over a raw socket and then stops reading: its socket
// takes at most a few bytes into its own buffer, so the server's frames pile up unsent.
class StalledStream
{
public:
    bool open(const QUrl &server, const QString &token, qint64 since)
    {
        m_socket.connectToHost(server.host(), quint16(server.port()));
        if (!m_socket.waitForConnected(10000))
            return false;
        m_socket.write(QStringLiteral("GET /api/v1/stream HTTP/1.1\r\nHost: %1:%2\r\n"
                                      "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                      "Sec-WebSocket-Version: 13\r\n\r\n")
                           .arg(server.host())
                           .arg(server.port())
                           .toLatin1());
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && m_socket.waitForReadyRead(10000))
            answer += m_socket.read(1024);
        if (!answer.startsWith("HTTP/1.1 101"))
            return false;
        m_socket.setReadBufferSize(64);
        const QByteArray auth = QJsonDocument(
            QJsonObject { { QStringLiteral("type"), QStringLiteral("auth") },
                { QStringLiteral("token"), token },
                { QStringLiteral("since"),
                    since } }).toJson(QJsonDocument::Compact);
        // One masked text frame (clients must mask); the payload is under 126 bytes.
        const QByteArray mask("\x1f\x2e\x3d\x4c", 4);
        QByteArray frame;
        frame.append(char(0x81)).append(char(0x80 | auth.size())).append(mask);
        for (qsizetype i = 0; i < auth.size(); ++i)
            frame.append(char(auth.at(i) ^ mask.at(i % 4)));
        m_socket.write(frame);
        return m_socket.waitForBytesWritten(10000) && auth.size() < 126;
    }

private:
    QTcpSocket m_socket;
};

// The server's parley_stream_clients gauge (the test's own loopback may read /metrics).
int streamClients(const QUrl &server)
{
    HttpClient client(server);
    const QString metrics = QString::fromUtf8(client.get(QStringLiteral("/metrics")).raw);
    const auto match = QRegularExpression(
        QStringLiteral("^parley_stream_clients (\\d+)$"), QRegularExpression::MultilineOption)
                           .match(metrics);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList bodiesStartingWith(const StreamProbe &probe, const QString &prefix)
{
    QStringList bodies;
    for (const QJsonObject &frame : probe.frames()) {
        for (const QJsonValue &change : frame[QStringLiteral("changes")].toArray()) {
            const QString body = change[QStringLiteral("data")][QStringLiteral("body")].toString();
            if (body.startsWith(prefix))
                bodies << body.left(body.indexOf(QLatin1Char('|')));
        }
    }
    return bodies;
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

namespace {

// The bodies of the message changes in a batch (a /sync answer or a stream frame), in order.
QStringList messageBodies(const QJsonArray &changes)
{
    QStringList bodies;
    for (const QJsonValue &change : changes) {
        if (change[QStringLiteral("type")].toString() == QLatin1String("message"))
            bodies << change[QStringLiteral("data")][QStringLiteral("body")].toString();
    }
    return bodies;
}

// The demo server with the lawyer signed in and an internal conversation of theirs.
struct LawyerInConversation
{
    DemoServer server;
    HttpClient lawyer { server.process.url() };
    QString token = lawyer.login(Lawyer);
    qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0102"), QStringLiteral("internal"));

    LawyerInConversation()
    {
        REQUIRE_FALSE(token.isEmpty());
        REQUIRE(conversation > 0);
    }
};

// Within SyncService::BatchBytes, or a single change that is larger alone.
bool withinBatchBytes(const QJsonArray &changes)
{
    qsizetype bytes = 0;
    for (const QJsonValue &change : changes)
        bytes += QJsonDocument(change.toObject()).toJson(QJsonDocument::Compact).size();
    return bytes <= parley::server::SyncService::BatchBytes || changes.size() == 1;
}

QStringList streamedBodies(const StreamProbe &probe)
{
    QStringList bodies;
    for (const QJsonObject &frame : probe.frames()) {
        if (frame[QStringLiteral("type")].toString() == QLatin1String("batch"))
            bodies += messageBodies(frame[QStringLiteral("changes")].toArray());
    }
    return bodies;
}

} // namespace

TEST_CASE("a batch holds about 256 KiB of changes: large messages page by size on /sync, in "
          "catch-up and in a push round")
{
    using parley::server::SyncService;
    LawyerInConversation fixture;
    DemoServer &server = fixture.server;
    HttpClient &lawyer = fixture.lawyer;
    const QString &token = fixture.token;
    const qint64 conversation = fixture.conversation;
    const qint64 start
        = lawyer.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();
    constexpr int Count = 12; // ~60 KB each: ~720 KB in all, under the 500-change limit
    QStringList sent;
    for (int i = 0; i < Count; ++i) {
        sent << QStringLiteral("large %1 ").arg(i) + QString(60000, QLatin1Char('x'));
        REQUIRE(lawyer
                    .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                        textMessage(QStringLiteral("large-%1").arg(i), sent.last()))
                    .status
            == 201);
    }

    // /sync: pages end where the next change would pass the budget.
    QStringList synced;
    int pages = 0;
    for (qint64 since = start; pages < 50; ++pages) {
        const HttpReply page = lawyer.get(QStringLiteral("/api/v1/sync?since=%1").arg(since));
        REQUIRE(page.status == 200);
        const QJsonArray changes = page.json[QStringLiteral("changes")].toArray();
        REQUIRE_FALSE(changes.isEmpty());
        CHECK(withinBatchBytes(changes));
        synced += messageBodies(changes);
        since = page.json[QStringLiteral("next")].toInteger();
        if (!page.json[QStringLiteral("has_more")].toBool())
            break;
    }
    CHECK(pages >= 2);
    CHECK(synced == sent);

    // A stream resuming from before them catches up in the same pages.
    StreamProbe resumed(server.process.url());
    REQUIRE(resumed.open());
    REQUIRE(resumed.authenticate(token, start));
    REQUIRE_FALSE(resumed.waitFor(batchWithMessageBody(sent.last())).isEmpty());
    CHECK(streamedBodies(resumed) == sent);
    for (const QJsonObject &frame : resumed.frames()) {
        if (frame[QStringLiteral("type")].toString() == QLatin1String("batch"))
            CHECK(withinBatchBytes(frame[QStringLiteral("changes")].toArray()));
    }

    // A push round for a reader that far behind reads one such batch and says there is more;
    // going on from its cursor misses nothing.
    InProcess inProcess(server.process);
    const parley::server::Principal who = inProcess.principal(Lawyer);
    QStringList pushed;
    qint64 cursor = start;
    int rounds = 0;
    for (bool more = true; more && rounds < 50; ++rounds) {
        parley::server::Transaction view(
            inProcess.context.db(), parley::server::Transaction::Mode::Read);
        REQUIRE(view.status());
        parley::server::ChangeReads reads(inProcess.context.db());
        parley::server::FrameCache frames;
        auto owed = streamFramesSince(inProcess.context.sync(), reads, frames, who, cursor);
        REQUIRE(owed);
        REQUIRE(owed->frames.size() == 1);
        const QJsonArray changes = QJsonDocument::fromJson(owed->frames.first().toUtf8())
                                       .object()[QStringLiteral("changes")]
                                       .toArray();
        CHECK(withinBatchBytes(changes));
        pushed += messageBodies(changes);
        CHECK(owed->next > cursor);
        cursor = owed->next;
        more = owed->more;
    }
    CHECK(rounds >= 2);
    CHECK(pushed == sent);
}

TEST_CASE("a live stream owed more than one batch by a push round gets the rest through its own "
          "catch-up")
{
    LawyerInConversation fixture;
    DemoServer &server = fixture.server;
    HttpClient &lawyer = fixture.lawyer;
    const QString &token = fixture.token;
    const qint64 conversation = fixture.conversation;
    StreamProbe live(server.process.url());
    REQUIRE(live.open());
    REQUIRE(live.authenticate(token));

    // Written beside the server (on SQLite its stream does not hear of them), then one more
    // through it: its push round finds ~720 KB of messages after the stream's cursor, reads
    // one batch of about BatchBytes and leaves the rest to the session.
    InProcess inProcess(server.process);
    const parley::server::Principal who = inProcess.principal(Lawyer);
    QStringList sent;
    for (int i = 0; i < 12; ++i) {
        sent << QStringLiteral("beside %1 ").arg(i) + QString(60000, QLatin1Char('y'));
        inProcess.send(who, conversation, sent.last());
    }
    sent << QStringLiteral("Through the server after them");
    REQUIRE(lawyer
                .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                    textMessage(QStringLiteral("after-beside"), sent.last()))
                .status
        == 201);
    REQUIRE_FALSE(live.waitFor(batchWithMessageBody(sent.last())).isEmpty());
    CHECK(streamedBodies(live) == sent);
    int batches = 0;
    for (const QJsonObject &frame : live.frames()) {
        if (frame[QStringLiteral("type")].toString() != QLatin1String("batch"))
            continue;
        ++batches;
        CHECK(withinBatchBytes(frame[QStringLiteral("changes")].toArray()));
    }
    CHECK(batches >= 3);
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

TEST_CASE("a stream whose client stops reading is dropped, not buffered for without end, and a "
          "catch-up over more than that goes at the client's pace and misses nothing")
{
    DemoServer server;
    const QUrl url = server.process.url();
    HttpClient lawyer(url);
    const QString token = lawyer.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    const qint64 latest
        = lawyer.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0107"), QStringLiteral("internal"));
    REQUIRE(conversation != 0);

    StreamProbe reading(url);
    REQUIRE(reading.open());
    REQUIRE(reading.authenticate(token, latest));
    StalledStream stalled;
    REQUIRE(stalled.open(url, token, latest));
    QDeadlineTimer ready(10000);
    while (streamClients(url) != 2 && !ready.hasExpired())
        QTest::qWait(20);
    REQUIRE(streamClients(url) == 2);

    // Messages of ~60 KB until the stalled stream is dropped: past the kernel's socket buffers
    // and the server's 4 MiB of unsent frames, well within 600 of them (36 MB).
    const QString filler(60000, QLatin1Char('x'));
    QStringList sent;
    while (streamClients(url) == 2 && sent.size() < 600) {
        for (int i = 0; i < 10; ++i) {
            const QString marker = QStringLiteral("Large %1").arg(sent.size());
            REQUIRE(lawyer
                        .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                            textMessage(QStringLiteral("large-%1").arg(sent.size()),
                                marker + QLatin1Char('|') + filler))
                        .status
                == 201);
            sent << marker;
        }
        // The reading stream keeps up (never more than ten messages behind), so only the
        // stalled one can be dropped.
        REQUIRE_FALSE(
            reading.waitFor(batchWithMessageBody(sent.constLast() + QLatin1Char('|') + filler))
                .isEmpty());
    }
    CHECK(sent.size() < 600);
    CHECK(streamClients(url) == 1);
    INFO("messages sent until the stalled stream was dropped: " << sent.size());

    // Enough small ones after them that catching up takes more than one page (500 changes).
    QStringList small;
    for (int i = 0; i < 450; ++i) {
        small << QStringLiteral("Small %1").arg(i);
        REQUIRE(lawyer
                    .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                        textMessage(QStringLiteral("small-%1").arg(i), small.constLast() + u'|'))
                    .status
            == 201);
    }
    // The reading stream kept everything, in order.
    REQUIRE(lawyer
                .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                    textMessage(QStringLiteral("after"), QStringLiteral("After the drop")))
                .status
        == 201);
    REQUIRE_FALSE(
        reading.waitFor(batchWithMessageBody(QStringLiteral("After the drop"))).isEmpty());
    CHECK(bodiesStartingWith(reading, QStringLiteral("Large ")) == sent);
    CHECK(bodiesStartingWith(reading, QStringLiteral("Small ")) == small);

    // A client coming back from before all that catches up on every message, in order: ~7 MB
    // in pages of about 256 KiB, so the catch-up pauses each time 1 MiB waits unsent and goes
    // on as the client takes it.
    StreamProbe back(url);
    REQUIRE(back.open());
    REQUIRE(back.authenticate(token, latest));
    REQUIRE_FALSE(
        back.waitFor(batchWithMessageBody(QStringLiteral("After the drop")), 60000).isEmpty());
    CHECK(bodiesStartingWith(back, QStringLiteral("Large ")) == sent);
    CHECK(bodiesStartingWith(back, QStringLiteral("Small ")) == small);
    CHECK(back.isOpen());
}
