// Several parley-server processes on one PostgreSQL database and one data folder: changes
// reach stream clients on the other server, seqs stay one gapless sequence, uploads resume
// through the other server, nothing acknowledged is lost when one is killed, and each email
// goes out once.
#include "demoserver.h"
#include "mailfixture.h"
#include "streamprobe.h"
#include "transferfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUrlQuery>
#include <catch2/catch.hpp>

using namespace parley::test;

namespace {

void requirePostgres()
{
    if (qEnvironmentVariableIsEmpty("PARLEY_TEST_POSTGRES"))
        FAIL("These tests need PostgreSQL: set PARLEY_TEST_POSTGRES to an admin URL, e.g. "
             "`source scripts/lib/postgres; postgres_start` (scripts/test does).");
}

// Server A with the demo firm, and server B on its database and data folder.
struct TwoServers
{
    ServerProcess a;
    ServerProcess b;

    explicit TwoServers(const QStringList &extraArgs = {})
    {
        requirePostgres();
        const bool startedA = a.start(QStringList { QStringLiteral("--demo") } + extraArgs);
        INFO(a.errorString().toStdString());
        REQUIRE(startedA);
        const bool startedB = b.startSharing(a, extraArgs);
        INFO(b.errorString().toStdString());
        REQUIRE(startedB);
    }
};

const QString Conversation = QStringLiteral("2026-0106");

// Posts a text message; returns the HTTP status.
int sendText(HttpClient &client, qint64 conversation, const QString &txn, const QString &body)
{
    return client
        .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
            textMessage(txn, body))
        .status;
}

// Every change after since, read through /sync page by page.
QList<QJsonObject> syncAfter(HttpClient &client, qint64 since)
{
    QList<QJsonObject> changes;
    for (int page = 0; page < 1000; ++page) {
        const HttpReply reply = client.get(QStringLiteral("/api/v1/sync?since=%1").arg(since));
        if (reply.status != 200)
            break;
        for (const QJsonValue &change : reply.json[QStringLiteral("changes")].toArray())
            changes.append(change.toObject());
        since = reply.json[QStringLiteral("next")].toInteger();
        if (!reply.json[QStringLiteral("has_more")].toBool())
            break;
    }
    return changes;
}

QString bodyOf(const QJsonObject &change)
{
    if (change[QStringLiteral("type")].toString() != QLatin1String("message"))
        return {};
    return change[QStringLiteral("data")].toObject()[QStringLiteral("body")].toString();
}

// The message changes of the batches a stream received: their seqs and bodies, in order.
QList<QPair<qint64, QString>> streamedMessages(const StreamProbe &stream)
{
    QList<QPair<qint64, QString>> messages;
    for (const QJsonObject &frame : stream.frames()) {
        if (frame[QStringLiteral("type")].toString() != QLatin1String("batch"))
            continue;
        for (const QJsonValue &change : frame[QStringLiteral("changes")].toArray()) {
            const QString body = bodyOf(change.toObject());
            if (!body.isEmpty())
                messages.append({ change[QStringLiteral("seq")].toInteger(), body });
        }
    }
    return messages;
}

// The "next" of the last batch a stream received (its cursor), or fallback.
qint64 lastNext(const StreamProbe &stream, qint64 fallback)
{
    qint64 next = fallback;
    for (const QJsonObject &frame : stream.frames()) {
        if (frame[QStringLiteral("type")].toString() == QLatin1String("batch"))
            next = frame[QStringLiteral("next")].toInteger();
    }
    return next;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

// Sends messages without waiting for each answer, as many clients at once would; records the
// bodies the server acknowledged with 201.
class AsyncSender
{
public:
    AsyncSender(const QUrl &server, const QString &token, qint64 conversation)
        : m_server(server)
        , m_token(token)
        , m_conversation(conversation)
    { }

    void send(const QString &body)
    {
        QUrl url = m_server;
        url.setPath(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation));
        QNetworkRequest request(url);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setTransferTimeout(20000);
        const QJsonObject message = textMessage(body, body); // the body is its own txn id
        QNetworkReply *reply
            = m_manager.post(request, QJsonDocument(message).toJson(QJsonDocument::Compact));
        ++m_pending;
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, body] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 201)
                m_acknowledged.append(body);
            const qint64 id = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
            m_answers.insert(body, { status, id });
            --m_pending;
            reply->deleteLater();
        });
    }

    int pending() const { return m_pending; }
    const QStringList &acknowledged() const { return m_acknowledged; }
    // Per body sent: the HTTP status and the message id answered.
    const QHash<QString, QPair<int, qint64>> &answers() const { return m_answers; }

