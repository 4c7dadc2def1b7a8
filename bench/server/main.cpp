// bench_server: stream fan-out under load. Starts parley-server (--demo data in a temporary
// folder, loopback), measures wrk against /healthz, opens N stream clients that all see one
// conversation, sends messages into it through the API at a target rate and times every
// message from its send to its arrival at every client. Runs on SQLite, then (with
// --postgres URL) the same on PostgreSQL. Prints key=value lines, one block per backend.
// --readers N spreads the clients over N distinct staff users (default: the demo's three).
//   bench_server [--clients 1000] [--rate 200] [--seconds 30] [--readers 3] [--postgres URL]
#include "benchsetup.h"
#include "deliveryledger.h"
#include "healthzload.h"
#include "net/apiclient.h"
#include "pacedsender.h"
#include "serverrun.h"
#include "streamfleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace parley;
using namespace parley::bench;

namespace {

constexpr double FanoutLimitMs = 100; // the p99 target at 1,000 clients, 200 msgs/s
constexpr int SenderManagers = 4; // up to 24 sends in flight

struct Settings
{
    int clients = 1000;
    double rate = 200;
    double seconds = 30;
    int wrkSeconds = 5;
    int readers = 3;
};

struct Figures
{
    double healthzRps = NAN;
    double sendMsgsPerS = 0;
    double fanoutP99Ms = 0;
};

void print(const char *key, double value, int decimals = 1)
{
    std::printf("%s=%.*f\n", key, decimals, value);
    std::fflush(stdout);
}

// Runs the event loop until done() holds or timeoutMs pass; false on the timeout.
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(20);
    if (!done())
        loop.exec();
    return done();
}

// Every stream is a socket on both sides: allow as many descriptors as the hard limit does
// (parley-server, started from here, inherits it).
void raiseDescriptorLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

