// Matters: the list a user may see, one matter with parties and staff, its files and its
// conversations; closing, a client cancelling, its status and its settings.
#include "app/servercontext.h"
#include "protocol/jsonreader.h"
#include "routes.h"

namespace parley::server {

namespace {
constexpr int MessageFilesLimit = 500; // the newest; older ones stay in their conversations
} // namespace

void addMatterRoutes(Router &router, ServerContext &context)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/api/v1/matters"), Router::Access::Authenticated,
        [&context](const ApiRequest &request) {
            return replyWith(
                context.matters().list(request.who()), [](const QList<protocol::Matter> &matters) {
                    return QJsonObject { { QStringLiteral("matters"),
                        protocol::toJsonArray(matters) } };
                });
        });
    router.add(Method::Get, QStringLiteral("/api/v1/matters/{id}"), Router::Access::Authenticated,
        [&context](const ApiRequest &request) {
            return replyWith(context.matters().get(request.who(), request.id()),
                [](const protocol::Matter &matter) { return matter.toJson(); });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/matters/{id}/close"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            return replyWith(context.closing().closeMatter(request.who(), request.id()),
                [](const protocol::Matter &matter) { return matter.toJson(); });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/matters/{id}/status"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            auto body = request.jsonObject();
            if (!body)
                return ApiReply::error(body.error());
            protocol::JsonReader r(body.value());
            const QString status = r.string("status");
            if (!r.ok())
                return ApiReply::error(r.error());
            return replyWith(context.matterStatus().setStatus(request.who(), request.id(), status),
                [](const protocol::Matter &matter) { return matter.toJson(); });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/matters/{id}/settings"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            auto body = request.jsonObject();
            if (!body)
                return ApiReply::error(body.error());
            protocol::JsonReader r(body.value());
            const bool messageSpouse = r.boolean("message_spouse", false);
            if (!body->contains(QLatin1String("message_spouse")))
                return ApiReply::error(protocol::Error::make(protocol::ErrorCode::MissingField,
                    QStringLiteral("The field \"message_spouse\" is missing."),
                    QJsonObject { { QStringLiteral("field"), QStringLiteral("message_spouse") } }));
            if (!r.ok())
                return ApiReply::error(r.error());
            return replyWith(context.matterSettings().setMessageSpouse(
                                 request.who(), request.id(), messageSpouse),
                [](const protocol::Matter &matter) { return matter.toJson(); });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/matters/{id}/parties/{id}/cancel"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            return replyWith(
                context.closing().cancelClient(request.who(), request.id(), request.id(1)),
                [](const protocol::Matter &matter) { return matter.toJson(); });
        });
    router.add(Method::Get, QStringLiteral("/api/v1/matters/{id}/documents"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            return replyWith(context.matters().documents(request.who(), request.id()),
                [](const QList<protocol::Document> &documents) {
                    return QJsonObject { { QStringLiteral("documents"),
                        protocol::toJsonArray(documents) } };
                });
        });
    router.add(Method::Get, QStringLiteral("/api/v1/matters/{id}/message-files"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            return replyWith(
                context.matters().messageFiles(request.who(), request.id(), MessageFilesLimit),
                [](const QList<protocol::Message> &messages) {
                    return QJsonObject { { QStringLiteral("messages"),
                        protocol::toJsonArray(messages) } };
                });
        });
    router.add(Method::Get, QStringLiteral("/api/v1/matters/{id}/conversations"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            return replyWith(context.conversations().listForMatter(request.who(), request.id()),
                [](const QList<protocol::Conversation> &conversations) {
                    return QJsonObject { { QStringLiteral("conversations"),
                        protocol::toJsonArray(conversations) } };
                });
        });
}

} // namespace parley::server
