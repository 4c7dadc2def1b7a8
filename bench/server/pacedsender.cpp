// Sending at a steady rate.
#include "pacedsender.h"

#include "deliveryledger.h"
#include "net/apiclient.h"
#include "streamfleet.h"

#include <QUuid>
#include <cmath>
#include <cstdio>

namespace parley::bench {

PacedSender::PacedSender(const QList<net::ApiClient *> &apis, qint64 conversationId,
    DeliveryLedger &ledger, QObject *parent)
    : QObject(parent)
    , m_apis(apis)
    , m_conversationId(conversationId)
    , m_ledger(ledger)
    , m_run(QUuid::createUuid().toString(QUuid::Id128))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PacedSender::tick);
}

void PacedSender::start(double rate, double seconds)
{
    m_rate = rate;
    m_total = std::min(m_ledger.capacity(), int(std::lround(rate * seconds)));
    m_clock.start();
    m_timer.start(2);
    tick();
}

void PacedSender::tick()
{
    const auto due
        = std::min<qint64>(m_total, qint64(double(m_clock.nsecsElapsed()) / 1e9 * m_rate) + 1);
    while (m_issued < due)
        sendOne();
    if (m_issued >= m_total)
        m_timer.stop();
}

void PacedSender::sendOne()
{
    const int number = m_ledger.send();
    ++m_issued;
    protocol::NewMessage message;
    message.clientTxnId = QStringLiteral("pbench-txn-%1-%2").arg(m_run).arg(number);
    message.body = QLatin1String(StreamFleet::MessageMarker) + QString::number(number)
        + QStringLiteral(" load test message");
    m_apis.at(number % m_apis.size())
        ->sendMessage(m_conversationId, message, [this, number](auto result) {
            if (result) {
                m_ledger.acknowledge(number);
            } else if (++m_failed <= 3) {
                std::fprintf(stderr, "bench_server: send %d failed: %s\n", number,
                    qPrintable(result.error().message));
            }
            answered();
        });
}

void PacedSender::answered()
{
    ++m_answered;
    if (m_answered == m_total && m_issued == m_total) {
        m_elapsedMs = m_clock.elapsed();
        Q_EMIT finished();
    }
}

} // namespace parley::bench