private:
    QUrl m_server;
    QString m_token;
    qint64 m_conversation;
    QNetworkAccessManager m_manager;
    int m_pending = 0;
    QStringList m_acknowledged;
    QHash<QString, QPair<int, qint64>> m_answers;
};

} // namespace

TEST_CASE("A message sent through one server reaches stream clients on the other")
{
    TwoServers servers;
    HttpClient lawyerA(servers.a.url());
    HttpClient paralegalB(servers.b.url());
    const QString lawyerToken = lawyerA.login(Lawyer);
    REQUIRE_FALSE(lawyerToken.isEmpty());
    const QString paralegalToken = paralegalB.login(Paralegal);
    REQUIRE_FALSE(paralegalToken.isEmpty());
    const qint64 conversation = conversationOf(lawyerA, Conversation, QStringLiteral("external"));
    REQUIRE(conversation > 0);

    StreamProbe onB(servers.b.url());
    REQUIRE(onB.open());
    REQUIRE(onB.authenticate(paralegalToken));
    StreamProbe onA(servers.a.url());
    REQUIRE(onA.open());
    REQUIRE(onA.authenticate(lawyerToken));

    REQUIRE(
        sendText(lawyerA, conversation, QStringLiteral("ms-1"), QStringLiteral("Sent through A"))
        == 201);
    CHECK_FALSE(onB.waitFor(batchWithMessageBody(QStringLiteral("Sent through A"))).isEmpty());
    REQUIRE(
        sendText(paralegalB, conversation, QStringLiteral("ms-2"), QStringLiteral("Sent through B"))
        == 201);
    CHECK_FALSE(onA.waitFor(batchWithMessageBody(QStringLiteral("Sent through B"))).isEmpty());

    SECTION("signing out through one server closes the session's stream on the other")
    {
        REQUIRE(lawyerA.post(QStringLiteral("/api/v1/auth/logout"), {}).status == 200);
        StreamProbe sameTokenOnB(servers.b.url());
        CHECK_FALSE((sameTokenOnB.open() && sameTokenOnB.authenticate(lawyerToken)));
    }
    SECTION("a stream on B whose token is revoked through A closes at once")
    {
        HttpClient lawyerB(servers.b.url());
        const QString second = lawyerB.login(Lawyer);
        StreamProbe stream(servers.b.url());
        REQUIRE(stream.open());
        REQUIRE(stream.authenticate(second));
        HttpClient revoker(servers.a.url());
        revoker.setToken(second);
        REQUIRE(revoker.post(QStringLiteral("/api/v1/auth/logout"), {}).status == 200);
        // Well before the hub's minute-long sweep.
        CHECK(stream.waitForClose(10000));
    }
}

TEST_CASE("Change seqs seen on one server increase without gaps across messages sent through "
          "both")
{
    TwoServers servers;
    HttpClient lawyerA(servers.a.url());
    HttpClient lawyerB(servers.b.url());
    const QString token = lawyerA.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    lawyerB.setToken(token); // one session, used through either server
    const qint64 conversation = conversationOf(lawyerA, Conversation, QStringLiteral("internal"));
    REQUIRE(conversation > 0);
    const qint64 start
        = lawyerA.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();

    StreamProbe onB(servers.b.url());
    REQUIRE(onB.open());
    REQUIRE(onB.authenticate(token, start));
    constexpr int Count = 30;
    for (int i = 0; i < Count; ++i) {
        HttpClient &through = i % 2 == 0 ? lawyerA : lawyerB;
        const QString body = QStringLiteral("alternate %1").arg(i);
        REQUIRE(sendText(through, conversation, body, body) == 201);
    }
    REQUIRE(waitUntil([&] { return streamedMessages(onB).size() >= Count; }));
    const auto streamed = streamedMessages(onB);
    REQUIRE(streamed.size() == Count);
    for (int i = 0; i < Count; ++i) {
        CHECK(streamed.at(i).second == QStringLiteral("alternate %1").arg(i));
        if (i > 0)
            CHECK(streamed.at(i).first == streamed.at(i - 1).first + 1);
    }
    CHECK(streamed.first().first > start);
    // The same sequence as /sync reads through the other server.
    QList<qint64> synced;
    for (const QJsonObject &change : syncAfter(lawyerA, start))
        synced.append(change[QStringLiteral("seq")].toInteger());
    QList<qint64> seen;
    for (const auto &message : streamed)
        seen.append(message.first);
    CHECK(synced == seen);
}

