// The team inbox: GET /inbox (a view with filters and a page), POST /inbox/actions (marks,
// trash, assignment on exactly the chosen messages), POST /conversations/{id}/assign.
#include "app/servercontext.h"
#include "protocol/jsonreader.h"
#include "routes.h"

namespace parley::server {

namespace {

constexpr int MaxSearchChars = 200;

// The query of GET /api/v1/inbox, each parameter checked.
protocol::Result<InboxFilter> inboxFilter(const ApiRequest &request)
{
    InboxFilter filter;
    auto view = request.queryChoice("view",
        { QStringLiteral("inbox"), QStringLiteral("sent"), QStringLiteral("trash"),
            QStringLiteral("waiting") });
    if (!view)
        return view.error();
    if (!view->isEmpty())
        filter.view = view.value();
    auto sort
        = request.queryChoice("sort", { QStringLiteral("newest"), QStringLiteral("waiting") });
    if (!sort)
        return sort.error();
    filter.sort = sort.value();
    auto assigned = request.queryChoice("assigned", { QStringLiteral("me") });
    if (!assigned)
        return assigned.error();
    filter.assignedToMe = !assigned->isEmpty();
    filter.search = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    if (auto length
        = protocol::Limits::checkTextLength(QStringLiteral("q"), filter.search, MaxSearchChars);
        !length)
        return length.error();

    constexpr qint64 MaxId = std::numeric_limits<qint64>::max();
    auto matter = request.queryInteger("matter_id", 1, MaxId);
    if (!matter)
        return matter.error();
    filter.matterId = matter.value();
    auto client = request.queryInteger("client_id", 1, MaxId);
    if (!client)
        return client.error();
    filter.clientId = client.value();
    auto unread = request.queryInteger("unread", 0, 1);
    if (!unread)
        return unread.error();
    filter.unreadOnly = unread->value_or(0) == 1;
    auto todo = request.queryInteger("todo", 0, 1);
    if (!todo)
        return todo.error();
    filter.todoOnly = todo->value_or(0) == 1;
    auto limit = request.queryInteger("limit", 1, InboxService::MaxPageSize);
    if (!limit)
        return limit.error();
    filter.limit = int(limit->value_or(InboxService::DefaultPageSize));
    auto offset = request.queryInteger("offset", 0, std::numeric_limits<int>::max());
    if (!offset)
        return offset.error();
    filter.offset = int(offset->value_or(0));
    return filter;
}

QJsonObject itemsJson(const QList<protocol::InboxItem> &items)
{
    return QJsonObject { { QStringLiteral("items"), protocol::toJsonArray(items) } };
}

} // namespace

void addInboxRoutes(Router &router, ServerContext &context)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/api/v1/inbox"), Router::Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto filter = inboxFilter(request);
            if (!filter)
                return ApiReply::error(filter.error());
            return replyWith(
                context.inbox().list(request.who(), filter.value()), [](const InboxPage &page) {
                    QJsonObject body = itemsJson(page.items);
                    body.insert(QStringLiteral("total"), page.total);
                    return body;
                });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/inbox/actions"), Router::Access::Authenticated,
        [&context](const ApiRequest &request) {
            auto action = decodeBody<protocol::InboxAction>(request);
            if (!action)
                return ApiReply::error(action.error());
            return replyWith(context.inbox().apply(request.who(), action.value()), itemsJson);
        });
    router.add(Method::Post, QStringLiteral("/api/v1/conversations/{id}/assign"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            auto body = request.jsonObject();
            if (!body)
                return ApiReply::error(body.error());
            // Present, as a number or null: a misspelt field must not unassign.
            if (!body->contains(QLatin1String("assignee_id")))
                return ApiReply::error(protocol::Error::make(protocol::ErrorCode::MissingField,
                    QStringLiteral("The field \"assignee_id\" is missing (null unassigns)."),
                    QJsonObject { { QStringLiteral("field"), QStringLiteral("assignee_id") } }));
            protocol::JsonReader reader(body.value());
            const std::optional<qint64> assignee = reader.optionalId("assignee_id");
            if (!reader.ok())
                return ApiReply::error(reader.error());
            return replyWith(context.assignment().assign(request.who(), request.id(), assignee),
                [](const protocol::Conversation &conversation) { return conversation.toJson(); });
        });
}

} // namespace parley::server
