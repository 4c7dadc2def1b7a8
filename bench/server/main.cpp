// bench_server: stream fan-out under load. Starts parley-server (--demo data in a temporary
// folder, loopback), measures wrk against /healthz, opens N stream clients that all see one
// conversation, sends messages into it through the API at a target rate and times every
// message from its send to its arrival at every client. Runs on SQLite, then (with
// --postgres URL) the same on PostgreSQL. Prints key=value lines, one block per backend.
// --readers N spreads the clients over N distinct staff users (default: the demo's three).
// On PostgreSQL a second phase starts another server on the same database and data folder and
// times messages sent through the first to --cross-clients clients of the second
// (cross_server_*, 20 msgs/s for 10 s: the LISTEN/NOTIFY path between processes).
//   bench_server [--clients 1000] [--rate 200] [--seconds 30] [--readers 3]
//                [--cross-clients 200] [--postgres URL]
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
    // On PostgreSQL, the second-server phase: clients on another server, its rate and length.
    int crossClients = 200;
    double crossRate = 20;
    double crossSeconds = 10;
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

// One measured phase: `clients` stream clients on streamServer, messages sent through
// sendServer at `rate` for `seconds`, every arrival timed.
struct Phase
{
    double connectSeconds = 0;
    int ready = 0;
    int failed = 0;
    int open = 0;
    double sendMsgsPerS = 0;
    double sendSeconds = 0;
    int acknowledged = 0;
    int sendFailed = 0;
    LatencySummary each; // over every delivery
    LatencySummary every; // per message, until its last client had it
    qint64 deliveries = 0;
    qint64 missing = 0;
    double phaseSeconds = 0;
    double serverCpuSeconds = 0; // of streamServer
    double ownCpuSeconds = 0;
};

