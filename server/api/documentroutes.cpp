// Documents: made from finished uploads or a message's file, given new versions, and their
// sharing stopped.
// The bytes themselves move through /api/v1/uploads/ and /api/v1/blobs/ (server/transfer).
#include "app/servercontext.h"
#include "protocol/jsonreader.h"
#include "protocol/newdocument.h"
#include "routes.h"

namespace parley::server {

void addDocumentRoutes(Router &router, ServerContext &context)
{
    using Method = QHttpServerRequest::Method;
    const auto documentJson = [](const protocol::Document &document) { return document.toJson(); };
    router.add(Method::Post, QStringLiteral("/api/v1/matters/{id}/documents"),
        Router::Access::Authenticated, [&context, documentJson](const ApiRequest &request) {
            auto body = decodeBody<protocol::NewDocument>(request);
            if (!body)
                return ApiReply::error(body.error());
            return replyWith(
                context.documents().create(request.who(), request.id(), body->uploadId, body->name),
                documentJson, 201);
        });
    router.add(Method::Post, QStringLiteral("/api/v1/documents/{id}/versions"),
        Router::Access::Authenticated, [&context, documentJson](const ApiRequest &request) {
            auto body = decodeBody<protocol::NewDocumentVersion>(request);
            if (!body)
                return ApiReply::error(body.error());
            return replyWith(context.documents().addVersion(
                                 request.who(), request.id(), body->uploadId, body->baseVersion),
                documentJson, 201);
        });
    router.add(Method::Post, QStringLiteral("/api/v1/messages/{id}/save-as-document"),
        Router::Access::Authenticated, [&context, documentJson](const ApiRequest &request) {
            auto body = request.jsonObject();
            if (!body)
                return ApiReply::error(body.error());
            protocol::JsonReader r(body.value());
            const QString sha256 = r.string("sha256");
            const QString name = r.optionalString("name");
            if (!r.ok())
                return ApiReply::error(r.error());
            return replyWith(
                context.documents().saveAttachment(request.who(), request.id(), sha256, name),
                documentJson, 201);
        });
    router.add(Method::Post, QStringLiteral("/api/v1/documents/{id}/stop-sharing"),
        Router::Access::Authenticated, [&context, documentJson](const ApiRequest &request) {
            return replyWith(
                context.documents().stopSharing(request.who(), request.id()), documentJson);
        });
}

} // namespace parley::server
