// InboxService: the team inbox: the messages of the client conversations a staff member may
// see, with their own marks (unread, to-do, trash), and actions on exactly the chosen ones.
#pragma once

#include "common/principal.h"
#include "protocol/inboxitem.h"
#include "protocol/result.h"
#include "store/inboxstore.h"

#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;
class ConversationAssignment;
class ServerEvents;

struct InboxPage
{
    QList<protocol::InboxItem> items;
    qint64 total = 0;
};

class InboxService
{
public:
    static constexpr int MaxPageSize = 500;
    static constexpr int DefaultPageSize = 200;
    static constexpr int MaxActionItems = 500;

    InboxService(QSqlDatabase db, AccessPolicy &policy, ConversationAssignment &assignment,
        ServerEvents *events);

    // A page of a view (the filter is checked by the route). not_found for clients, and for a
    // matter_id the caller may not see.
    protocol::Result<InboxPage> list(const Principal &who, const InboxFilter &filter);
    // Applies the action to exactly the listed messages, all or nothing: any message missing,
    // hidden or not an inbox row is not_found and nothing changes; an empty list is
    // invalid_field, more than MaxActionItems too_many_items. Read marks never make receipts
    // (the client must not see "read" because someone tidied the inbox). "assign" assigns
    // each conversation of the messages once. Gives the rows as they are now, in the order
    // asked for.
    protocol::Result<QList<protocol::InboxItem>> apply(
        const Principal &who, const protocol::InboxAction &action);

private:
    protocol::Result<void> applyMarks(
        const Principal &who, const protocol::InboxAction &action, const QList<qint64> &ids);
    protocol::Result<QList<protocol::InboxItem>> toItems(const QList<InboxRow> &rows);

    QSqlDatabase m_db;
    AccessPolicy &m_policy;
    ConversationAssignment &m_assignment;
    ServerEvents *m_events;
};

} // namespace parley::server
