// Read receipts: POST /api/v1/conversations/{id}/read {"message_id": N}.
#include "app/servercontext.h"
#include "protocol/jsonreader.h"
#include "routes.h"

namespace parley::server {

ApiReply readReply(ServerContext &context, const ApiRequest &request)
{
    auto object = request.jsonObject();
    if (!object)
        return ApiReply::error(object.error());
    protocol::JsonReader reader(object.value());
    const qint64 messageId = reader.id("message_id");
    if (!reader.ok())
        return ApiReply::error(reader.error());
    // 200 both times: a repeat answers an empty list of new receipts.
    return replyWith(context.receipts().markRead(request.who(), request.id(), messageId),
        [](const QList<protocol::Receipt> &created) {
            return QJsonObject { { QStringLiteral("receipts"), protocol::toJsonArray(created) } };
        });
}

void addReceiptRoutes(Router &router, ServerContext &context)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/api/v1/conversations/{id}/read"),
        Router::Access::Authenticated,
        [&context](const ApiRequest &request) { return readReply(context, request); });
}

} // namespace parley::server
