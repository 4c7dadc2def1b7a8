// PacedSender: sends benchmark messages into one conversation through the API at a target
// rate for a fixed time, whatever the answers take (requests queue in the network managers
// when the server falls behind, and that wait counts in the fan-out time). Round-robin over
// several clients, each with its own network manager (6 connections each), as many people
// sending at once would.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace parley::net {
class ApiClient;
}

namespace parley::bench {

class DeliveryLedger;

class PacedSender : public QObject
{
    Q_OBJECT
public:
    PacedSender(const QList<net::ApiClient *> &apis, qint64 conversationId, DeliveryLedger &ledger,
        QObject *parent = nullptr);

    // Sends rate messages per second for seconds; finished() once every answer is in.
    void start(double rate, double seconds);

    int failed() const { return m_failed; }
    // From the first send to the last answer.
    double elapsedSeconds() const { return m_elapsedMs / 1000.0; }

Q_SIGNALS:
    void finished();

private:
    void tick();
    void sendOne();
    void answered();

    QList<net::ApiClient *> m_apis;
    qint64 m_conversationId;
    DeliveryLedger &m_ledger;
    QString m_run; // in every client_txn_id, so two senders in one run never collide
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_rate = 0;
    int m_total = 0;
    int m_issued = 0;
    int m_answered = 0;
    int m_failed = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace parley::bench
