// A matter's settings.
#include "mattersettings.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "common/serverevents.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "services/conversationmembers.h"
#include "store/changelog.h"
#include "store/conversationstore.h"
#include "store/matterstore.h"

namespace parley::server {

MatterSettings::MatterSettings(QSqlDatabase db, AccessPolicy &policy, ServerEvents *events)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_events(events)
{ }

protocol::Result<protocol::Matter> MatterSettings::setMessageSpouse(
    const Principal &who, qint64 matterId, bool on)
{
    if (auto allowed = m_policy.requireStaffOnMatter(who, matterId); !allowed)
        return allowed.error();

    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    MatterStore matters(m_db);
    auto matter = matters.load(matterId);
    if (!matter)
        return matter;
    if (matter->clientKind != QLatin1String("individual"))
        return invalidField(QStringLiteral("message_spouse"),
            QStringLiteral("The client of this matter is an organization: it has no spouse to "
                           "message."));
    const qint64 now = nowMs();
    auto changed = matters.setMessageSpouse(matterId, on, now);
    if (!changed)
        return changed.error();
    if (!changed.value())
        return matter; // as it was: nothing changes
    if (auto change
        = ChangeLog(m_db).record(who.firmId, QStringLiteral("matter"), matterId, matterId);
        !change)
        return change.error();
    if (auto audited = AuditLog(m_db).append(
            AuditEntry { who.firmId, matterId, QLatin1String(AuditAction::MatterSettingsChanged),
                who.userId(), std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                QJsonObject { { QStringLiteral("message_spouse"), on } } },
            now);
        !audited)
        return audited.error();
    int added = 0;
    if (on) {
        matter->messageSpouse = true;
        auto spouses = addSpouses(who, matter.value(), now);
        if (!spouses)
            return spouses.error();
        added = spouses.value();
    }
    auto updated = matters.load(matterId);
    if (!updated)
        return updated;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAutomation) << "matter" << matterId << "message_spouse" << on << "by" << who.userId()
                         << ";" << added << "memberships began";
    if (m_events)
        Q_EMIT m_events->changesCommitted(who.firmId);
    return updated;
}

protocol::Result<int> MatterSettings::addSpouses(
    const Principal &who, const protocol::Matter &matter, qint64 now)
{
    ConversationStore conversations(m_db);
    auto records = conversations.listForMatter(matter.id);
    if (!records)
        return records.error();
    ConversationMembers members(m_db);
    int added = 0;
    for (const ConversationRecord &record : records.value()) {
        if (record.kind != QLatin1String("external") || record.closed)
            continue;
        auto conversation = conversations.load(record.id);
        if (!conversation)
            return conversation.error();
        QList<qint64> active;
        QList<qint64> everMember;
        for (const protocol::Member &member : conversation->members) {
            everMember.append(member.userId);
            if (member.isActive())
                active.append(member.userId);
        }
        QList<qint64> joining;
        for (qint64 spouse : ConversationMembers::spousesJoining(matter, active)) {
            if (!everMember.contains(spouse))
                joining.append(spouse);
        }
        if (joining.isEmpty())
            continue;
        if (auto joined = members.join(who, matter.id, record.id, joining, now); !joined)
            return joined.error();
        added += int(joining.size());
    }
    return added;
}

} // namespace parley::server
