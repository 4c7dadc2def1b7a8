// The REST routes of API v1, one function per area; each registers its handlers on the
// router. To add an endpoint: add a handler in the area's file (or a new file here) and a
// line in ServerApp::buildRouter().
#pragma once

#include "http/apireply.h"
#include "http/router.h"
#include "protocol/result.h"

namespace parley::server {

class ServerContext;

void addHealthRoutes(Router &router);
void addAuthRoutes(Router &router, ServerContext &context);
void addMatterRoutes(Router &router, ServerContext &context);
void addDocumentRoutes(Router &router, ServerContext &context);
void addConversationRoutes(Router &router, ServerContext &context);
void addReceiptRoutes(Router &router, ServerContext &context);
void addSyncRoutes(Router &router, ServerContext &context);
void addRecordRoutes(Router &router, ServerContext &context);
void addInboxRoutes(Router &router, ServerContext &context);
void addTaskRoutes(Router &router, ServerContext &context);
void addAutomationRoutes(Router &router, ServerContext &context);

// Handlers the portal's routes share with the API's, for the request's principal and the
// conversation {id}: a page of history; a new message (channel: how it came in); a read.
ApiReply historyReply(ServerContext &context, const ApiRequest &request);
ApiReply sendReply(ServerContext &context, const ApiRequest &request, const QString &channel);
ApiReply readReply(ServerContext &context, const ApiRequest &request);

// A result as a reply: its error, or toJson(value) with the given status.
template<typename T, typename ToJson>
ApiReply replyWith(const protocol::Result<T> &result, ToJson toJson, int status = 200)
{
    if (!result)
        return ApiReply::error(result.error());
    return ApiReply::ok(toJson(result.value()), status);
}

// Decodes the JSON body as T (T::fromJson), or gives the decoding error.
template<typename T>
protocol::Result<T> decodeBody(const ApiRequest &request)
{
    auto object = request.jsonObject();
    if (!object)
        return object.error();
    return T::fromJson(object.value());
}

} // namespace parley::server
