// VisibilityCache: AccessPolicy answers memoised for one request or push, so a batch of
// changes asks the database once per matter and conversation, not once per change.
#pragma once

#include "accesspolicy.h"

#include <QHash>

namespace parley::server {

class VisibilityCache
{
public:
    VisibilityCache(AccessPolicy &policy, const Principal &who);

    protocol::Result<bool> matter(qint64 matterId);
    protocol::Result<bool> conversation(qint64 conversationId);
    protocol::Result<bool> change(const ChangeRecord &change);

private:
    AccessPolicy &m_policy;
    const Principal &m_who;
    QHash<qint64, bool> m_matters;
    QHash<qint64, bool> m_conversations;
};

} // namespace parley::server
