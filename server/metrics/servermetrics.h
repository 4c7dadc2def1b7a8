// ServerMetrics: the server's metrics wired together: the registry, the request metrics the
// HTTP front and the file transfers record into, the gauges (stream clients, queue depths,
// the process) and GET /metrics for the addresses [metrics] allow.
#pragma once

#include "common/addressranges.h"
#include "httpmetrics.h"
#include "metricsregistry.h"

#include <QSqlDatabase>
#include <functional>

namespace parley::server {

class Router;

class ServerMetrics
{
public:
    ServerMetrics(AddressRanges access, QSqlDatabase db);

    static constexpr const char *Path = "/metrics";

    // Registers GET /metrics (public route; the peer's address decides).
    void addRoute(Router &router);
    HttpMetrics &http() { return m_http; }
    // How many stream clients are connected (read at every scrape; 0 until set).
    void setStreamClients(std::function<qsizetype()> count) { m_streamClients = std::move(count); }

private:
    AddressRanges m_access; // who may read /metrics
    QSqlDatabase m_db;
    MetricsRegistry m_registry;
    HttpMetrics m_http;
    std::function<qsizetype()> m_streamClients;
};

} // namespace parley::server
