// Wiring the HTTP front, the routes and the stream.
#include "serverapp.h"

#include "api/routes.h"
#include "common/errors.h"
#include "http/apiserver.h"
#include "http/guardedtcpserver.h"
#include "servercontext.h"
#include "stream/streamhub.h"

namespace parley::server {

ServerApp::ServerApp(ServerConfig config, ServerContext &context)
    : m_config(std::move(config))
    , m_context(context)
    , m_router(buildRouter(context))
{ }

ServerApp::~ServerApp() = default;

Router ServerApp::buildRouter(ServerContext &context)
{
    Router router;
    addHealthRoutes(router);
    addAuthRoutes(router, context);
    addMatterRoutes(router, context);
    addConversationRoutes(router, context);
    addReceiptRoutes(router, context);
    addSyncRoutes(router, context);
    return router;
}

protocol::Result<QUrl> ServerApp::start()
{
    m_http = std::make_unique<ApiServer>(m_router, m_context.auth());
    m_http->setWebSocketPath(QString::fromLatin1(StreamHub::Path));
    auto *tcp = new GuardedTcpServer(m_config.connection, m_http.get());
    tcp->setHttpServer(m_http.get());
    if (!tcp->listen(m_config.listenAddress, m_config.listenPort)) {
        return invalidField(QStringLiteral("listen"),
            QStringLiteral("Cannot listen on %1:%2: %3")
                .arg(m_config.listenAddress.toString())
                .arg(m_config.listenPort)
                .arg(tcp->errorString()));
    }
    m_http->bind(tcp);
    m_streams = std::make_unique<StreamHub>(*m_http, m_context);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.listenAddress.toString());
    url.setPort(tcp->serverPort());
    return url;
}

} // namespace parley::server
