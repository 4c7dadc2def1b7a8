// Bad input gets its 4xx and a typed error, never a 500; no request makes the server buffer
// an unbounded body.
#include "demoserver.h"

#include <QTcpSocket>

using namespace parley::test;

namespace {

// Writes raw bytes on a fresh connection and returns what the server answered until it
// closed or went quiet.
QByteArray rawExchange(const QUrl &url, const QByteArray &request, bool *closed = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    if (!socket.waitForConnected(10000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    if (closed)
        *closed = socket.state() != QAbstractSocket::ConnectedState;
    return answer;
}

} // namespace

TEST_CASE("malformed bodies get 400 with a code naming the problem")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QString path = QStringLiteral("/api/v1/conversations/1/messages");

    struct Case
    {
        QByteArray body;
        int status;
        const char *code;
        const char *field;
    };
    const Case cases[] = {
        { "{\"client_txn_id\": \"x\", \"body\": ", 400, "invalid_json", "" },
        { "[1, 2, 3]", 400, "invalid_json", "" },
        { "{\"kind\": \"text\", \"body\": \"hi\"}", 400, "missing_field", "client_txn_id" },
        { "{\"client_txn_id\": \"x\", \"kind\": \"text\", \"body\": 5}", 400, "invalid_field",
            "body" },
        { "{\"client_txn_id\": \"x\", \"kind\": \"poem\", \"body\": \"hi\"}", 400, "invalid_field",
            "kind" },
        { "{\"client_txn_id\": 7, \"kind\": \"text\", \"body\": \"hi\"}", 400, "invalid_field",
            "client_txn_id" },
    };
    for (const Case &c : cases) {
        INFO(c.body.toStdString());
        const HttpReply reply = lawyer.send("POST", path, c.body);
        CHECK(reply.status == c.status);
        CHECK(reply.errorCode() == QString::fromLatin1(c.code));
        CHECK_FALSE(
            reply.json[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
        if (*c.field)
            CHECK(reply.json[QStringLiteral("error")][QStringLiteral("field")].toString()
                == QString::fromLatin1(c.field));
    }

    const HttpReply plain = lawyer.send("POST", path, "hello", "text/plain");
    CHECK(plain.status == 415);
    CHECK(plain.errorCode() == QStringLiteral("unsupported_media_type"));

    const HttpReply login
        = lawyer.send("POST", QStringLiteral("/api/v1/auth/login"), "{\"email\": []}");
    CHECK(login.status == 400);
    CHECK(login.errorCode() == QStringLiteral("invalid_field"));
}

TEST_CASE("unknown routes are 404 and wrong methods 405, both as JSON")
{
    DemoServer server;
    HttpClient client(server.process.url());
    const HttpReply unknown = client.get(QStringLiteral("/api/v1/nothing-here"));
    CHECK(unknown.status == 404);
    CHECK(unknown.errorCode() == QStringLiteral("not_found"));
    CHECK(unknown.header("Content-Type").startsWith("application/json"));
    CHECK(client.get(QStringLiteral("/api/v1/matters/abc")).status == 404);

    const HttpReply wrongMethod = client.send("DELETE", QStringLiteral("/api/v1/matters"), {});
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.errorCode() == QStringLiteral("method_not_allowed"));
    CHECK(wrongMethod.header("Allow") == "GET");
    CHECK(client.get(QStringLiteral("/healthz")).json[QStringLiteral("status")].toString()
        == QStringLiteral("ok"));
}

TEST_CASE("no user input yields a 500")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const QList<QPair<QByteArray, QString>> requests {
        { "GET", QStringLiteral("/api/v1/conversations/999999999999/messages") },
        { "GET", QStringLiteral("/api/v1/matters/999999999999999999") },
        { "POST", QStringLiteral("/api/v1/conversations/0/messages") },
        { "POST", QStringLiteral("/api/v1/conversations") },
        { "GET", QStringLiteral("/api/v1/sync?since=999999999999") },
        { "GET", QStringLiteral("/api/v1/sync?since=1&since=2") },
        { "PATCH", QStringLiteral("/api/v1/me") },
        { "GET", QStringLiteral("/api/v1/../../etc/passwd") },
    };
    const QList<QByteArray> bodies { "", "{}", "null",
        "{\"kind\": \"direct\", \"member_ids\": [\"a\"]}",
        "{\"kind\": \"external\", \"matter_id\": 99999, \"member_ids\": []}",
        "{\"client_txn_id\": \"\", \"kind\": \"text\", \"body\": \"x\"}", QByteArray(300, '{') };
    for (const auto &[method, path] : requests) {
        for (const QByteArray &body : bodies) {
            const HttpReply reply = lawyer.send(method, path, body);
            INFO(method.toStdString()
                << ' ' << path.toStdString() << ' ' << body.left(60).toStdString());
            CHECK(reply.status >= 400);
            CHECK(reply.status < 500);
            CHECK_FALSE(reply.errorCode().isEmpty());
        }
    }
}

TEST_CASE("a body over the cap gets 413 and the connection is closed; the server lives on")
{
    DemoServer server;
    const QUrl url = server.process.url();
    bool closed = false;
    // Declared far larger than the 1 MiB cap: refused from the head alone, before any of it
    // is buffered.
    const QByteArray head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                            "Content-Type: application/json\r\nContent-Length: 5000000000\r\n\r\n";
    const QByteArray answer = rawExchange(url, head + QByteArray(64 * 1024, 'a'), &closed);
    CHECK(answer.startsWith("HTTP/1.1 413"));
    CHECK(answer.contains("\"request_too_large\""));
    CHECK(answer.contains("\"limit\":1048576"));
    CHECK(closed);

    // Through an ordinary client too.
    HttpClient client(url);
    const HttpReply big = client.send("POST", QStringLiteral("/api/v1/auth/login"),
        "{\"email\": \"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}");
    CHECK((big.status == 413 || big.status == 0));

    // A head over 64 KiB, or a body without a length, closes the connection unanswered.
    const QByteArray hugeHead = "GET /healthz HTTP/1.1\r\nX-Filler: " + QByteArray(100 * 1024, 'h');
    closed = false;
    CHECK(rawExchange(url, hugeHead, &closed).isEmpty());
    CHECK(closed);
    closed = false;
    const QByteArray chunked = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n";
    CHECK(rawExchange(url, chunked, &closed).isEmpty());
    CHECK(closed);

    CHECK(client.get(QStringLiteral("/healthz")).status == 200);
}

TEST_CASE("requests a web page on another site sends are refused (strict CORS)")
{
    DemoServer server;
    HttpClient client(server.process.url());
    const QByteArray login
        = QJsonDocument(QJsonObject { { QStringLiteral("email"), Lawyer },
                            { QStringLiteral("password"), QStringLiteral("parley-demo") } })
              .toJson(QJsonDocument::Compact);
    const auto from = [&](const QByteArray &origin, const QString &path, const QByteArray &body) {
        return client.send("POST", path, body,
            HttpClient::Headers { { "Content-Type", "application/json" }, { "Origin", origin } });
    };
    const QUrl url = server.process.url();
    const QByteArray own
        = QStringLiteral("http://%1:%2").arg(url.host()).arg(url.port()).toLatin1();
    for (const QByteArray &foreign : { QByteArrayLiteral("https://evil.test"),
             QByteArrayLiteral("null"), QByteArray(own).replace("http://", "http://x.") }) {
        INFO(foreign.toStdString());
        const HttpReply refused = from(foreign, QStringLiteral("/api/v1/auth/login"), login);
        CHECK(refused.status == 403);
        CHECK(refused.errorCode() == QLatin1String("cross_origin"));
        CHECK(refused.header("access-control-allow-origin").isEmpty());
        CHECK(from(foreign, QStringLiteral("/api/v1/portal/sign-in-link"),
                  QByteArrayLiteral("{\"email\":\"someone@client.test\"}"))
                  .errorCode()
            == QLatin1String("cross_origin"));
    }
    // The server's own pages, and programs that send no Origin (the desktop), are served.
    CHECK(from(own, QStringLiteral("/api/v1/auth/login"), login).status == 200);
    CHECK(client.post(QStringLiteral("/api/v1/auth/login"), QJsonDocument::fromJson(login).object())
              .status
        == 200);
    // A preflight gets no permission either.
    const HttpReply preflight = client.send("OPTIONS", QStringLiteral("/api/v1/auth/login"), {},
        HttpClient::Headers {
            { "Origin", "https://evil.test" }, { "Access-Control-Request-Method", "POST" } });
    CHECK(preflight.status >= 400);
    CHECK(preflight.header("access-control-allow-origin").isEmpty());
}
