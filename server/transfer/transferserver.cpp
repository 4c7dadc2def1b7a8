// Routing taken-over connections to their endpoint.
#include "transferserver.h"

#include "httphead.h"
#include "metrics/httpmetrics.h"

#include <QMetaObject>
#include <QTcpSocket>

namespace parley::server {

TransferServer::TransferServer(const TransferLimits &limits)
    : m_limits(limits)
{ }

bool TransferServer::claims(const HttpHead &head) const
{
    return !head.websocketUpgrade() && endpointFor(head.path) != nullptr;
}

void TransferServer::takeOver(QTcpSocket *socket)
{
    auto *connection = new TransferConnection(
        socket, [this](const QString &path) { return endpointFor(path); }, m_limits, &m_buffers);
    if (m_metrics) {
        connection->setAnswered([metrics = m_metrics](int status, qint64 elapsedNs) {
            metrics->record(QString::fromLatin1(HttpMetrics::Transfer), status, elapsedNs);
        });
    }
    // The guard that hands the socket over is still inside its readyRead handler.
    QMetaObject::invokeMethod(connection, &TransferConnection::readAvailable, Qt::QueuedConnection);
}

TransferEndpoint *TransferServer::endpointFor(const QString &path) const
{
    for (TransferEndpoint *endpoint : m_endpoints) {
        if (endpoint->claims(path))
            return endpoint;
    }
    return nullptr;
}

} // namespace parley::server
