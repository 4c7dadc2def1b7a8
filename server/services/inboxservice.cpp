// The team inbox.
#include "inboxservice.h"

#include "access/accesspolicy.h"
#include "common/errors.h"
#include "common/serverevents.h"
#include "conversationassignment.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "store/messagestore.h"

#include <QSet>
#include <algorithm>

namespace parley::server {

namespace {

protocol::Error noInbox()
{
    return notFound(QStringLiteral("The inbox"));
}

} // namespace

InboxService::InboxService(
    QSqlDatabase db, AccessPolicy &policy, ConversationAssignment &assignment, ServerEvents *events)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_assignment(assignment)
    , m_events(events)
{ }

protocol::Result<QList<protocol::InboxItem>> InboxService::toItems(const QList<InboxRow> &rows)
{
    QList<qint64> ids;
    for (const InboxRow &row : rows)
        ids.append(row.messageId);
    auto messages = MessageStore(m_db).loadMany(ids);
    if (!messages)
        return messages.error();
    QList<protocol::InboxItem> items;
    items.reserve(rows.size());
    for (const InboxRow &row : rows) {
        protocol::InboxItem item;
        item.message = messages->value(row.messageId);
        item.matterId = row.matterId;
        item.matterNumber = row.matterNumber;
        item.matterTitle = row.matterTitle;
        item.conversationTitle = row.conversationTitle;
        item.senderName = item.message.senderName;
        item.fromClient = row.fromClient;
        item.unread = row.unread;
        item.todo = row.todo;
        item.trashed = row.trashed;
        item.assigneeId = row.assigneeId;
        item.waitingSince = row.waitingSince;
        items.append(std::move(item));
    }
    return items;
}

protocol::Result<InboxPage> InboxService::list(const Principal &who, const InboxFilter &filter)
{
    if (!who.isStaff())
        return noInbox();
    if (filter.matterId) {
        // A matter the caller may not see reads like one that does not exist.
        auto visible = m_policy.canSeeMatter(who, *filter.matterId);
        if (!visible)
            return visible.error();
        if (!visible.value()) {
            protocol::Error error = notFound(QStringLiteral("The matter"));
            error.details.insert(QStringLiteral("field"), QStringLiteral("matter_id"));
            return error;
        }
    }
    // One read view, so the count and the page agree.
    Transaction view(m_db, Transaction::Mode::Read);
    if (auto status = view.status(); !status)
        return status.error();
    auto reach = m_policy.inboxConversations(who);
    if (!reach)
        return reach.error();
    auto rows = InboxStore(m_db).list(who.userId(), reach.value(), filter);
    if (!rows)
        return rows.error();
    auto items = toItems(rows->rows);
    if (!items)
        return items.error();
    return InboxPage { std::move(items).value(), rows->total };
}

protocol::Result<void> InboxService::applyMarks(
    const Principal &who, const protocol::InboxAction &action, const QList<qint64> &ids)
{
    InboxStore store(m_db);
    const qint64 now = nowMs();
    const QString &name = action.action;
    if (name == QLatin1String("read") || name == QLatin1String("unread"))
        return store.setReadState(who.userId(), ids, name, now);
    if (name == QLatin1String("todo") || name == QLatin1String("done"))
        return store.setTodo(who.userId(), ids, name, now);
    if (name == QLatin1String("clear_todo"))
        return store.setTodo(who.userId(), ids, std::nullopt, now);
    if (name == QLatin1String("trash") || name == QLatin1String("restore"))
        return store.setTrashed(who.userId(), ids, name == QLatin1String("trash"), now);
    return invalidField(QStringLiteral("action"), QStringLiteral("No such inbox action."));
}

protocol::Result<QList<protocol::InboxItem>> InboxService::apply(
    const Principal &who, const protocol::InboxAction &action)
{
    if (!who.isStaff())
        return noInbox();
    if (action.messageIds.isEmpty())
        return invalidField(
            QStringLiteral("message_ids"), QStringLiteral("Choose at least one message."));
    if (action.messageIds.size() > MaxActionItems) {
        protocol::Error error = protocol::Error::limit(protocol::ErrorCode::TooManyItems,
            QStringLiteral("One action takes at most %1 messages.").arg(MaxActionItems),
            MaxActionItems, action.messageIds.size());
        error.details.insert(QStringLiteral("field"), QStringLiteral("message_ids"));
        return error;
    }
    QList<qint64> ids; // each once, in the order asked
    QSet<qint64> seen;
    for (qint64 id : action.messageIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }

    Transaction transaction(m_db);
    if (auto status = transaction.status(); !status)
        return status.error();
    auto reach = m_policy.inboxConversations(who);
    if (!reach)
        return reach.error();
    InboxStore store(m_db);
    auto chosen = store.rows(who.userId(), reach.value(), ids);
    if (!chosen)
        return chosen.error();
    // All or nothing: one message that is not the caller's to act on stops the whole action.
    if (chosen->size() != ids.size())
        return notFound(QStringLiteral("A message"));
    bool assigned = false;
    if (action.action == QLatin1String("assign")) {
        QList<qint64> conversations;
        for (const InboxRow &row : chosen.value()) {
            if (!conversations.contains(row.conversationId))
                conversations.append(row.conversationId);
        }
        std::sort(conversations.begin(), conversations.end());
        const qint64 now = nowMs();
        for (qint64 conversationId : std::as_const(conversations)) {
            auto changed = m_assignment.assignWithin(who, conversationId, action.assigneeId, now);
            if (!changed)
                return changed.error();
            assigned = assigned || changed.value();
        }
    } else if (auto marked = applyMarks(who, action, ids); !marked) {
        return marked.error();
    }
    auto updated = store.rows(who.userId(), reach.value(), ids);
    if (!updated)
        return updated.error();
    QHash<qint64, InboxRow> byId;
    for (const InboxRow &row : updated.value())
        byId.insert(row.messageId, row);
    QList<InboxRow> ordered;
    for (qint64 id : action.messageIds)
        ordered.append(byId.value(id));
    auto items = toItems(ordered);
    if (!items)
        return items.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (m_events && assigned)
        Q_EMIT m_events->changesCommitted(who.firmId);
    return items;
}

} // namespace parley::server
