// Backoff: the reconnect delays as a table, with jitter so clients do not reconnect in step.
#pragma once

#include <QList>
#include <chrono>
#include <functional>

namespace parley::net {

class Backoff
{
public:
    using Delay = std::chrono::milliseconds;

    // The default table: 1 s, 2 s, 5 s, 10 s, 30 s, then 60 s for ever.
    Backoff();
    // jitter: the fraction (0..1) by which a delay may be shortened or lengthened.
    Backoff(QList<Delay> table, double jitter);

    // The delay before the next attempt; each call moves one step down the table.
    Delay next();
    // After a successful connection, start again from the first step.
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

    // The delay of an attempt for a random value r in [0, 1): table[attempt] +- jitter.
    Delay delayFor(int attempt, double r) const;
    // Where next() gets its random values; tests replace it.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

private:
    QList<Delay> m_table;
    double m_jitter = 0.2;
    int m_attempt = 0;
    std::function<double()> m_random;
};

} // namespace parley::net
