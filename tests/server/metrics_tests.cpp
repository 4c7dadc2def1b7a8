// GET /metrics against the real binary: Prometheus text that counts every request by route
// pattern (never a path's ids or tokens) and code, a latency histogram, the stream clients
// gauge, queue depths and the process; readable only from [metrics] allow, over TLS too; a bad
// allow entry stops the server at start naming the key.
#include "demoserver.h"
#include "streamprobe.h"
#include "testcertificate.h"
#include "transferfixture.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace parley::test;

namespace {

const QString MetricsPath = QStringLiteral("/metrics");

// One scrape: every sample line as "name{labels}" -> value, in the order given.
struct Scrape
{
    HttpReply reply;
    QMap<QString, double> samples;
    QStringList series; // in order
    QStringList comments;

    double value(const QString &name) const { return samples.value(name, 0); }
    // The sum over every series whose key starts with the prefix.
    double sum(const QString &prefix) const
    {
        double total = 0;
        for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
            if (it.key().startsWith(prefix))
                total += it.value();
        }
        return total;
    }
};

Scrape scrape(const QUrl &url, const std::optional<QSslConfiguration> &ssl = std::nullopt)
{
    HttpClient client(url);
    if (ssl)
        client.setSslConfiguration(*ssl);
    Scrape result;
    result.reply = client.get(MetricsPath);
    const QList<QByteArray> lines = result.reply.raw.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if (line.startsWith('#')) {
            result.comments.append(QString::fromUtf8(line));
            continue;
        }
        const qsizetype space = line.lastIndexOf(' ');
        const QString key = QString::fromUtf8(line.left(space));
        const QByteArray number = line.mid(space + 1);
        result.samples.insert(
            key, number == "+Inf" ? std::numeric_limits<double>::infinity() : number.toDouble());
        result.series.append(key);
    }
    return result;
}

QString requests(const QString &route, int code)
{
    return QStringLiteral("parley_http_requests_total{route=\"%1\",code=\"%2\"}")
        .arg(route)
        .arg(code);
}

// Polls the scrape until the series has the value (the server sees a closing socket on its
// own time); the value last seen.
double waitForValue(const QUrl &url, const QString &name, double wanted)
{
    QDeadlineTimer deadline(15000);
    double seen = -1;
    while (!deadline.hasExpired()) {
        seen = scrape(url).value(name);
        if (seen == wanted)
            return seen;
        QTest::qWait(50);
    }
    return seen;
}

// The histogram of a route: buckets ascending in le, counts cumulative, +Inf last and equal to
// _count; returns _count.
double checkHistogram(const Scrape &scraped, const QString &route)
{
    const QString name = QStringLiteral("parley_http_request_duration_seconds");
    const QString bucketPrefix = QStringLiteral("%1_bucket{route=\"%2\",le=\"").arg(name, route);
    double previousBound = -1;
    double previousCount = 0;
    QString lastBound;
    int buckets = 0;
    for (const QString &key : scraped.series) {
        if (!key.startsWith(bucketPrefix))
            continue;
        ++buckets;
        lastBound = key.mid(bucketPrefix.size()).chopped(2);
        const double bound = lastBound == QLatin1String("+Inf")
            ? std::numeric_limits<double>::infinity()
            : lastBound.toDouble();
        CHECK(bound > previousBound);
        CHECK(scraped.value(key) >= previousCount);
        previousBound = bound;
        previousCount = scraped.value(key);
    }
    const QString labels = QStringLiteral("{route=\"%1\"}").arg(route);
    const double count = scraped.value(name + QStringLiteral("_count") + labels);
    CHECK(buckets > 2);
    CHECK(lastBound == QLatin1String("+Inf"));
    CHECK(previousCount == count);
    CHECK(scraped.samples.contains(name + QStringLiteral("_sum") + labels));
    return count;
}

// Writes the INI file and returns its path.
QString writeConfig(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("parley.ini"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    return path;
}

} // namespace

