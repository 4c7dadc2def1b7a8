// GET /api/v1/sync: changes after a cursor, or a snapshot when there is none.
#include "app/servercontext.h"
#include "routes.h"

namespace parley::server {

void addSyncRoutes(Router &router, ServerContext &context)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/sync"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            auto since = request.queryInteger("since", 0, std::numeric_limits<qint64>::max());
            if (!since)
                return ApiReply::error(since.error());
            auto limit = request.queryInteger("limit", 1, SyncService::MaxLimit);
            if (!limit)
                return ApiReply::error(limit.error());
            auto toJson = [](const protocol::SyncBatch &batch) { return batch.toJson(); };
            if (!since.value())
                return replyWith(context.sync().snapshot(request.who()), toJson);
            return replyWith(context.sync().changesSince(request.who(), *since.value(),
                                 static_cast<int>(limit->value_or(SyncService::DefaultLimit))),
                toJson);
        });
}

} // namespace parley::server
