// Reading matters through the access policy.
#include "matterservice.h"

#include "access/accesspolicy.h"
#include "common/errors.h"
#include "store/documentstore.h"
#include "store/matterstore.h"
#include "store/messagestore.h"

namespace parley::server {

MatterService::MatterService(QSqlDatabase db, AccessPolicy &policy)
    : m_db(std::move(db))
    , m_policy(policy)
{ }

protocol::Result<QList<protocol::Matter>> MatterService::list(const Principal &who)
{
    MatterStore store(m_db);
    auto records = store.list(who.firmId);
    if (!records)
        return records.error();
    QList<protocol::Matter> matters;
    for (const MatterRecord &record : records.value()) {
        auto visible = m_policy.canSeeMatter(who, record);
        if (!visible)
            return visible.error();
        if (!visible.value())
            continue;
        auto matter = store.load(record.id);
        if (!matter)
            return matter.error();
        matters.append(std::move(matter).value());
    }
    return matters;
}

protocol::Result<protocol::Matter> MatterService::get(const Principal &who, qint64 matterId)
{
    auto visible = m_policy.canSeeMatter(who, matterId);
    if (!visible)
        return visible.error();
    if (!visible.value())
        return notFound(QStringLiteral("The matter"));
    return MatterStore(m_db).load(matterId);
}

protocol::Result<QList<protocol::Document>> MatterService::documents(
    const Principal &who, qint64 matterId)
{
    // Clients see files only as they are sent or shared to them, never the matter's list.
    if (auto allowed = m_policy.requireStaffOnMatter(who, matterId); !allowed)
        return allowed.error();
    return DocumentStore(m_db).listForMatter(matterId);
}

protocol::Result<QList<protocol::Message>> MatterService::messageFiles(
    const Principal &who, qint64 matterId, int limit)
{
    if (auto allowed = m_policy.requireStaffOnMatter(who, matterId); !allowed)
        return allowed.error();
    auto messages = MessageStore(m_db).withFiles(matterId, limit);
    if (!messages)
        return messages.error();
    // Direct messages stay private to their members, here as everywhere.
    QHash<qint64, bool> seen;
    QList<protocol::Message> shown;
    for (protocol::Message &message : messages.value()) {
        auto known = seen.constFind(message.conversationId);
        if (known == seen.constEnd()) {
            auto may = m_policy.canSeeConversation(who, message.conversationId);
            if (!may)
                return may.error();
            known = seen.insert(message.conversationId, may.value());
        }
        if (known.value())
            shown.append(std::move(message));
    }
    return shown;
}

} // namespace parley::server