TEST_CASE("The stream on B hears A's changes again after its database connection was cut")
{
    TwoServers servers;
    HttpClient lawyerA(servers.a.url());
    const QString token = lawyerA.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    const qint64 conversation = conversationOf(lawyerA, Conversation, QStringLiteral("internal"));
    StreamProbe onB(servers.b.url());
    REQUIRE(onB.open());
    REQUIRE(onB.authenticate(token));

    // Cut every listening connection of the test database (both servers' listeners).
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(
            QStringLiteral("QPSQL"), QStringLiteral("multiserver-admin"));
        const QUrl url(servers.a.databaseUrl());
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setPassword(url.password());
        admin.setDatabaseName(url.path().mid(1));
        REQUIRE(admin.open());
        QSqlQuery cut(admin);
        REQUIRE(cut.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                        "pg_stat_activity WHERE application_name = "
                                        "'parley-listener' AND datname = current_database()")));
        REQUIRE(cut.next());
        CHECK(cut.value(0).toInt() == 2);
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("multiserver-admin"));

    // Sent at once, while B may not have noticed the cut yet: it arrives after the reconnect.
    REQUIRE(
        sendText(lawyerA, conversation, QStringLiteral("cut-1"), QStringLiteral("While cut off"))
        == 201);
    CHECK_FALSE(onB.waitFor(batchWithMessageBody(QStringLiteral("While cut off"))).isEmpty());
    REQUIRE(sendText(lawyerA, conversation, QStringLiteral("cut-2"),
                QStringLiteral("After the reconnect"))
        == 201);
    CHECK_FALSE(onB.waitFor(batchWithMessageBody(QStringLiteral("After the reconnect"))).isEmpty());
    CHECK(servers.b.stderrOutput().contains("change listener is connected again"));
}

TEST_CASE("An upload started through one server finishes through the other")
{
    TwoServers servers;
    HttpClient lawyerA(servers.a.url());
    const QString token = lawyerA.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    HttpClient lawyerB(servers.b.url());
    lawyerB.setToken(token);
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17);
    const qint64 half = bytes.size() / 2;

    const QString upload = createUpload(lawyerA, bytes.size(), QStringLiteral("brief.pdf"));
    REQUIRE_FALSE(upload.isEmpty());
    REQUIRE(patchChunk(lawyerA, upload, 0, bytes.left(half)).status == 204);

    const HttpReply head = lawyerB.send("HEAD", upload, {}, tusHeaders({}));
    REQUIRE(head.status == 200);
    CHECK(head.header("Upload-Offset") == QByteArray::number(half));
    CHECK(head.header("Upload-Length") == QByteArray::number(bytes.size()));

    SECTION("the rest in one chunk")
    {
        // B refuses the offset A had before, saying where the upload is.
        const HttpReply stale = patchChunk(lawyerB, upload, 0, bytes.left(10));
        CHECK(stale.status == 409);
        CHECK(stale.header("Upload-Offset") == QByteArray::number(half));
        const HttpReply done = patchChunk(lawyerB, upload, half, bytes.mid(half));
        REQUIRE(done.status == 204);
        CHECK(done.header("Upload-Offset") == QByteArray::number(bytes.size()));
        CHECK(done.header("Upload-Sha256") == sha256Hex(bytes).toLatin1());
    }
    SECTION("checksummed chunks alternating between the servers")
    {
        const qint64 third = half + (bytes.size() - half) / 2;
        const QByteArray second = bytes.mid(half, third - half);
        REQUIRE(
            patchChunk(lawyerB, upload, half, second, checksum("sha256", second)).status == 204);
        const QByteArray last = bytes.mid(third);
        const HttpReply done = patchChunk(lawyerA, upload, third, last, checksum("sha1", last));
        REQUIRE(done.status == 204);
        CHECK(done.header("Upload-Sha256") == sha256Hex(bytes).toLatin1());
    }
    // Complete as seen from either server, and the blob holds the bytes.
    for (HttpClient *client : { &lawyerA, &lawyerB }) {
        const HttpReply after = client->send("HEAD", upload, {}, tusHeaders({}));
        CHECK(after.status == 200);
        CHECK(after.header("Upload-Offset") == QByteArray::number(bytes.size()));
        CHECK(after.header("Upload-Sha256") == sha256Hex(bytes).toLatin1());
    }
    QFile blob(blobPath(servers.a, sha256Hex(bytes).toLatin1()));
    REQUIRE(blob.open(QIODevice::ReadOnly));
    CHECK(sha256Hex(blob.readAll()) == sha256Hex(bytes));
}

