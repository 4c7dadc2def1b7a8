// RecordCache: the matter and conversation rows AccessPolicy decides on, kept for one read
// view (a stream push round), so that checking many readers reads each row once and only
// what depends on the reader (staff lists, parties, members) is asked per reader.
#pragma once

#include "protocol/result.h"
#include "store/conversationstore.h"
#include "store/matterstore.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

class RecordCache
{
public:
    explicit RecordCache(QSqlDatabase db);

    protocol::Result<std::optional<MatterRecord>> matter(qint64 id);
    protocol::Result<std::optional<ConversationRecord>> conversation(qint64 id);

private:
    QSqlDatabase m_db;
    QHash<qint64, std::optional<MatterRecord>> m_matters;
    QHash<qint64, std::optional<ConversationRecord>> m_conversations;
};

} // namespace parley::server
