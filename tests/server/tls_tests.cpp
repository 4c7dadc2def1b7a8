// The server's own TLS against the real binary: with [tls] certificate and key (a self-signed
// certificate made for the test with the openssl command) the API, the stream (wss://) and the
// file transfers run over HTTPS; plain HTTP to that port gets no answer; a certificate or key
// it cannot read stops the server at start with a message naming the file.
#include "demoserver.h"
#include "streamprobe.h"
#include "testcertificate.h"
#include "transferfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace parley::test;

namespace {

struct TlsServer
{
    TestCertificate certificate;
    ServerProcess process;

    TlsServer()
    {
        const bool started
            = process.start({ QStringLiteral("--demo"), QStringLiteral("--tls-certificate"),
                certificate.certificate, QStringLiteral("--tls-key"), certificate.key });
        INFO(process.errorString().toStdString());
        REQUIRE(started);
    }
};

// Runs the server to its end with these arguments; its exit code and what it said on stderr.
int startFails(const QStringList &args, QByteArray *stderrOutput)
{
    QTemporaryDir data;
    QProcess server;
    server.start(ServerProcess::binary(),
        QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data-dir"), data.path() }
            + args);
    if (!server.waitForFinished(30000)) {
        server.kill();
        server.waitForFinished();
        return 0;
    }
    *stderrOutput = server.readAllStandardError();
    return server.exitStatus() == QProcess::NormalExit ? server.exitCode() : -1;
}

// Starts the server on every address with these arguments and stops it again at once: the
// address it said it listens on, empty when it did not start.
QByteArray listeningOn(const QStringList &args)
{
    QTemporaryDir data;
    QProcess server;
    server.start(ServerProcess::binary(),
        QStringList { QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
            QStringLiteral("--data-dir"), data.path() }
            + args);
    const QByteArray marker = "listening on ";
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains(marker) && server.state() != QProcess::NotRunning;
         ++i) {
        server.waitForReadyRead(300);
        out += server.readAllStandardOutput();
    }
    server.terminate();
    CHECK(server.waitForFinished(10000));
    const qsizetype at = out.indexOf(marker);
    return at < 0 ? QByteArray() : out.mid(at + marker.size()).split('\n').first().trimmed();
}

} // namespace

TEST_CASE("With a certificate the server speaks HTTPS and WSS, transfers included")
{
    TlsServer server;
    const QUrl url = server.process.url();
    REQUIRE(url.scheme() == QLatin1String("https"));

    HttpClient client(url);
    client.setSslConfiguration(server.certificate.trusting());
    CHECK(client.get(QStringLiteral("/healthz")).status == 200);
    const QString token = client.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    const HttpReply me = client.get(QStringLiteral("/api/v1/me"));
    CHECK(me.status == 200);
    // Over HTTPS browsers are told to stay on it.
    CHECK(me.header("Strict-Transport-Security").startsWith("max-age="));

    StreamProbe stream(url);
    stream.setSslConfiguration(server.certificate.trusting());
    REQUIRE(stream.open());
    CHECK(stream.authenticate(token));

    // A tus upload and the blob's download run on connections taken over from the HTTP server;
    // a few megabytes go out in many pieces.
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 7);
    const QString upload = createUpload(client, bytes.size(), QStringLiteral("over-tls.bin"));
    REQUIRE_FALSE(upload.isEmpty());
    const HttpReply patched = patchChunk(client, upload, 0, bytes);
    INFO(patched.raw.toStdString());
    REQUIRE(patched.status == 204);
    const HttpReply download = client.get(QStringLiteral("/api/v1/blobs/") + sha256Hex(bytes));
    CHECK(download.status == 200);
    CHECK(download.raw == bytes);
    CHECK(download.header("X-Content-Type-Options") == "nosniff");

    // Without trusting the certificate the client refuses the server.
    HttpClient untrusting(url);
    CHECK(untrusting.get(QStringLiteral("/healthz")).status == 0);
    // Plain HTTP to the TLS port gets no HTTP answer.
    QUrl plain = url;
    plain.setScheme(QStringLiteral("http"));
    HttpClient plainClient(plain);
    CHECK(plainClient.get(QStringLiteral("/healthz")).status == 0);
    // ...and the server goes on serving.
    CHECK(client.get(QStringLiteral("/healthz")).status == 200);
}

TEST_CASE("A certificate or key the server cannot use stops it at start, naming the file")
{
    TestCertificate certificate;
    const QString missing = certificate.dir.filePath(QStringLiteral("missing.crt"));
    const QString notPem = certificate.dir.filePath(QStringLiteral("garbage.pem"));
    QFile garbage(notPem);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a certificate\n");
    garbage.close();
    const QString tlsCertificate = QStringLiteral("--tls-certificate");
    const QString tlsKey = QStringLiteral("--tls-key");

    const struct
    {
        QStringList args;
        QString named;
    } cases[] = {
        { { tlsCertificate, missing, tlsKey, certificate.key }, missing },
        { { tlsCertificate, notPem, tlsKey, certificate.key }, notPem },
        { { tlsCertificate, certificate.certificate, tlsKey, notPem }, notPem },
        { { tlsCertificate, certificate.certificate, tlsKey, missing }, missing },
        // The certificate alone is not enough.
        { { tlsCertificate, certificate.certificate }, QStringLiteral("key") },
    };
    for (const auto &each : cases) {
        INFO(each.args.join(u' ').toStdString());
        QByteArray said;
        CHECK(startFails(each.args, &said) > 0);
        CHECK(QString::fromUtf8(said).contains(each.named));
        CHECK_FALSE(said.contains("listening"));
    }
}

TEST_CASE("Off loopback the server needs TLS or an explicit plain-HTTP opt-in")
{
    QByteArray said;
    CHECK(startFails({ QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") }, &said) == 2);
    CHECK(said.contains("Plain HTTP is only served on loopback"));

    // With a certificate it starts (and is stopped here at once).
    TestCertificate certificate;
    CHECK(listeningOn({ QStringLiteral("--tls-certificate"), certificate.certificate,
                          QStringLiteral("--tls-key"), certificate.key })
              .startsWith("https://0.0.0.0:"));

    // So it does when told that a TLS proxy in front of it takes care of that.
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("parley-server.conf"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[server]\nallow_plain_http=true\n");
    file.close();
    CHECK(listeningOn({ QStringLiteral("--config"), config }).startsWith("http://0.0.0.0:"));
}
