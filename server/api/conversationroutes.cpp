// Conversations and their messages: start one, read one, page history, send.
#include "app/servercontext.h"
#include "protocol/jsonreader.h"
#include "protocol/newconversation.h"
#include "protocol/newmessage.h"
#include "routes.h"

namespace parley::server {

ApiReply historyReply(ServerContext &context, const ApiRequest &request)
{
    auto before = request.queryInteger("before", 1, std::numeric_limits<qint64>::max());
    if (!before)
        return ApiReply::error(before.error());
    auto limit = request.queryInteger("limit", 1, MessageService::MaxPageSize);
    if (!limit)
        return ApiReply::error(limit.error());
    return replyWith(context.messages().history(request.who(), request.id(), before.value(),
                         static_cast<int>(limit->value_or(MessageService::DefaultPageSize))),
        [](const MessagePage &page) {
            QJsonObject body { { QStringLiteral("messages"),
                protocol::toJsonArray(page.messages) } };
            if (page.prev)
                body.insert(QStringLiteral("prev"), *page.prev);
            return body;
        });
}

ApiReply sendReply(ServerContext &context, const ApiRequest &request, const QString &channel)
{
    auto message = decodeBody<protocol::NewMessage>(request);
    if (!message)
        return ApiReply::error(message.error());
    auto outcome = context.messages().send(
        request.who(), request.id(), message.value(), context.limits(), channel);
    if (!outcome)
        return ApiReply::error(outcome.error());
    // 201 for the first copy; a retry gets the same message with 200.
    return ApiReply::ok(outcome->message.toJson(), outcome->created ? 201 : 200);
}

void addConversationRoutes(Router &router, ServerContext &context)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/api/v1/conversations"), Router::Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto conversation = decodeBody<protocol::NewConversation>(request);
            if (!conversation)
                return ApiReply::error(conversation.error());
            return replyWith(
                context.conversations().create(
                    request.who(), conversation.value(), context.limits()),
                [](const protocol::Conversation &created) { return created.toJson(); }, 201);
        });
    router.add(Method::Get, QStringLiteral("/api/v1/conversations/{id}"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            return replyWith(context.conversations().get(request.who(), request.id()),
                [](const protocol::Conversation &conversation) { return conversation.toJson(); });
        });
    router.add(Method::Get, QStringLiteral("/api/v1/conversations/{id}/messages"),
        Router::Access::Authenticated,
        [&context](const ApiRequest &request) { return historyReply(context, request); });
    router.add(Method::Post, QStringLiteral("/api/v1/conversations/{id}/messages"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            return sendReply(context, request, QStringLiteral("app"));
        });
    router.add(Method::Delete, QStringLiteral("/api/v1/conversations/{id}/members/{id}"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            return replyWith(
                context.conversations().removeMember(request.who(), request.id(0), request.id(1)),
                [](const protocol::Conversation &conversation) { return conversation.toJson(); });
        });
    router.add(Method::Delete, QStringLiteral("/api/v1/messages/{id}"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            return replyWith(context.messages().remove(request.who(), request.id()),
                [](const protocol::Message &message) { return message.toJson(); });
        });
}

} // namespace parley::server
