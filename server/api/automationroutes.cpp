// The firm's message templates and status rules (staff): list, create, change, delete.
#include "app/servercontext.h"
#include "protocol/jsonreader.h"
#include "routes.h"

namespace parley::server {

namespace {

protocol::Result<TemplateChange> templateChange(const QJsonObject &json)
{
    protocol::JsonReader r(json);
    TemplateChange change;
    if (json.contains(QLatin1String("name")))
        change.name = r.string("name");
    if (json.contains(QLatin1String("body")))
        change.body = r.string("body");
    return r.finish(change);
}

protocol::Result<RuleChange> ruleChange(const QJsonObject &json)
{
    protocol::JsonReader r(json);
    RuleChange change;
    if (json.contains(QLatin1String("status")))
        change.status = r.string("status");
    if (json.contains(QLatin1String("template_id")))
        change.templateId = r.id("template_id");
    if (json.contains(QLatin1String("post_as")))
        change.postAs = r.oneOf("post_as", protocol::StatusRule::postAsKinds());
    if (json.contains(QLatin1String("enabled")))
        change.enabled = r.boolean("enabled", true);
    return r.finish(change);
}

template<typename T>
protocol::Result<T> decodeWith(
    const ApiRequest &request, protocol::Result<T> (*decode)(const QJsonObject &))
{
    auto object = request.jsonObject();
    if (!object)
        return object.error();
    return decode(object.value());
}

QJsonObject templateJson(const protocol::MessageTemplate &messageTemplate)
{
    return messageTemplate.toJson();
}

QJsonObject ruleJson(const protocol::StatusRule &rule)
{
    return rule.toJson();
}

} // namespace

void addAutomationRoutes(Router &router, ServerContext &context)
{
    using Method = QHttpServerRequest::Method;
    using Access = Router::Access;
    router.add(Method::Get, QStringLiteral("/api/v1/templates"), Access::Authenticated,
        [&context](const ApiRequest &request) {
            return replyWith(context.automation().templates(request.who()),
                [](const QList<protocol::MessageTemplate> &templates) {
                    return QJsonObject { { QStringLiteral("templates"),
                        protocol::toJsonArray(templates) } };
                });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/templates"), Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto body = decodeBody<protocol::MessageTemplate>(request);
            if (!body)
                return ApiReply::error(body.error());
            return replyWith(
                context.automation().createTemplate(request.who(), body->name, body->body),
                templateJson, 201);
        });
    router.add(Method::Post, QStringLiteral("/api/v1/templates/{id}"), Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto change = decodeWith<TemplateChange>(request, templateChange);
            if (!change)
                return ApiReply::error(change.error());
            return replyWith(
                context.automation().changeTemplate(request.who(), request.id(), change.value()),
                templateJson);
        });
    router.add(Method::Post, QStringLiteral("/api/v1/templates/{id}/delete"), Access::Authenticated,
        [&context](const ApiRequest &request) {
            return replyWith(
                context.automation().deleteTemplate(request.who(), request.id()), templateJson);
        });
    router.add(Method::Get, QStringLiteral("/api/v1/status-rules"), Access::Authenticated,
        [&context](const ApiRequest &request) {
            return replyWith(context.automation().rules(request.who()),
                [](const QList<protocol::StatusRule> &rules) {
                    return QJsonObject { { QStringLiteral("rules"),
                        protocol::toJsonArray(rules) } };
                });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/status-rules"), Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto body = decodeBody<protocol::StatusRule>(request);
            if (!body)
                return ApiReply::error(body.error());
            return replyWith(
                context.automation().createRule(request.who(), body.value()), ruleJson, 201);
        });
    router.add(Method::Post, QStringLiteral("/api/v1/status-rules/{id}"), Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto change = decodeWith<RuleChange>(request, ruleChange);
            if (!change)
                return ApiReply::error(change.error());
            return replyWith(
                context.automation().changeRule(request.who(), request.id(), change.value()),
                ruleJson);
        });
    router.add(Method::Post, QStringLiteral("/api/v1/status-rules/{id}/delete"),
        Access::Authenticated, [&context](const ApiRequest &request) {
            return replyWith(
                context.automation().deleteRule(request.who(), request.id()), ruleJson);
        });
}

} // namespace parley::server
