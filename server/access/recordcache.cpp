// Matter and conversation rows read once per read view.
#include "recordcache.h"

#include "common/memoised.h"

namespace parley::server {

RecordCache::RecordCache(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<std::optional<MatterRecord>> RecordCache::matter(qint64 id)
{
    return memoised(m_matters, id, [&] { return MatterStore(m_db).find(id); });
}

protocol::Result<std::optional<ConversationRecord>> RecordCache::conversation(qint64 id)
{
    return memoised(m_conversations, id, [&] { return ConversationStore(m_db).find(id); });
}

} // namespace parley::server
