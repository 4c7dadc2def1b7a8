// Send times, arrivals and their percentiles.
#include "deliveryledger.h"

#include <algorithm>

namespace parley::bench {

namespace {

LatencySummary summarize(std::vector<float> values)
{
    LatencySummary summary;
    if (values.empty())
        return summary;
    const auto at = [&values](double fraction) {
        const size_t index
            = std::min(values.size() - 1, size_t(fraction * double(values.size() - 1) + 0.5));
        std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
        return double(values[index]);
    };
    summary.p50Ms = at(0.50);
    summary.p99Ms = at(0.99);
    summary.maxMs = double(*std::max_element(values.begin(), values.end()));
    return summary;
}

} // namespace

DeliveryLedger::DeliveryLedger(int clients, int maxMessages)
    : m_clients(clients)
    , m_capacity(maxMessages)
    , m_sentNs(size_t(maxMessages), -1)
    , m_acked(size_t(maxMessages), false)
    , m_arrivals(size_t(maxMessages), 0)
    , m_lastMs(size_t(maxMessages), 0)
    , m_seen(size_t(clients) * size_t(maxMessages), false)
{
    m_clock.start();
    m_latenciesMs.reserve(size_t(clients) * size_t(maxMessages));
}

int DeliveryLedger::send()
{
    if (m_sent >= m_capacity)
        return -1;
    m_sentNs[size_t(m_sent)] = m_clock.nsecsElapsed();
    return m_sent++;
}

void DeliveryLedger::acknowledge(int message)
{
    if (message < 0 || message >= m_sent || m_acked[size_t(message)])
        return;
    m_acked[size_t(message)] = true;
    ++m_acknowledged;
}

void DeliveryLedger::deliver(int client, int message)
{
    if (client < 0 || client >= m_clients || message < 0 || message >= m_sent)
        return;
    const size_t slot = size_t(client) * size_t(m_capacity) + size_t(message);
    if (m_seen[slot])
        return;
    m_seen[slot] = true;
    const float ms = float(double(m_clock.nsecsElapsed() - m_sentNs[size_t(message)]) / 1e6);
    m_latenciesMs.push_back(ms);
    ++m_arrivals[size_t(message)];
    m_lastMs[size_t(message)] = std::max(m_lastMs[size_t(message)], ms);
}

qint64 DeliveryLedger::missing() const
{
    qint64 missing = 0;
    for (int message = 0; message < m_sent; ++message) {
        if (m_acked[size_t(message)])
            missing += m_clients - m_arrivals[size_t(message)];
    }
    return missing;
}

LatencySummary DeliveryLedger::perDelivery() const
{
    return summarize(m_latenciesMs);
}

LatencySummary DeliveryLedger::untilEveryClient() const
{
    std::vector<float> complete;
    for (int message = 0; message < m_sent; ++message) {
        if (m_arrivals[size_t(message)] == m_clients)
            complete.push_back(m_lastMs[size_t(message)]);
    }
    return summarize(std::move(complete));
}

} // namespace parley::bench
