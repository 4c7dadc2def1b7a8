// Memoised visibility for one request.
#include "visibilitycache.h"

#include "common/memoised.h"

namespace parley::server {

VisibilityCache::VisibilityCache(AccessPolicy &policy, const Principal &who)
    : m_policy(policy)
    , m_who(who)
{ }

protocol::Result<bool> VisibilityCache::matter(qint64 matterId)
{
    return memoised(m_matters, matterId, [&] { return m_policy.canSeeMatter(m_who, matterId); });
}

protocol::Result<bool> VisibilityCache::conversation(qint64 conversationId)
{
    return memoised(m_conversations, conversationId,
        [&] { return m_policy.canSeeConversation(m_who, conversationId); });
}

protocol::Result<bool> VisibilityCache::change(const ChangeRecord &change)
{
    if (change.firmId != m_who.firmId)
        return false;
    if (change.type == QLatin1String("user"))
        return m_who.isStaff() || change.entityId == m_who.userId();
    if (change.type == QLatin1String("matter"))
        return matter(change.entityId);
    if (change.type == QLatin1String("conversation")) {
        auto visible = conversation(change.entityId);
        if (!visible || visible.value())
            return visible;
        return m_policy.canSeeConversationRecord(m_who, change.entityId);
    }
    if (change.conversationId)
        return conversation(*change.conversationId);
    return false;
}

} // namespace parley::server
