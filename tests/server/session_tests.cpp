// Staff session lifetime and Sign Out Everywhere against the real server: a session ends after
// its idle time and after its longest lifetime with 401 session_expired, its open stream closes;
// logout-all ends every session of the user at once (streams too), leaves others' alone and is
// in the firm's audit chain.
#include "app/servercontext.h"
#include "clockedserver.h"
#include "db/sqlquery.h"
#include "demoserver.h"
#include "serverdatabase.h"
#include "streamprobe.h"

#include <QJsonArray>

using namespace parley;
using namespace parley::test;

namespace {

QString errorReason(const HttpReply &reply)
{
    return reply.json[QStringLiteral("error")][QStringLiteral("reason")].toString();
}

bool closedWith(const StreamProbe &stream, const QString &code)
{
    for (const QJsonObject &frame : stream.frames()) {
        if (frame[QStringLiteral("type")].toString() == QLatin1String("error")
            && frame[QStringLiteral("error")][QStringLiteral("code")].toString() == code)
            return true;
    }
    return false;
}

// Sends a ping and waits for the pong of a stream still open.
bool answersPing(StreamProbe &stream)
{
    stream.sendJson({ { QStringLiteral("type"), QStringLiteral("ping") } });
    return !stream
                .waitFor([](const QJsonObject &frame) {
                    return frame[QStringLiteral("type")].toString() == QLatin1String("pong");
                })
                .isEmpty();
}

// The detail of each audit entry with this action, read from the running server's database.
QList<QJsonObject> auditDetails(const QString &dataDir, const QString &action)
{
    server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
    REQUIRE(database.open(dataDir, ServerDatabase::urlFor(dataDir)));
    server::SqlQuery query(database.db(),
        QStringLiteral("SELECT detail FROM audit_log WHERE action = ? AND chain LIKE 'firm:%'"));
    query.bind(action);
    REQUIRE(query.exec());
    QList<QJsonObject> details;
    while (query.next())
        details.append(QJsonDocument::fromJson(query.text(0).toUtf8()).object());
    return details;
}

} // namespace

TEST_CASE("A staff session expires when idle and at its longest lifetime, with session_expired")
{
    ClockedServer server(QStringLiteral("[auth]\nsession_idle_minutes=60\nsession_max_days=2\n"));
    HttpClient client(server.process.url());
    const QString me = QStringLiteral("/api/v1/me");
    REQUIRE_FALSE(client.login(Lawyer).isEmpty());

    // Each use keeps it alive for the idle time again.
    server.advanceMinutes(50);
    CHECK(client.get(me).status == 200);
    server.advanceMinutes(100);
    CHECK(client.get(me).status == 200);
    server.advanceMinutes(162);
    HttpReply expired = client.get(me);
    CHECK(expired.status == 401);
    CHECK(expired.errorCode() == QLatin1String("session_expired"));
    CHECK(errorReason(expired) == QLatin1String("idle"));
    // It stays expired; a new sign-in works.
    CHECK(client.get(me).errorCode() == QLatin1String("session_expired"));
    REQUIRE_FALSE(client.login(Lawyer).isEmpty());
    CHECK(client.get(me).status == 200);

    // Used every 50 minutes, the session still ends two days after its sign-in.
    const qint64 signedInAt = 162;
    for (qint64 minute = signedInAt + 50; minute < signedInAt + 2 * 24 * 60; minute += 50) {
        server.advanceMinutes(minute);
        INFO("minute " << minute);
        REQUIRE(client.get(me).status == 200);
    }
    server.advanceMinutes(signedInAt + 2 * 24 * 60 + 1);
    expired = client.get(me);
    CHECK(expired.status == 401);
    CHECK(expired.errorCode() == QLatin1String("session_expired"));
    CHECK(errorReason(expired) == QLatin1String("lifetime"));
}

TEST_CASE("The stream of an expired session closes with session_expired")
{
    ClockedServer server(QStringLiteral("[auth]\nsession_idle_minutes=60\n"));
    HttpClient client(server.process.url());
    const QString token = client.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    StreamProbe stream(server.process.url());
    REQUIRE(stream.open());
    REQUIRE(stream.authenticate(token));

    server.advanceMinutes(30);
    CHECK(answersPing(stream));
    CHECK(stream.isOpen());

    // The stream is no use of the session: an hour later it has expired, and the stream ends.
    server.advanceMinutes(61);
    stream.sendJson({ { QStringLiteral("type"), QStringLiteral("ping") } });
    CHECK(stream.waitForClose());
    CHECK(closedWith(stream, QStringLiteral("session_expired")));
    // A new stream with the expired token is refused the same way.
    StreamProbe again(server.process.url());
    REQUIRE(again.open());
    CHECK_FALSE(again.authenticate(token));
    CHECK(closedWith(again, QStringLiteral("session_expired")));
}

TEST_CASE("Sign out everywhere ends every session of the user and their streams, and is audited")
{
    DemoServer demo;
    const QUrl url = demo.process.url();
    HttpClient office(url), laptop(url), colleague(url);
    const QString officeToken = office.login(Lawyer);
    const QString laptopToken = laptop.login(Lawyer);
    const QString colleagueToken = colleague.login(Paralegal);
    REQUIRE_FALSE(officeToken.isEmpty());
    REQUIRE_FALSE(laptopToken.isEmpty());
    REQUIRE_FALSE(colleagueToken.isEmpty());
    StreamProbe officeStream(url), laptopStream(url), colleagueStream(url);
    for (auto [stream, token] :
        { std::pair { &officeStream, officeToken }, std::pair { &laptopStream, laptopToken },
            std::pair { &colleagueStream, colleagueToken } }) {
        REQUIRE(stream->open());
        REQUIRE(stream->authenticate(token));
    }

    // Only a signed-in user can do it.
    HttpClient stranger(url);
    CHECK(stranger.post(QStringLiteral("/api/v1/auth/logout-all"), {}).status == 401);

    const HttpReply ended = laptop.post(QStringLiteral("/api/v1/auth/logout-all"), {});
    REQUIRE(ended.status == 200);
    CHECK(ended.json[QStringLiteral("sessions_ended")].toInt() >= 2);

    // At once: both of the lawyer's streams close and both tokens are refused.
    CHECK(officeStream.waitForClose());
    CHECK(laptopStream.waitForClose());
    CHECK(closedWith(officeStream, QStringLiteral("invalid_token")));
    for (HttpClient *client : { &office, &laptop }) {
        const HttpReply refused = client->get(QStringLiteral("/api/v1/me"));
        CHECK(refused.status == 401);
        CHECK(refused.errorCode() == QLatin1String("invalid_token"));
    }
    // The colleague is not affected.
    CHECK(colleague.get(QStringLiteral("/api/v1/me")).status == 200);
    CHECK(answersPing(colleagueStream));
    CHECK(colleagueStream.isOpen());

    // In the firm's audit chain, which still verifies; signing in again works.
    const QList<QJsonObject> audited
        = auditDetails(demo.process.dataDir(), QStringLiteral("signed_out_everywhere"));
    REQUIRE(audited.size() == 1);
    CHECK(audited.first()[QStringLiteral("sessions")].toInt()
        == ended.json[QStringLiteral("sessions_ended")].toInt());
    CHECK(demo.process.runAdmin({ QStringLiteral("audit"), QStringLiteral("verify") }) == 0);
    CHECK_FALSE(office.login(Lawyer).isEmpty());
    CHECK(office.get(QStringLiteral("/api/v1/me")).status == 200);
}