TEST_CASE("The same message sent through both servers at once is stored once and both answers "
          "name it")
{
    TwoServers servers;
    HttpClient lawyerA(servers.a.url());
    const QString token = lawyerA.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    const qint64 conversation = conversationOf(lawyerA, Conversation, QStringLiteral("internal"));
    REQUIRE(conversation > 0);
    const qint64 start
        = lawyerA.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();

    // A retry that reaches the other server while the first try is still being stored: one
    // finds no row before its insert and must answer with the other's row.
    constexpr int Count = 40;
    AsyncSender throughA(servers.a.url(), token, conversation);
    AsyncSender throughB(servers.b.url(), token, conversation);
    for (int i = 0; i < Count; ++i) {
        const QString body = QStringLiteral("twice %1").arg(i);
        throughA.send(body);
        throughB.send(body);
    }
    REQUIRE(waitUntil([&] { return throughA.pending() == 0 && throughB.pending() == 0; }, 60000));
    for (int i = 0; i < Count; ++i) {
        const QString body = QStringLiteral("twice %1").arg(i);
        const auto a = throughA.answers().value(body);
        const auto b = throughB.answers().value(body);
        INFO(body.toStdString() << ": A " << a.first << ", B " << b.first);
        CHECK(QSet<int> { a.first, b.first } == QSet<int> { 201, 200 });
        CHECK(a.second > 0);
        CHECK(a.second == b.second);
    }
    // At least once the lookup before the transaction missed the other's row, so the insert's
    // unique key caught it: the path this test is about.
    const QByteArray logs = servers.a.stderrOutput() + servers.b.stderrOutput();
    CHECK(logs.count("was stored meanwhile; answering with that message") >= 1);
    QHash<QString, int> stored;
    for (const QJsonObject &change : syncAfter(lawyerA, start)) {
        if (const QString body = bodyOf(change); !body.isEmpty())
            ++stored[body];
    }
    CHECK(stored.size() == Count);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        CHECK(it.value() == 1);
}

