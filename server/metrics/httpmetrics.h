// HttpMetrics: what every answered request adds to the registry: a count per route and status
// code, and its duration in a histogram per route.
#pragma once

#include <QString>

namespace parley::server {

class MetricCounter;
class MetricHistogram;
class MetricsRegistry;

class HttpMetrics
{
public:
    // The route label of requests no route took, of file transfers (tus uploads and blob
    // downloads, whose paths carry ids and hashes) and of stream upgrades.
    static constexpr const char *Unmatched = "unmatched";
    static constexpr const char *Transfer = "transfer";
    static constexpr const char *Stream = "stream";

    explicit HttpMetrics(MetricsRegistry &registry);

    // route: a route pattern ("/api/v1/matters/{id}") or one of the classes above, never a
    // path as requested.
    void record(const QString &route, int status, qint64 elapsedNs);
    // A WebSocket upgrade to the stream: counted as route "stream", code 101, not timed (the
    // connection lives on).
    void recordUpgrade();

private:
    MetricCounter &m_requests;
    MetricHistogram &m_durations;
};

} // namespace parley::server
