// DeliveryLedger: when each benchmark message was sent, which stream client has seen it, and
// the time from send to each arrival, on one steady clock.
#pragma once

#include <QElapsedTimer>
#include <vector>

namespace parley::bench {

struct LatencySummary
{
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

class DeliveryLedger
{
public:
    DeliveryLedger(int clients, int maxMessages);

    int clients() const { return m_clients; }
    int capacity() const { return m_capacity; }
    // The next message number, with its send time taken now; -1 when the ledger is full.
    int send();
    void acknowledge(int message);
    // Client `client` received message `message`; repeats and unknown numbers count nothing.
    void deliver(int client, int message);

    int sent() const { return m_sent; }
    int acknowledged() const { return m_acknowledged; }
    qint64 deliveries() const { return qint64(m_latenciesMs.size()); }
    // Deliveries still missing for acknowledged messages, counting every client.
    qint64 missing() const;
    // Over every single delivery.
    LatencySummary perDelivery() const;
    // Per message, the time until its last client had it (messages every client received).
    LatencySummary untilEveryClient() const;
    double elapsedMs() const { return m_clock.nsecsElapsed() / 1e6; }

private:
    int m_clients;
    int m_capacity;
    QElapsedTimer m_clock;
    std::vector<qint64> m_sentNs;
    std::vector<bool> m_acked;
    std::vector<int> m_arrivals; // per message
    std::vector<float> m_lastMs; // per message: its latest arrival so far
    std::vector<bool> m_seen; // clients x capacity
    std::vector<float> m_latenciesMs;
    int m_sent = 0;
    int m_acknowledged = 0;
};

} // namespace parley::bench
