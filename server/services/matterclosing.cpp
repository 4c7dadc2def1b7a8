// Closing a matter and a client cancelling.
#include "matterclosing.h"

#include "access/accesspolicy.h"
#include "audit/auditentries.h"
#include "audit/auditlog.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "common/serverevents.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "portal/portalstore.h"
#include "store/changelog.h"
#include "store/conversationstore.h"
#include "store/matterstore.h"
#include "store/portalevents.h"

namespace parley::server {

namespace {

const QString MatterClosedReason = QStringLiteral("matter_closed");
const QString ClientCancelledReason = QStringLiteral("client_cancelled");

} // namespace

MatterClosing::MatterClosing(QSqlDatabase db, AccessPolicy &policy, ServerEvents *events)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_events(events)
{ }

protocol::Result<protocol::Matter> MatterClosing::closeMatter(const Principal &who, qint64 matterId)
{
    if (auto allowed = m_policy.requireStaffOnMatter(who, matterId); !allowed)
        return allowed.error();
    return record(who, matterId, [&](qint64 now) -> protocol::Result<std::optional<Closing>> {
        auto changed = MatterStore(m_db).setStatus(matterId, QStringLiteral("closed"), now);
        if (!changed)
            return changed.error();
        auto conversations = ConversationStore(m_db).listForMatter(matterId);
        if (!conversations)
            return conversations.error();
        Closing closing { {}, MatterClosedReason,
            AuditEntry {
                who.firmId, matterId, QLatin1String(AuditAction::MatterClosed), who.userId() } };
        // A matter whose status already read "closed" (set by hand, or from before closing
        // existed) still has its open client conversations closed.
        for (const ConversationRecord &record : conversations.value()) {
            if (record.kind == QLatin1String("external") && !record.closed)
                closing.conversations.append(record.id);
        }
        if (!changed.value() && closing.conversations.isEmpty())
            return std::optional<Closing>();
        return std::optional<Closing>(closing);
    });
}

protocol::Result<protocol::Matter> MatterClosing::cancelClient(
    const Principal &who, qint64 matterId, qint64 userId)
{
    if (auto allowed = m_policy.requireStaffOnMatter(who, matterId); !allowed)
        return allowed.error();
    auto matter = MatterStore(m_db).load(matterId);
    if (!matter)
        return matter.error();
    auto party = std::find_if(matter->parties.cbegin(), matter->parties.cend(),
        [userId](const protocol::Party &p) { return p.userId == userId; });
    if (party == matter->parties.cend())
        return notFound(QStringLiteral("The party"));
    if (party->role == QLatin1String("other"))
        return protocol::Error::make(protocol::ErrorCode::Forbidden,
            QStringLiteral("Only a client of the matter can cancel with the firm."));
    return record(who, matterId, [&](qint64 now) -> protocol::Result<std::optional<Closing>> {
        auto changed = MatterStore(m_db).markCancelled(matterId, userId, now);
        if (!changed)
            return changed.error();
        if (!changed.value())
            return std::optional<Closing>();
        auto memberships = PortalStore(m_db).conversationsOf(userId);
        if (!memberships)
            return memberships.error();
        Closing closing { {}, ClientCancelledReason,
            AuditEntry { who.firmId, matterId, QLatin1String(AuditAction::ClientCancelled),
                who.userId(), std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                QJsonObject { { QStringLiteral("subject_id"), userId } } } };
        for (const PortalStore::Membership &membership : memberships.value()) {
            if (membership.matterId == matterId)
                closing.conversations.append(membership.conversationId);
        }
        return std::optional<Closing>(closing);
    });
}

protocol::Result<protocol::Matter> MatterClosing::record(const Principal &who, qint64 matterId,
    const std::function<protocol::Result<std::optional<Closing>>(qint64 now)> &change)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    // The time source of document versions and messages: a share in a closed conversation
    // shows the versions made before this moment.
    const qint64 now = nowMs();
    auto closing = change(now);
    if (!closing)
        return closing.error();
    if (closing.value()) {
        if (auto closed = closeConversations(
                who, matterId, closing.value()->conversations, closing.value()->reason, now);
            !closed)
            return closed.error();
        if (auto audited = AuditLog(m_db).append(closing.value()->audit, now); !audited)
            return audited.error();
        if (auto recorded
            = ChangeLog(m_db).record(who.firmId, QStringLiteral("matter"), matterId, matterId);
            !recorded)
            return recorded.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (closing.value()) {
        qCInfo(lcAuth) << "matter" << matterId << closing.value()->audit.action << "by"
                       << who.userId();
        if (m_events)
            Q_EMIT m_events->changesCommitted(who.firmId);
    }
    return MatterStore(m_db).load(matterId);
}

protocol::Result<void> MatterClosing::closeConversations(const Principal &who, qint64 matterId,
    const QList<qint64> &conversationIds, const QString &reason, qint64 now)
{
    ConversationStore conversations(m_db);
    AuditLog audit(m_db);
    for (qint64 conversationId : conversationIds) {
        auto staff = conversations.close(conversationId, reason, now);
        if (!staff)
            return staff.error();
        if (!staff.value())
            continue; // closed already
        for (qint64 member : *staff.value()) {
            if (auto audited
                = audit.append(AuditEntries::member(AuditAction::MemberRemoved, who.firmId,
                                   matterId, conversationId, who.userId(), member),
                    now);
                !audited)
                return audited.error();
        }
        if (auto audited = audit.append(
                AuditEntry { who.firmId, matterId, QLatin1String(AuditAction::ConversationClosed),
                    who.userId(), conversationId, std::nullopt, std::nullopt, std::nullopt,
                    QJsonObject { { QStringLiteral("reason"), reason } } },
                now);
            !audited)
            return audited.error();
        if (auto event = recordEvent(m_db, who.firmId, matterId, conversationId, who.userId(),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("conversation_closed") },
                    { QStringLiteral("actor_id"), who.userId() },
                    { QStringLiteral("reason"), reason } },
                now);
            !event)
            return event.error();
        if (auto change = ChangeLog(m_db).record(who.firmId, QStringLiteral("conversation"),
                conversationId, matterId, conversationId);
            !change)
            return change.error();
    }
    return {};
}

} // namespace parley::server
