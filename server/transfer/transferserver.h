// TransferServer: the ConnectionTakeover for streamed routes; gives each claimed connection
// a TransferConnection and the endpoint for its path.
#pragma once

#include "http/connectiontakeover.h"
#include "protocol/piecebuffers.h"
#include "transferconnection.h"

#include <QList>

namespace parley::server {

class HttpMetrics;

class TransferServer : public ConnectionTakeover
{
public:
    explicit TransferServer(const TransferLimits &limits = {});

    // Not owned; they outlive this server.
    void addEndpoint(TransferEndpoint *endpoint) { m_endpoints.append(endpoint); }
    // Counts and times every answer as route "transfer" (not owned; outlives this server).
    void setMetrics(HttpMetrics *metrics) { m_metrics = metrics; }

    bool claims(const HttpHead &head) const override;
    void takeOver(QTcpSocket *socket) override;

private:
    TransferEndpoint *endpointFor(const QString &path) const;

    TransferLimits m_limits;
    QList<TransferEndpoint *> m_endpoints;
    HttpMetrics *m_metrics = nullptr;
    protocol::PieceBuffers m_buffers; // shared by the connections (all on this thread)
};

} // namespace parley::server