std::optional<Figures> runBackend(
    const Settings &settings, const QString &backend, const QStringList &serverArgs)
{
    std::printf("backend=%s\n", qPrintable(backend));
    QTemporaryDir work(QDir::temp().filePath(QStringLiteral("parley-bench-server-XXXXXX")));
    ServerRun server;
    const QString dataDir = work.filePath(QStringLiteral("data"));
    if (!work.isValid() || !server.start(dataDir, serverArgs))
        return std::nullopt;
    Figures figures;
    if (const auto rps = healthzRequestsPerSecond(server.url(), settings.wrkSeconds))
        figures.healthzRps = *rps;
    print("healthz_rps", figures.healthzRps, 0);

    QNetworkAccessManager nam;
    auto target = prepareTarget(nam, server.url());
    if (!target) {
        std::fprintf(stderr, "bench_server: setup: %s\n", qPrintable(target.error().message));
        return std::nullopt;
    }
    if (settings.readers > target->streamTokens.size()) {
        auto more = addStaffReaders(nam, server.url(),
            QStringList { QStringLiteral("--data-dir"), dataDir } + serverArgs,
            settings.readers - int(target->streamTokens.size()));
        if (!more) {
            std::fprintf(stderr, "bench_server: readers: %s\n", qPrintable(more.error().message));
            return std::nullopt;
        }
        target->streamTokens += more.value();
    }
    target->streamTokens = target->streamTokens.mid(0, settings.readers);
    print("readers", double(std::min<qsizetype>(target->streamTokens.size(), settings.clients)), 0);
    net::ApiClient api(&nam, server.url());
    api.setToken(target->senderToken);
    DeliveryLedger ledger(settings.clients, int(std::lround(settings.rate * settings.seconds)));
    StreamFleet fleet(api.streamUrl(), target->streamTokens, ledger);
    QElapsedTimer connecting;
    connecting.start();
    bool settled = false;
    QObject::connect(&fleet, &StreamFleet::settled, [&settled] { settled = true; });
    fleet.start();
    waitUntil([&] { return settled; }, 300000);
    print("stream_connect_s", connecting.elapsed() / 1000.0, 2);
    print("stream_clients_ready", fleet.ready(), 0);
    print("stream_clients_failed", fleet.failed(), 0);

    const double serverCpuBefore = cpuSecondsOf(server.pid());
    const double ownCpuBefore = cpuSecondsOf(QCoreApplication::applicationPid());
    QElapsedTimer phase;
    phase.start();
    // Senders on connections of their own (one network manager has at most 6).
    std::vector<std::unique_ptr<QNetworkAccessManager>> senderNams;
    std::vector<std::unique_ptr<net::ApiClient>> senderApis;
    QList<net::ApiClient *> senders;
    for (int i = 0; i < SenderManagers; ++i) {
        senderNams.push_back(std::make_unique<QNetworkAccessManager>());
        senderApis.push_back(
            std::make_unique<net::ApiClient>(senderNams.back().get(), server.url()));
        senderApis.back()->setToken(target->senderToken);
        senders.append(senderApis.back().get());
    }
    PacedSender sender(senders, target->conversationId, ledger);
    bool sent = false;
    QObject::connect(&sender, &PacedSender::finished, [&sent] { sent = true; });
    sender.start(settings.rate, settings.seconds);
    if (!waitUntil([&] { return sent; }, qint64(settings.seconds * 1000) + 300000))
        std::fprintf(stderr, "bench_server: answers still missing after 5 minutes\n");
    // Stragglers: until every client has every message, or 5 s pass without one arriving.
    qint64 lastDeliveries = -1;
    QElapsedTimer quiet;
    quiet.start();
    waitUntil(
        [&] {
            if (ledger.deliveries() != lastDeliveries) {
                lastDeliveries = ledger.deliveries();
                quiet.restart();
            }
            return ledger.missing() == 0 || quiet.elapsed() > 5000;
        },
        600000);
    const double phaseSeconds = phase.elapsed() / 1000.0;
    const double serverCpu = cpuSecondsOf(server.pid()) - serverCpuBefore;
    const double ownCpu = cpuSecondsOf(QCoreApplication::applicationPid()) - ownCpuBefore;

    const LatencySummary each = ledger.perDelivery();
    const LatencySummary every = ledger.untilEveryClient();
    figures.sendMsgsPerS
        = sender.elapsedSeconds() > 0 ? ledger.acknowledged() / sender.elapsedSeconds() : 0;
    figures.fanoutP99Ms = each.p99Ms;
    print("stream_clients", fleet.open(), 0);
    print("send_msgs_per_s_target", settings.rate, 0);
    print("send_msgs_per_s", figures.sendMsgsPerS);
    print("send_seconds", sender.elapsedSeconds(), 2);
    print("sent_msgs", ledger.acknowledged(), 0);
    print("send_failed", sender.failed(), 0);
    print("fanout_p50_ms", each.p50Ms, 2);
    print("fanout_p99_ms", each.p99Ms, 2);
    print("fanout_max_ms", each.maxMs, 2);
    print("fanout_all_clients_p50_ms", every.p50Ms, 2);
    print("fanout_all_clients_p99_ms", every.p99Ms, 2);
    print("deliveries", double(ledger.deliveries()), 0);
    print("missed", double(ledger.missing()), 0);
    print("deliveries_per_s", sender.elapsedSeconds() > 0 ? ledger.deliveries() / phaseSeconds : 0,
        0);
    print("server_rss_mb", server.peakRssMb());
    print("server_cpu_pct", 100 * serverCpu / phaseSeconds, 0);
    print("loadgen_cpu_pct", 100 * ownCpu / phaseSeconds, 0);
    print("stream_clients_ratio", double(fleet.open()) / settings.clients, 2);
    print("send_rate_ratio", figures.sendMsgsPerS / settings.rate, 2);
    print("fanout_p99_limit_ratio", figures.fanoutP99Ms / FanoutLimitMs, 2);
    print("send_healthz_ratio", figures.sendMsgsPerS / figures.healthzRps, 4);
    print("deliveries_healthz_ratio", ledger.deliveries() / phaseSeconds / figures.healthzRps, 2);
    fleet.stop();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    raiseDescriptorLimit();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clients(QStringLiteral("clients"),
        QStringLiteral("Stream clients (default 1000)."), QStringLiteral("n"),
        QStringLiteral("1000"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Messages per second to send (default 200)."), QStringLiteral("n"),
        QStringLiteral("200"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
        QStringLiteral("How long to send (default 30)."), QStringLiteral("s"),
        QStringLiteral("30"));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
        QStringLiteral("Also run on this PostgreSQL database (an empty one, e.g. "
                       "postgresql://postgres@127.0.0.1:5432/parley_bench)."),
        QStringLiteral("url"));
    const QCommandLineOption readers(QStringLiteral("readers"),
        QStringLiteral("Distinct staff users the clients are spread over (default 3, the demo's "
                       "staff; more are created, which takes a while)."),
        QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({ clients, rate, seconds, readers, postgres });
    parser.addHelpOption();
    parser.process(app);
    Settings settings;
    settings.clients = std::max(1, parser.value(clients).toInt());
    settings.rate = std::max(0.1, parser.value(rate).toDouble());
    settings.seconds = std::max(1.0, parser.value(seconds).toDouble());
    settings.readers = std::max(1, parser.value(readers).toInt());

    const auto sqlite = runBackend(settings, QStringLiteral("sqlite"), {});
    if (!sqlite)
        return 1;
    if (!parser.isSet(postgres))
        return 0;
    const auto pg = runBackend(settings, QStringLiteral("postgresql"),
        { QStringLiteral("--database"), parser.value(postgres) });
    if (!pg)
        return 1;
    std::printf("backend=both\n");
    print("postgresql_sqlite_send_ratio", pg->sendMsgsPerS / sqlite->sendMsgsPerS, 2);
    print("postgresql_sqlite_fanout_p99_ratio", pg->fanoutP99Ms / sqlite->fanoutP99Ms, 2);
    return 0;
}
