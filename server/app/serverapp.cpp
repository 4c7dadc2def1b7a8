// Wiring the HTTP front, the routes and the stream.
#include "serverapp.h"

#include "api/routes.h"
#include "common/clock.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "db/changelistener.h"
#include "db/dialect.h"
#include "http/apiserver.h"
#include "http/guardedtcpserver.h"
#include "metrics/servermetrics.h"
#include "notify/notifier.h"
#include "notify/outbounddelivery.h"
#include "notify/smtptransport.h"
#include "portal/portalapi.h"
#include "servercontext.h"
#include "sms/inboundsms.h"
#include "sms/mmsfetcher.h"
#include "sms/twiliotransport.h"
#include "store/firmstore.h"
#include "store/uploadstore.h"
#include "stream/streamhub.h"
#include "transfer/blobendpoint.h"
#include "transfer/transferserver.h"
#include "transfer/tusendpoint.h"

namespace parley::server {

ServerApp::ServerApp(ServerConfig config, ServerContext &context)
    : m_config(std::move(config))
    , m_context(context)
    , m_metrics(std::make_unique<ServerMetrics>(m_config.metricsAccess, context.db()))
    , m_router(buildRouter(context))
{
    m_metrics->addRoute(m_router);
    // Twilio's webhook for replies by text: signed, form-encoded, answered with TwiML.
    m_router.add(
        QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/sms/inbound"),
        Router::Access::Public,
        [this](const ApiRequest &request) {
            return m_inboundSms ? m_inboundSms->handle(request)
                                : ApiReply::error(notFound(QStringLiteral("SMS")));
        },
        "application/x-www-form-urlencoded");
    PortalOptions portal;
    portal.idleMinutes = int(m_config.portalIdleMinutes);
    portal.invitationMinutes = int(m_config.invitationMinutes);
    m_portal = std::make_unique<PortalApi>(m_context, portal, m_config.firmLogo);
    m_portal->addRoutes(m_router);
}

ServerApp::~ServerApp() = default;

Router ServerApp::buildRouter(ServerContext &context)
{
    Router router;
    addHealthRoutes(router);
    addAuthRoutes(router, context);
    addMatterRoutes(router, context);
    addDocumentRoutes(router, context);
    addConversationRoutes(router, context);
    addReceiptRoutes(router, context);
    addSyncRoutes(router, context);
    addRecordRoutes(router, context);
    addInboxRoutes(router, context);
    addTaskRoutes(router, context);
    addAutomationRoutes(router, context);
    return router;
}

protocol::Result<QUrl> ServerApp::start()
{
    m_http = std::make_unique<ApiServer>(m_router, m_context.auth(), &m_metrics->http());
    m_http->setWebSocketPath(QString::fromLatin1(StreamHub::Path));

    // File transfers stream on connections taken from QtHttpServer (see TransferServer).
    const BlobFolder folder(m_config.dataDir);
    if (auto prepared = folder.prepare(); !prepared)
        return prepared.error();
    TusEndpoint::Options uploadOptions;
    uploadOptions.expiryMs = m_config.uploadExpirySeconds * 1000;
    const auto portal = [this] { return m_portal->sessions(); };
    m_uploads = std::make_unique<TusEndpoint>(staffOrClientCaller(m_context.auth(), portal),
        UploadStore(m_context.db()), folder, m_config.limits, uploadOptions);
    m_blobs = std::make_unique<BlobEndpoint>(staffOrClientCaller(m_context.auth(), portal),
        m_context.access(), m_context.downloads(), folder);
    m_transfers = std::make_unique<TransferServer>();
    m_transfers->setMetrics(&m_metrics->http());
    m_transfers->addEndpoint(m_uploads.get());
    m_transfers->addEndpoint(m_blobs.get());