TEST_CASE("SIGKILL of one server under load: every acknowledged message stays, and its stream "
          "clients catch up on the other")
{
    TwoServers servers;
    HttpClient lawyerA(servers.a.url());
    HttpClient paralegalB(servers.b.url());
    const QString lawyerToken = lawyerA.login(Lawyer);
    const QString paralegalToken = paralegalB.login(Paralegal);
    REQUIRE_FALSE(lawyerToken.isEmpty());
    REQUIRE_FALSE(paralegalToken.isEmpty());
    HttpClient partnerA(servers.a.url());
    const QString partnerToken = partnerA.login(Partner);
    REQUIRE_FALSE(partnerToken.isEmpty());
    const qint64 conversation = conversationOf(lawyerA, Conversation, QStringLiteral("external"));
    REQUIRE(conversation > 0);
    const qint64 start
        = lawyerA.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();

    // A stream client on the server that will die.
    StreamProbe doomed(servers.a.url());
    REQUIRE(doomed.open());
    REQUIRE(doomed.authenticate(lawyerToken, start));

    constexpr int PerServer = 150;
    AsyncSender throughA(servers.a.url(), lawyerToken, conversation);
    AsyncSender throughB(servers.b.url(), paralegalToken, conversation);
    AsyncSender partnerThroughA(servers.a.url(), partnerToken, conversation);
    for (int i = 0; i < PerServer; ++i) {
        throughA.send(QStringLiteral("load A %1").arg(i));
        partnerThroughA.send(QStringLiteral("load A2 %1").arg(i));
        throughB.send(QStringLiteral("load B %1").arg(i));
    }
    // Killed while sends through it are still in flight.
    REQUIRE(waitUntil([&] { return throughA.acknowledged().size() >= PerServer / 3; }, 60000));
    servers.a.kill();
    REQUIRE(waitUntil(
        [&] {
            return throughA.pending() == 0 && throughB.pending() == 0
                && partnerThroughA.pending() == 0;
        },
        90000));
    const QStringList acknowledged
        = throughA.acknowledged() + partnerThroughA.acknowledged() + throughB.acknowledged();
    CHECK(throughB.acknowledged().size() == PerServer); // the survivor took every one
    CHECK(throughA.acknowledged().size() + partnerThroughA.acknowledged().size() < 2 * PerServer);
    INFO("acknowledged through A: " << throughA.acknowledged().size() << " + "
                                    << partnerThroughA.acknowledged().size());

    // Everything acknowledged is there, read through the survivor.
    QSet<QString> stored;
    for (const QJsonObject &change : syncAfter(paralegalB, start))
        stored.insert(bodyOf(change));
    for (const QString &body : acknowledged)
        CHECK(stored.contains(body));

    // The killed server's stream client reconnects to the other and resumes from its cursor.
    REQUIRE(doomed.waitForClose(10000));
    const qint64 cursor = lastNext(doomed, start);
    QSet<QString> seen;
    for (const auto &message : streamedMessages(doomed))
        seen.insert(message.second);
    HttpClient lawyerB(servers.b.url());
    lawyerB.setToken(lawyerToken);
    StreamProbe moved(servers.b.url());
    REQUIRE(moved.open());
    REQUIRE(moved.authenticate(lawyerToken, cursor));
    REQUIRE(waitUntil([&] {
        QSet<QString> all = seen;
        for (const auto &message : streamedMessages(moved))
            all.insert(message.second);
        return all.contains(stored);
    }));
    // And a later message through the survivor reaches it live.
    REQUIRE(sendText(lawyerB, conversation, QStringLiteral("after-kill"),
                QStringLiteral("After the kill"))
        == 201);
    CHECK_FALSE(moved.waitFor(batchWithMessageBody(QStringLiteral("After the kill"))).isEmpty());
}

TEST_CASE("Two mailing servers on one database send each email once")
{
    requirePostgres();
    MailingServer mailing;
    const QString config = QDir(mailing.server.dataDir()).filePath(QStringLiteral("parley.ini"));
    ServerProcess second;
    const bool started
        = second.startSharing(mailing.server, { QStringLiteral("--config"), config });
    INFO(second.errorString().toStdString());
    REQUIRE(started);

    HttpClient lawyer(mailing.server.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    HttpClient lawyerOnSecond(second.url());
    REQUIRE_FALSE(lawyerOnSecond.login(Lawyer).isEmpty());
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
    const auto [client, email] = clientOf(lawyer, matter);
    const qint64 conversation = startConversation(lawyer, matter, client, false);
    const QJsonArray welcomes = mailing.waitForMail(1, 3000);
    REQUIRE(welcomes.size() == 1);

    post(lawyer, conversation, QStringLiteral("Through the first server."));
    post(lawyerOnSecond, conversation, QStringLiteral("Through the second server."));
    mailing.advance(16 * 60);
    const QJsonArray mail = mailing.waitForMail(2, 4000);
    CHECK(withSubject(mail, QStringLiteral("New message")) == 1);
    REQUIRE(mail.size() == 2);
    QJsonObject reminder;
    for (const QJsonValue &message : mail) {
        if (message[QStringLiteral("subject")].toString().startsWith(QStringLiteral("New message")))
            reminder = message.toObject();
    }
    const QString text = partText(reminder, QStringLiteral("text/plain"));
    CHECK(text.contains(QStringLiteral("Through the first server.")));
    CHECK(text.contains(QStringLiteral("Through the second server.")));
    mailing.advance(3 * 60 * 60);
    CHECK(mailing.settledMail().size() == 2);
}
