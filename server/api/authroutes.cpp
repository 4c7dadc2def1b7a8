// Sign-in, sign-out and the signed-in user.
#include "app/servercontext.h"
#include "protocol/login.h"
#include "routes.h"

namespace parley::server {

void addAuthRoutes(Router &router, ServerContext &context)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/api/v1/auth/login"), Router::Access::Public,
        [&context](const ApiRequest &request) {
            auto login = decodeBody<protocol::LoginRequest>(request);
            if (!login)
                return ApiReply::error(login.error());
            return replyWith(context.auth().login(login.value(), request.client),
                [](const protocol::LoginResponse &response) { return response.toJson(); });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/auth/logout"), Router::Access::Authenticated,
        [&context](const ApiRequest &request) {
            if (auto done = context.auth().logout(request.who()); !done)
                return ApiReply::error(done.error());
            return ApiReply::ok(QJsonObject());
        });
    // Sign out everywhere: every session of the user ends, this one too.
    router.add(Method::Post, QStringLiteral("/api/v1/auth/logout-all"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            auto ended = context.auth().logoutEverywhere(request.who());
            if (!ended)
                return ApiReply::error(ended.error());
            return ApiReply::ok(
                QJsonObject { { QStringLiteral("sessions_ended"), ended.value() } });
        });
    router.add(Method::Get, QStringLiteral("/api/v1/me"), Router::Access::Authenticated,
        [](const ApiRequest &request) { return ApiReply::ok(request.who().user.toJson()); });
}

} // namespace parley::server
