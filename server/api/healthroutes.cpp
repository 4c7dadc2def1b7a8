// GET /healthz: liveness for load balancers and the test fixture, no authentication.
#include "routes.h"

namespace parley::server {

void addHealthRoutes(Router &router)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/healthz"), Router::Access::Public,
        [](const ApiRequest &) {
            return ApiReply::ok(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                { QStringLiteral("version"), QStringLiteral(PARLEY_VERSION) } });
        });
}

} // namespace parley::server
