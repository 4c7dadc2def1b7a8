// ProcessMetrics: the process's own gauges: when it started and its resident memory.
#pragma once

#include <QtGlobal>
#include <optional>

namespace parley::server {

class MetricsRegistry;

class ProcessMetrics
{
public:
    // Registers parley_process_start_time_seconds (now) and
    // parley_process_resident_memory_bytes (where /proc tells it).
    static void addTo(MetricsRegistry &registry);

    // Resident set size in bytes, from /proc/self/statm (nullopt elsewhere).
    static std::optional<qint64> residentBytes();
};

} // namespace parley::server