    auto *tcp = new GuardedTcpServer(m_config.connection, m_http.get());
    tcp->setHttpServer(m_http.get());
    tcp->setTakeover(m_transfers.get());
    if (m_config.tls.enabled()) {
        auto tls = m_config.tls.load();
        if (!tls)
            return tls.error();
        tcp->setTls(tls.value());
    }
    if (!tcp->listen(m_config.listenAddress, m_config.listenPort)) {
        return invalidField(QStringLiteral("listen"),
            QStringLiteral("Cannot listen on %1:%2: %3")
                .arg(m_config.listenAddress.toString())
                .arg(m_config.listenPort)
                .arg(tcp->errorString()));
    }
    m_http->bind(tcp);
    m_streams = std::make_unique<StreamHub>(*m_http, m_context);
    m_metrics->setStreamClients([this] { return m_streams->sessionCount(); });
    if (backendOf(m_context.db()) == DbBackend::Postgres) {
        m_listener = std::make_unique<ChangeListener>(
            m_context.db(), m_context.events(), [this] { return m_streams->firmIds(); },
            ChangeListener::Options());
        if (auto listening = m_listener->start(); !listening)
            return listening.error();
    }
    QUrl url;
    url.setScheme(tcp->tls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_config.listenAddress.toString());
    url.setPort(tcp->serverPort());
    if (auto notifying = startNotifications(url); !notifying)
        return notifying.error();
    return url;
}

protocol::Result<void> ServerApp::startNotifications(const QUrl &listening)
{
    QString firmName = m_config.firmName;
    if (firmName.isEmpty()) {
        auto firms = FirmStore(m_context.db()).list();
        if (firms && !firms->isEmpty())
            firmName = firms->first().name;
    }
    const QUrl publicUrl = m_config.publicUrl.isValid() && !m_config.publicUrl.isEmpty()
        ? m_config.publicUrl
        : listening;
    m_http->setPublicUrl(publicUrl);
    m_http->setTrustedProxies(m_config.trustedProxies);
    // Behind a proxy on another host, every client would look like the proxy to the sign-in
    // limit per address, and one attacker could lock the whole firm out.
    if (m_config.allowPlainHttp && !m_config.listenAddress.isLoopback()
        && !m_config.trustedProxiesSet)
        qCWarning(lcAuth) << "[server] trusted_proxies is not set: behind a proxy on another host"
                             " every sign-in counts against the proxy's address; set it to the"
                             " proxy's address";
    // Browsers are told to come back over HTTPS only when they reach the server over it.
    m_http->setStrictTransportSecurity(publicUrl.scheme() == QLatin1String("https")
        || listening.scheme() == QLatin1String("https"));
    m_portal->start(m_context.clock(), firmName, publicUrl, [this] {
        if (m_mail)
            m_mail->wake();
    });
    m_http->setPortal(m_portal->sessions());
    if (m_config.smtp.from.isEmpty()) {
        qCInfo(lcNotify) << "email is off: set [smtp] from (and url) to send notifications";
        return {};
    }
    if (m_config.sms.configured()) {
        m_mms = std::make_unique<MmsFetcher>(
            m_context, m_config.sms, BlobFolder(m_config.dataDir), m_context.clock());
        m_inboundSms = std::make_unique<InboundSms>(
            m_context, m_config.sms, publicUrl, [this] { m_mms->wake(); });
        m_mms->start();
    }
    Notifier::Options notify;
    notify.firmName = firmName;
    notify.publicUrl = publicUrl;
    notify.sms = m_config.sms.configured();
    notify.clientUnreadMinutes = int(m_config.clientUnreadMinutes);
    notify.staffBatchMinutes = int(m_config.staffBatchMinutes);
    notify.invitationMinutes = int(m_config.invitationMinutes);
    m_notifier = std::make_unique<Notifier>(m_context.db(), m_context.clock(), notify);
    m_mail = std::make_unique<OutboundDelivery>(m_context.db(),
        std::make_unique<SmtpTransport>(SmtpSender(m_config.smtp), firmName, m_context.clock()),
        m_context.clock(), OutboundDelivery::Options());
    QObject::connect(&m_context.events(), &ServerEvents::changesCommitted, m_notifier.get(),
        &Notifier::changesCommitted);
    QObject::connect(
        m_notifier.get(), &Notifier::mailQueued, m_mail.get(), &OutboundDelivery::wake);
    if (m_config.sms.configured()) {
        m_sms = std::make_unique<OutboundDelivery>(m_context.db(),
            std::make_unique<TwilioTransport>(m_config.sms), m_context.clock(),
            OutboundDelivery::Options());
        QObject::connect(
            m_notifier.get(), &Notifier::mailQueued, m_sms.get(), &OutboundDelivery::wake);
    }
    if (auto started = m_notifier->start(); !started)
        return started;
    m_mail->start();
    if (m_sms)
        m_sms->start();
    return {};
}

} // namespace parley::server
