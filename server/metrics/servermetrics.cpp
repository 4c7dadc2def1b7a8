// The gauges and the /metrics route.
#include "servermetrics.h"

#include "common/logcategories.h"
#include "http/router.h"
#include "processmetrics.h"
#include "queuedepths.h"

namespace parley::server {

ServerMetrics::ServerMetrics(AddressRanges access, QSqlDatabase db)
    : m_access(std::move(access))
    , m_db(std::move(db))
    , m_http(m_registry)
{
    m_registry.gauge("parley_stream_clients", "WebSocket stream clients connected.", [this] {
        const qsizetype count = m_streamClients ? m_streamClients() : 0;
        return QList<MetricSample> { MetricSample { {}, double(count) } };
    });
    m_registry.gauge("parley_queue_depth",
        "Work waiting in the database: mail_outbox and sms_outbox (to send), sms_inbound "
        "(pictures to fetch), uploads_unfinished, notify_batches (notifications waiting "
        "for their time).",
        [this] {
            auto depths = QueueDepths(m_db).read();
            if (!depths) {
                qCWarning(lcHttp) << "metrics: the queue depths cannot be read";
                return QList<MetricSample> {};
            }
            return depths.value();
        });
    ProcessMetrics::addTo(m_registry);
}

void ServerMetrics::addRoute(Router &router)
{
    router.add(QHttpServerRequest::Method::Get, QString::fromLatin1(Path), Router::Access::Public,
        [this](const ApiRequest &request) {
            if (!m_access.contains(request.peer))
                return ApiReply::error(protocol::Error::make(protocol::ErrorCode::Forbidden,
                    QStringLiteral("The metrics may only be read from the addresses of "
                                   "[metrics] allow.")));
            ApiReply reply;
            reply.rawType = MetricsRegistry::ContentType;
            reply.raw = m_registry.exposition();
            return reply;
        });
}

} // namespace parley::server
