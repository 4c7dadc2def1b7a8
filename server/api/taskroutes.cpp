// Tasks: POST /tasks (make one), GET /tasks?matter_id=|assignee=me (a matter's, one's own),
// POST /tasks/{id} (change, complete, reopen).
#include "app/servercontext.h"
#include "protocol/jsonreader.h"
#include "routes.h"

namespace parley::server {

namespace {

protocol::Result<TaskQuery> taskQuery(const ApiRequest &request)
{
    TaskQuery query;
    auto matter = request.queryInteger("matter_id", 1, std::numeric_limits<qint64>::max());
    if (!matter)
        return matter.error();
    query.matterId = matter.value();
    auto assignee = request.queryChoice("assignee", { QStringLiteral("me") });
    if (!assignee)
        return assignee.error();
    query.mine = !assignee->isEmpty();
    auto done = request.queryInteger("include_done", 0, 1);
    if (!done)
        return done.error();
    query.includeDone = done->value_or(0) == 1;
    return query;
}

QJsonObject taskJson(const protocol::Task &task)
{
    return task.toJson();
}

} // namespace

void addTaskRoutes(Router &router, ServerContext &context)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/api/v1/tasks"), Router::Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto input = decodeBody<protocol::TaskInput>(request);
            if (!input)
                return ApiReply::error(input.error());
            return replyWith(context.tasks().create(request.who(), input.value()), taskJson, 201);
        });
    router.add(Method::Get, QStringLiteral("/api/v1/tasks"), Router::Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto query = taskQuery(request);
            if (!query)
                return ApiReply::error(query.error());
            return replyWith(context.tasks().list(request.who(), query.value()),
                [](const QList<protocol::Task> &tasks) {
                    return QJsonObject { { QStringLiteral("tasks"),
                        protocol::toJsonArray(tasks) } };
                });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/tasks/{id}"), Router::Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto input = decodeBody<protocol::TaskInput>(request);
            if (!input)
                return ApiReply::error(input.error());
            return replyWith(
                context.tasks().change(request.who(), request.id(), input.value()), taskJson);
        });
}

} // namespace parley::server
