// Security headers against the real server: every portal page, portal file, portal API answer
// and staff API answer forbids framing, sniffing and referrers and carries a Content-Security-
// Policy (the pages': own scripts and styles only, no inline code); Strict-Transport-Security
// only when the server is reached over HTTPS (its public URL, or TLS of its own).
#include "demoserver.h"

#include <QDir>

using namespace parley::test;

namespace {

void checkSecurityHeaders(const HttpReply &reply, bool https)
{
    CHECK(reply.status != 0);
    CHECK(reply.header("X-Frame-Options") == "DENY");
    CHECK(reply.header("X-Content-Type-Options") == "nosniff");
    CHECK(reply.header("Referrer-Policy") == "no-referrer");
    const QByteArray policy = reply.header("Content-Security-Policy");
    CHECK(policy.contains("default-src 'none'"));
    CHECK(policy.contains("frame-ancestors 'none'"));
    CHECK_FALSE(policy.contains("unsafe-inline"));
    CHECK_FALSE(policy.contains("unsafe-eval"));
    CHECK(reply.header("Strict-Transport-Security").startsWith("max-age=") == https);
}

} // namespace

TEST_CASE("Portal pages, portal files and every API answer carry the security headers")
{
    DemoServer demo;
    HttpClient client(demo.process.url());
    const QStringList paths {
        QStringLiteral("/portal/"),
        QStringLiteral("/portal/c/1"),
        QStringLiteral("/portal/assets/app.js"),
        QStringLiteral("/portal/assets/style.css"),
        QStringLiteral("/portal/assets/missing.js"), // an error answer too
        QStringLiteral("/api/v1/portal/me"), // 401 without a session
        QStringLiteral("/api/v1/me"),
        QStringLiteral("/healthz"),
    };
    for (const QString &path : paths) {
        INFO(path.toStdString());
        checkSecurityHeaders(client.get(path), false);
    }
    // A page's own policy allows its own scripts and styles, nothing else.
    const QByteArray page
        = client.get(QStringLiteral("/portal/")).header("Content-Security-Policy");
    CHECK(page.contains("script-src 'self'"));
    CHECK(page.contains("style-src 'self'"));
    REQUIRE_FALSE(client.login(Lawyer).isEmpty());
    checkSecurityHeaders(client.get(QStringLiteral("/api/v1/matters")), false);
}

TEST_CASE("Behind an https public address the answers carry Strict-Transport-Security")
{
    ServerProcess process;
    const QString config = QDir(process.dataDir()).filePath(QStringLiteral("parley.ini"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[server]\npublic_url=https://parley.example.test\n");
    file.close();
    REQUIRE(process.start({ QStringLiteral("--demo"), QStringLiteral("--config"), config }));
    HttpClient client(process.url());
    for (const QString &path :
        { QStringLiteral("/portal/"), QStringLiteral("/api/v1/portal/me") }) {
        INFO(path.toStdString());
        checkSecurityHeaders(client.get(path), true);
    }
}
