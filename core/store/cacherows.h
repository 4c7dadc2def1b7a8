// CacheRows: the mapping between protocol types and cache rows (columns and JSON text).
#pragma once

#include "outboxitem.h"
#include "protocol/conversation.h"
#include "protocol/matter.h"
#include "protocol/message.h"
#include "protocol/receipt.h"
#include "protocol/user.h"
#include "sqlquery.h"

namespace parley::store {

class CacheDatabase;

class CacheRows
{
public:
    // Upserts by id; a row already cached is updated in place.
    static protocol::Result<void> upsertUser(CacheDatabase &db, const protocol::User &user);
    static protocol::Result<void> upsertMatter(CacheDatabase &db, const protocol::Matter &matter);
    // Also replaces the conversation's members.
    static protocol::Result<void> upsertConversation(
        CacheDatabase &db, const protocol::Conversation &conversation);
    static protocol::Result<void> upsertMessage(
        CacheDatabase &db, const protocol::Message &message);
    // A receipt already cached keeps its first read time.
    static protocol::Result<void> insertReceipt(
        CacheDatabase &db, const protocol::Receipt &receipt);

    // The column lists the readers below expect, in order.
    static QString matterColumns();
    static QString conversationColumns();
    static QString messageColumns(const QString &table = {});
    static QString outboxColumns();

    static protocol::Matter readMatter(const SqlQuery &query);
    static protocol::Conversation readConversation(const SqlQuery &query);
    static protocol::Message readMessage(const SqlQuery &query);
    static OutboxItem readOutboxItem(const SqlQuery &query);
    static protocol::Result<QList<protocol::Member>> members(
        CacheDatabase &db, qint64 conversationId);
};

} // namespace parley::store
