// Running wrk and reading its "Requests/sec:" line.
#include "healthzload.h"

#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <cstdio>

namespace parley::bench {

std::optional<double> healthzRequestsPerSecond(const QUrl &baseUrl, int seconds)
{
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"),
        { QStringLiteral("--threads"), QString::number(std::max(1, QThread::idealThreadCount())),
            QStringLiteral("--connections"), QStringLiteral("64"), QStringLiteral("--duration"),
            QStringLiteral("%1s").arg(seconds),
            baseUrl.resolved(QUrl(QStringLiteral("/healthz"))).toString() });
    if (!wrk.waitForStarted(5000)) {
        std::fprintf(
            stderr, "bench_server: wrk is not installed (scripts/bootstrap installs it)\n");
        return std::nullopt;
    }
    wrk.waitForFinished((seconds + 30) * 1000);
    const QString output = QString::fromUtf8(wrk.readAllStandardOutput());
    const auto match
        = QRegularExpression(QStringLiteral("Requests/sec:\\s*([0-9.]+)")).match(output);
    if (wrk.exitCode() != 0 || !match.hasMatch()) {
        std::fprintf(stderr, "bench_server: wrk failed: %s%s\n", qPrintable(output),
            wrk.readAllStandardError().constData());
        return std::nullopt;
    }
    if (output.contains(QLatin1String("Non-2xx")))
        std::fprintf(stderr, "bench_server: wrk saw non-2xx answers: %s\n", qPrintable(output));
    return match.captured(1).toDouble();
}

} // namespace parley::bench
