// Start time and resident memory.
#include "processmetrics.h"

#include "metricsregistry.h"

#include <QDateTime>
#include <QFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace parley::server {

void ProcessMetrics::addTo(MetricsRegistry &registry)
{
    const double started = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    registry.gauge("parley_process_start_time_seconds",
        "When the server process started, in seconds since the Unix epoch.", [started] {
            return QList<MetricSample> { MetricSample { {}, started } };
        });
    registry.gauge("parley_process_resident_memory_bytes",
        "Resident memory of the server process in bytes.", [] {
            const std::optional<qint64> bytes = residentBytes();
            return bytes ? QList<MetricSample> { MetricSample { {}, double(*bytes) } }
                         : QList<MetricSample> {};
        });
}

std::optional<qint64> ProcessMetrics::residentBytes()
{
#ifdef Q_OS_LINUX
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "size resident shared text lib data dt", in pages.
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 pages = fields.value(1).toLongLong(&ok);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (!ok || pageSize <= 0)
        return std::nullopt;
    return pages * pageSize;
#else
    return std::nullopt;
#endif
}

} // namespace parley::server
