// Members joining a conversation.
#include "conversationmembers.h"

#include "audit/auditentries.h"
#include "store/changelog.h"
#include "store/conversationstore.h"
#include "store/portalevents.h"
#include "store/userstore.h"

namespace parley::server {

ConversationMembers::ConversationMembers(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<void> ConversationMembers::join(const Principal &who,
    std::optional<qint64> matterId, qint64 conversationId, const QList<qint64> &userIds, qint64 now)
{
    ConversationStore conversations(m_db);
    AuditLog audit(m_db);
    for (qint64 userId : userIds) {
        if (auto added = conversations.addMember(conversationId, userId, now); !added)
            return added;
        if (auto audited = audit.append(AuditEntries::member(AuditAction::MemberAdded, who.firmId,
                                            matterId, conversationId, who.userId(), userId),
                now);
            !audited)
            return audited.error();
    }
    if (auto change = ChangeLog(m_db).record(
            who.firmId, QStringLiteral("conversation"), conversationId, matterId, conversationId);
        !change)
        return change.error();
    // Portal events after the conversation's own change, so sync delivers the conversation
    // first.
    UserStore users(m_db);
    for (qint64 userId : userIds) {
        auto user = users.find(userId);
        if (!user)
            return user.error();
        if (!user.value() || user.value()->user.isStaff())
            continue;
        auto recorded = recordEvent(m_db, who.firmId, matterId, conversationId, who.userId(),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("participant_added") },
                { QStringLiteral("actor_id"), who.userId() },
                { QStringLiteral("subject_id"), userId } },
            now);
        if (!recorded)
            return recorded.error();
    }
    return {};
}

QList<qint64> ConversationMembers::spousesJoining(
    const protocol::Matter &matter, const QList<qint64> &memberIds)
{
    if (!matter.messageSpouse || matter.clientKind != QLatin1String("individual"))
        return {};
    const bool withClient = std::any_of(
        matter.parties.cbegin(), matter.parties.cend(), [&](const protocol::Party &p) {
            return p.role == QLatin1String("client") && memberIds.contains(p.userId);
        });
    if (!withClient)
        return {};
    QList<qint64> spouses;
    for (const protocol::Party &party : matter.parties) {
        if (party.role == QLatin1String("spouse") && !party.cancelledAt.isValid()
            && !memberIds.contains(party.userId))
            spouses.append(party.userId);
    }
    return spouses;
}

} // namespace parley::server
