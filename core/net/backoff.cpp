// Backoff: table lookup plus jitter.
#include "backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace parley::net {

using namespace std::chrono_literals;

Backoff::Backoff()
    : Backoff({ 1s, 2s, 5s, 10s, 30s, 60s }, 0.2)
{ }

Backoff::Backoff(QList<Delay> table, double jitter)
    : m_table(std::move(table))
    , m_jitter(std::clamp(jitter, 0.0, 1.0))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    if (m_table.isEmpty())
        m_table = { 1s };
}

Backoff::Delay Backoff::delayFor(int attempt, double r) const
{
    const Delay base = m_table.at(std::clamp<qsizetype>(attempt, 0, m_table.size() - 1));
    const double factor = 1.0 + m_jitter * (2.0 * std::clamp(r, 0.0, 1.0) - 1.0);
    return Delay(qint64(double(base.count()) * factor));
}

Backoff::Delay Backoff::next()
{
    const Delay delay = delayFor(m_attempt, m_random());
    if (m_attempt < m_table.size() - 1)
        ++m_attempt;
    return delay;
}

} // namespace parley::net