Phase runPhase(const ServerRun &streamServer, const ServerRun &sendServer,
    const BenchTarget &target, int clients, double rate, double seconds)
{
    Phase phase;
    QNetworkAccessManager nam;
    net::ApiClient streamApi(&nam, streamServer.url());
    DeliveryLedger ledger(clients, int(std::lround(rate * seconds)));
    StreamFleet fleet(streamApi.streamUrl(), target.streamTokens, ledger);
    QElapsedTimer connecting;
    connecting.start();
    bool settled = false;
    QObject::connect(&fleet, &StreamFleet::settled, [&settled] { settled = true; });
    fleet.start();
    waitUntil([&] { return settled; }, 300000);
    phase.connectSeconds = connecting.elapsed() / 1000.0;
    phase.ready = fleet.ready();
    phase.failed = fleet.failed();

    const double serverCpuBefore = cpuSecondsOf(streamServer.pid());
    const double ownCpuBefore = cpuSecondsOf(QCoreApplication::applicationPid());
    QElapsedTimer clock;
    clock.start();
    // Senders on connections of their own (one network manager has at most 6).
    std::vector<std::unique_ptr<QNetworkAccessManager>> senderNams;
    std::vector<std::unique_ptr<net::ApiClient>> senderApis;
    QList<net::ApiClient *> senders;
    for (int i = 0; i < SenderManagers; ++i) {
        senderNams.push_back(std::make_unique<QNetworkAccessManager>());
        senderApis.push_back(
            std::make_unique<net::ApiClient>(senderNams.back().get(), sendServer.url()));
        senderApis.back()->setToken(target.senderToken);
        senders.append(senderApis.back().get());
    }
    PacedSender sender(senders, target.conversationId, ledger);
    bool sent = false;
    QObject::connect(&sender, &PacedSender::finished, [&sent] { sent = true; });
    sender.start(rate, seconds);
    if (!waitUntil([&] { return sent; }, qint64(seconds * 1000) + 300000))
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
    phase.phaseSeconds = clock.elapsed() / 1000.0;
    phase.serverCpuSeconds = cpuSecondsOf(streamServer.pid()) - serverCpuBefore;
    phase.ownCpuSeconds = cpuSecondsOf(QCoreApplication::applicationPid()) - ownCpuBefore;
    phase.each = ledger.perDelivery();
    phase.every = ledger.untilEveryClient();
    phase.sendSeconds = sender.elapsedSeconds();
    phase.acknowledged = ledger.acknowledged();
    phase.sendFailed = sender.failed();
    phase.sendMsgsPerS = phase.sendSeconds > 0 ? ledger.acknowledged() / phase.sendSeconds : 0;
    phase.deliveries = ledger.deliveries();
    phase.missing = ledger.missing();
    phase.open = fleet.open();
    fleet.stop();
    return phase;
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
    const Phase main = runPhase(
        server, server, target.value(), settings.clients, settings.rate, settings.seconds);
    figures.sendMsgsPerS = main.sendMsgsPerS;
    figures.fanoutP99Ms = main.each.p99Ms;
    print("stream_connect_s", main.connectSeconds, 2);
    print("stream_clients_ready", main.ready, 0);
    print("stream_clients_failed", main.failed, 0);
    print("stream_clients", main.open, 0);
    print("send_msgs_per_s_target", settings.rate, 0);
    print("send_msgs_per_s", main.sendMsgsPerS);
    print("send_seconds", main.sendSeconds, 2);
    print("sent_msgs", main.acknowledged, 0);
    print("send_failed", main.sendFailed, 0);
    print("fanout_p50_ms", main.each.p50Ms, 2);
    print("fanout_p99_ms", main.each.p99Ms, 2);
    print("fanout_max_ms", main.each.maxMs, 2);
    print("fanout_all_clients_p50_ms", main.every.p50Ms, 2);
    print("fanout_all_clients_p99_ms", main.every.p99Ms, 2);
    print("deliveries", double(main.deliveries), 0);
    print("missed", double(main.missing), 0);
    print("deliveries_per_s", main.deliveries / main.phaseSeconds, 0);
    print("server_rss_mb", server.peakRssMb());
    print("server_cpu_pct", 100 * main.serverCpuSeconds / main.phaseSeconds, 0);
    print("loadgen_cpu_pct", 100 * main.ownCpuSeconds / main.phaseSeconds, 0);
    print("stream_clients_ratio", double(main.open) / settings.clients, 2);
    print("send_rate_ratio", figures.sendMsgsPerS / settings.rate, 2);
    print("fanout_p99_limit_ratio", figures.fanoutP99Ms / FanoutLimitMs, 2);
    print("send_healthz_ratio", figures.sendMsgsPerS / figures.healthzRps, 4);
    print("deliveries_healthz_ratio", main.deliveries / main.phaseSeconds / figures.healthzRps, 2);

    if (settings.crossClients > 0 && backend == QLatin1String("postgresql")) {
        // Several servers on one database: a second server on the same database and data
        // folder, its stream clients hearing of messages sent through the first only by
        // PostgreSQL's notifications (target: within 100 ms).
        ServerRun second;
        if (!second.start(dataDir, serverArgs)) {
            std::fprintf(stderr,
                "bench_server: the second server did not start; no "
                "cross-server figures\n");
            return figures;
        }
        const Phase cross = runPhase(second, server, target.value(), settings.crossClients,
            settings.crossRate, settings.crossSeconds);
        print("cross_server_clients", cross.open, 0);
        print("cross_server_msgs_per_s", cross.sendMsgsPerS);
        print("cross_server_fanout_p50_ms", cross.each.p50Ms, 2);
        print("cross_server_fanout_p99_ms", cross.each.p99Ms, 2);
        print("cross_server_fanout_max_ms", cross.each.maxMs, 2);
        print("cross_server_missed", double(cross.missing), 0);
        print("cross_server_fanout_p99_limit_ratio", cross.each.p99Ms / FanoutLimitMs, 2);
    }
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
    const QCommandLineOption crossClients(QStringLiteral("cross-clients"),
        QStringLiteral("On PostgreSQL, stream clients on a second server for the cross-server "
                       "phase (default 200; 0 skips it)."),
        QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({ clients, rate, seconds, readers, crossClients, postgres });
    parser.addHelpOption();
    parser.process(app);
    Settings settings;
    settings.clients = std::max(1, parser.value(clients).toInt());
    settings.rate = std::max(0.1, parser.value(rate).toDouble());
    settings.seconds = std::max(1.0, parser.value(seconds).toDouble());
    settings.readers = std::max(1, parser.value(readers).toInt());
    settings.crossClients = std::max(0, parser.value(crossClients).toInt());

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
