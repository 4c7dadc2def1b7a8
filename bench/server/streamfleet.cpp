// Opening the streams and reading the benchmark's messages out of their batch frames.
#include "streamfleet.h"

#include "deliveryledger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <cstdio>
#include <utility>

namespace parley::bench {

StreamFleet::StreamFleet(
    const QUrl &streamUrl, const QStringList &tokens, DeliveryLedger &ledger, QObject *parent)
    : QObject(parent)
    , m_url(streamUrl)
    , m_tokens(tokens)
    , m_ledger(ledger)
{ }

StreamFleet::~StreamFleet()
{
    stop();
}

void StreamFleet::start()
{
    m_sockets.reserve(m_ledger.clients());
    for (int i = 0; i < MaxOpening; ++i)
        openNext();
}

void StreamFleet::stop()
{
    m_stopping = true;
    for (QWebSocket *socket : std::as_const(m_sockets)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_sockets.clear();
}

void StreamFleet::openNext()
{
    if (m_stopping || m_next >= m_ledger.clients())
        return;
    const int client = m_next++;
    ++m_opening;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_sockets.append(socket);
    m_phase.append(Phase::Opening);
    const QString token = m_tokens.at(client % m_tokens.size());
    connect(socket, &QWebSocket::connected, this, [socket, token] {
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("type"), QStringLiteral("auth") },
                { QStringLiteral("token"), token } }).toJson(QJsonDocument::Compact)));
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, client](const QString &text) { onText(client, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, client] { onGone(client); });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, client] { onGone(client); });
    socket->open(m_url);
}

void StreamFleet::onText(int client, const QString &text)
{
    if (m_phase[client] != Phase::Ready) {
        if (m_phase[client] == Phase::Opening
            && text.contains(QLatin1String("\"type\":\"ready\""))) {
            m_phase[client] = Phase::Ready;
            ++m_ready;
            finishOpening();
        }
        return;
    }
    // "body":"pbench-<n> ...: cheaper than parsing every frame of a thousand clients.
    static const QString needle = QStringLiteral("\"body\":\"") + QLatin1String(MessageMarker);
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at)) {
        at += needle.size();
        int number = 0;
        qsizetype digits = 0;
        for (; at < text.size() && text.at(at).isDigit(); ++at, ++digits)
            number = number * 10 + text.at(at).digitValue();
        if (digits > 0)
            m_ledger.deliver(client, number);
    }
}

void StreamFleet::onGone(int client)
{
    if (m_stopping || m_phase[client] == Phase::Gone)
        return;
    const Phase was = std::exchange(m_phase[client], Phase::Gone);
    if (was == Phase::Ready) {
        ++m_dropped;
        if (m_dropped <= 3)
            std::fprintf(stderr, "bench_server: stream %d dropped: %s\n", client,
                qPrintable(m_sockets.at(client)->errorString()));
        return;
    }
    ++m_failed;
    if (m_failed <= 3)
        std::fprintf(stderr, "bench_server: stream %d closed before ready: %s\n", client,
            qPrintable(m_sockets.at(client)->errorString()));
    finishOpening();
}

void StreamFleet::finishOpening()
{
    --m_opening;
    openNext();
    if (m_opening == 0 && m_next >= m_ledger.clients())
        Q_EMIT settled();
}

} // namespace parley::bench
