// Matter and conversation rows read once per read view.
#include "recordcache.h"

namespace parley::server {

namespace {

template<typename Record, typename Read>
protocol::Result<std::optional<Record>> cached(
    QHash<qint64, std::optional<Record>> &cache, qint64 id, Read read)
{
    if (auto it = cache.constFind(id); it != cache.cend())
        return *it;
    auto record = read();
    if (record)
        cache.insert(id, record.value());
    return record;
}

} // namespace

RecordCache::RecordCache(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<std::optional<MatterRecord>> RecordCache::matter(qint64 id)
{
    return cached(m_matters, id, [&] { return MatterStore(m_db).find(id); });
}

protocol::Result<std::optional<ConversationRecord>> RecordCache::conversation(qint64 id)
{
    return cached(m_conversations, id, [&] { return ConversationStore(m_db).find(id); });
}

} // namespace parley::server
