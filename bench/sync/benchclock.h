// Small timing helpers for benchmarks: milliseconds of a call, percentiles of samples.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <algorithm>

namespace parley::bench {

template<typename F>
double millisecondsOf(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype index = std::min<qsizetype>(samples.size() - 1, qsizetype(p * samples.size()));
    return samples.at(index);
}

} // namespace parley::bench