TEST_CASE("metrics: requests are counted by route pattern and code, with a latency histogram")
{
    DemoServer server;
    const QUrl url = server.process.url();
    const Scrape before = scrape(url);
    REQUIRE(before.reply.status == 200);
    CHECK(before.reply.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8");
    for (const char *family : { "parley_http_requests_total counter",
             "parley_http_request_duration_seconds histogram", "parley_stream_clients gauge",
             "parley_queue_depth gauge", "parley_process_start_time_seconds gauge",
             "parley_process_resident_memory_bytes gauge" }) {
        INFO(family);
        CHECK(before.comments.contains(QStringLiteral("# TYPE ") + QString::fromLatin1(family)));
        CHECK(before.comments
                  .filter(QStringLiteral("# HELP ")
                      + QString::fromLatin1(family).section(QLatin1Char(' '), 0, 0)
                      + QLatin1Char(' '))
                  .size()
            == 1);
    }

    HttpClient client(url);
    constexpr int Healthz = 7;
    for (int i = 0; i < Healthz; ++i)
        REQUIRE(client.get(QStringLiteral("/healthz")).status == 200);
    const QString token = client.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    // Three matters asked by id, one of them not there: one route, two codes; no id as a label.
    CHECK(client.get(QStringLiteral("/api/v1/matters/1")).status == 200);
    CHECK(client.get(QStringLiteral("/api/v1/matters/2")).status == 200);
    CHECK(client.get(QStringLiteral("/api/v1/matters/987654")).status == 404);
    CHECK(client.get(QStringLiteral("/no/such/page-secret-7f3a")).status == 404);
    // An upload's id and the blob's hash are in their paths: they count as "transfer".
    const QString upload = createUpload(client, 5, QStringLiteral("metrics.bin"));
    REQUIRE_FALSE(upload.isEmpty());

    const Scrape after = scrape(url);
    REQUIRE(after.reply.status == 200);
    const QString healthz = QStringLiteral("/healthz");
    CHECK(after.value(requests(healthz, 200)) - before.value(requests(healthz, 200)) == Healthz);
    const QString matter = QStringLiteral("/api/v1/matters/{id}");
    CHECK(after.value(requests(matter, 200)) == 2);
    CHECK(after.value(requests(matter, 404)) == 1);
    CHECK(after.value(requests(QStringLiteral("unmatched"), 404)) == 1);
    CHECK(after.value(requests(QStringLiteral("/api/v1/auth/login"), 200)) == 1);
    CHECK(after.value(requests(QStringLiteral("transfer"), 201)) == 1);
    // The scrape before this one is counted too.
    CHECK(after.value(requests(MetricsPath, 200)) - before.value(requests(MetricsPath, 200)) == 1);

    // _count is the number of requests of the route, whatever their code.
    const QString healthzCount
        = QStringLiteral("parley_http_request_duration_seconds_count{route=\"/healthz\"}");
    CHECK(checkHistogram(after, healthz) - before.value(healthzCount) == Healthz);
    CHECK(checkHistogram(after, matter) == 3);
    CHECK(checkHistogram(after, QStringLiteral("transfer")) == 1);

    // No label carries an id, a token, an upload id or what was asked for.
    const QString text = QString::fromUtf8(after.reply.raw);
    CHECK_FALSE(text.contains(QStringLiteral("987654")));
    CHECK_FALSE(text.contains(token));
    CHECK_FALSE(text.contains(upload));
    CHECK_FALSE(text.contains(QStringLiteral("secret-7f3a")));
    const QRegularExpression route(QStringLiteral("route=\"([^\"]*)\""));
    for (const QString &key : after.series) {
        const QString value = route.match(key).captured(1);
        if (value.isEmpty())
            continue;
        INFO(key.toStdString());
        const bool classLabel = value == QLatin1String("unmatched")
            || value == QLatin1String("transfer") || value == QLatin1String("stream");
        CHECK((classLabel || value.startsWith(QLatin1Char('/'))));
        // A pattern's segments are words or {id}, never numbers.
        CHECK_FALSE(value.contains(QRegularExpression(QStringLiteral("/[0-9]+(/|$)"))));
    }

    // The unfinished upload waits in its queue; the process says when it started and its size.
    const QString unfinished = QStringLiteral("parley_queue_depth{queue=\"uploads_unfinished\"}");
    CHECK(after.value(unfinished) - before.value(unfinished) == 1);
    for (const char *queue : { "mail_outbox", "sms_outbox", "sms_inbound", "notify_batches" })
        CHECK(after.samples.contains(
            QStringLiteral("parley_queue_depth{queue=\"%1\"}").arg(QLatin1String(queue))));
    const double started = after.value(QStringLiteral("parley_process_start_time_seconds"));
    CHECK(started > 1.7e9);
    CHECK(started <= double(QDateTime::currentSecsSinceEpoch()) + 1);
    CHECK(after.value(QStringLiteral("parley_process_resident_memory_bytes")) > 1024 * 1024);
}

TEST_CASE("metrics: the stream clients gauge follows a WebSocket client in and out")
{
    DemoServer server;
    const QUrl url = server.process.url();
    const QString gauge = QStringLiteral("parley_stream_clients");
    CHECK(scrape(url).value(gauge) == 0);
    CHECK(scrape(url).samples.contains(gauge));

    HttpClient client(url);
    const QString token = client.login(Lawyer);
    REQUIRE_FALSE(token.isEmpty());
    auto probe = std::make_unique<StreamProbe>(url);
    REQUIRE(probe->open());
    REQUIRE(probe->authenticate(token));
    CHECK(scrape(url).value(gauge) == 1);
    CHECK(scrape(url).value(requests(QStringLiteral("stream"), 101)) == 1);

    probe.reset();
    CHECK(waitForValue(url, gauge, 0) == 0);
}

TEST_CASE("metrics: only the addresses of [metrics] allow may read them")
{
    QTemporaryDir dir;
    SECTION("an address that is not ours: 403 with the API's error body")
    {
        ServerProcess server;
        REQUIRE(server.start({ QStringLiteral("--demo"), QStringLiteral("--config"),
            writeConfig(dir, "[metrics]\nallow = 10.9.9.9\n") }));
        HttpClient client(server.url());
        const HttpReply denied = client.get(MetricsPath);
        CHECK(denied.status == 403);
        CHECK(denied.errorCode() == QLatin1String("forbidden"));
        CHECK_FALSE(denied.raw.contains("parley_"));
        CHECK(client.get(QStringLiteral("/healthz")).status == 200);
    }
    SECTION("a list of ranges, one of them loopback's")
    {
        ServerProcess server;
        REQUIRE(server.start({ QStringLiteral("--demo"), QStringLiteral("--config"),
            writeConfig(dir, "[metrics]\nallow = 10.0.0.0/8, ::1, 127.0.0.0/8\n") }));
        CHECK(scrape(server.url()).reply.status == 200);
    }
    SECTION("an empty list: nobody")
    {
        ServerProcess server;
        REQUIRE(server.start({ QStringLiteral("--demo"), QStringLiteral("--config"),
            writeConfig(dir, "[metrics]\nallow =\n") }));
        CHECK(scrape(server.url()).reply.status == 403);
    }
}

TEST_CASE("metrics: a bad [metrics] allow entry stops the server at start, naming the key")
{
    QTemporaryDir dir;
    for (const QByteArray &entry : { QByteArray("127.0.0.1, not-an-address"),
             QByteArray("10.0.0.0/33"), QByteArray("localhost") }) {
        INFO(entry.toStdString());
        const QString config = writeConfig(dir, "[metrics]\nallow = " + entry + '\n');
        QProcess process;
        process.start(ServerProcess::binary(),
            { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                QStringLiteral("--config"), config });
        REQUIRE(process.waitForFinished(30000));
        CHECK(process.exitCode() == 2);
        CHECK(process.readAllStandardError().contains("[metrics] allow"));
    }
}

TEST_CASE("metrics: served over TLS when the server speaks it")
{
    TestCertificate certificate;
    ServerProcess server;
    REQUIRE(server.start({ QStringLiteral("--demo"), QStringLiteral("--tls-certificate"),
        certificate.certificate, QStringLiteral("--tls-key"), certificate.key }));
    REQUIRE(server.url().scheme() == QLatin1String("https"));
    const Scrape scraped = scrape(server.url(), certificate.trusting());
    CHECK(scraped.reply.status == 200);
    CHECK(scraped.comments.contains(QStringLiteral("# TYPE parley_http_requests_total counter")));
}
