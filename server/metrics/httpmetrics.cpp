// Request counts and latencies.
#include "httpmetrics.h"

#include "metricsregistry.h"

namespace parley::server {

namespace {
// Seconds: from a cached answer to a slow upload chunk.
const QList<double> DurationBounds { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
    2.5, 5, 10 };
} // namespace

HttpMetrics::HttpMetrics(MetricsRegistry &registry)
    : m_requests(registry.counter("parley_http_requests_total",
        "HTTP requests answered, by route pattern (or class) and status code."))
    , m_durations(registry.histogram("parley_http_request_duration_seconds",
          "Time from a request's arrival to its answer, by route pattern (or class).",
          DurationBounds))
{ }

void HttpMetrics::record(const QString &route, int status, qint64 elapsedNs)
{
    m_requests.add({ { "route", route }, { "code", QString::number(status) } });
    m_durations.observe({ { "route", route } }, double(elapsedNs) / 1e9);
}

void HttpMetrics::recordUpgrade()
{
    m_requests.add({ { "route", QString::fromLatin1(Stream) }, { "code", QStringLiteral("101") } });
}

} // namespace parley::server
