// ServerApp: the running server: opens the data folder, builds the routes, listens on the
// guarded socket and serves the stream.
#pragma once

#include "config/serverconfig.h"
#include "http/router.h"
#include "protocol/result.h"

#include <QUrl>
#include <memory>

namespace parley::server {

class ApiServer;
class GuardedTcpServer;
class ServerContext;
class StreamHub;
class ChangeListener;
class TusEndpoint;
class BlobEndpoint;
class TransferServer;
class Clock;
class PortalApi;
class Notifier;
class OutboundDelivery;
class InboundSms;
class MmsFetcher;
class ServerMetrics;

class ServerApp
{
public:
    ServerApp(ServerConfig config, ServerContext &context);
    ~ServerApp();

    // Listens on the configured address; the URL says the port actually bound.
    protocol::Result<QUrl> start();

    static Router buildRouter(ServerContext &context);

private:
    // Emails: the notifier queues them, the delivery sends them ([smtp] from must be set).
    protocol::Result<void> startNotifications(const QUrl &listening);

    ServerConfig m_config;
    ServerContext &m_context;
    // Before m_router's handlers and m_http, which use it.
    std::unique_ptr<ServerMetrics> m_metrics;
    Router m_router;
    // Before m_http: its connections (and their transfers) go first.
    std::unique_ptr<TusEndpoint> m_uploads;
    std::unique_ptr<BlobEndpoint> m_blobs;
    std::unique_ptr<TransferServer> m_transfers;
    std::unique_ptr<ApiServer> m_http;
    std::unique_ptr<StreamHub> m_streams;
    // On PostgreSQL: what the other server processes commit (after m_streams: it asks it).
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<OutboundDelivery> m_mail;
    std::unique_ptr<OutboundDelivery> m_sms;
    std::unique_ptr<InboundSms> m_inboundSms;
    std::unique_ptr<MmsFetcher> m_mms;
    std::unique_ptr<PortalApi> m_portal;
};

} // namespace parley::server
