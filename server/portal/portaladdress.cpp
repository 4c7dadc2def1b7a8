// Choosing a client's portal address.
#include "portaladdress.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "common/serverevents.h"
#include "db/transaction.h"
#include "portalstore.h"
#include "store/changelog.h"
#include "store/contactemailstore.h"
#include "store/matterstore.h"
#include "store/portalevents.h"
#include "store/userstore.h"

#include <QJsonObject>

namespace parley::server {

PortalAddress::PortalAddress(
    QSqlDatabase db, const Clock &clock, AccessPolicy &policy, ServerEvents *events)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_policy(policy)
    , m_events(events)
{ }

protocol::Result<void> PortalAddress::checkEmail(const QString &email)
{
    if (email.size() > MaxEmailLength)
        return protocol::Error::limit(protocol::ErrorCode::InvalidField,
            QStringLiteral("An email address has at most %1 characters.").arg(MaxEmailLength),
            MaxEmailLength, email.size());
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const bool oneAt = at > 0 && at == email.lastIndexOf(QLatin1Char('@'));
    const QString domain = email.mid(at + 1);
    const bool dottedDomain = domain.contains(QLatin1Char('.'))
        && !domain.startsWith(QLatin1Char('.')) && !domain.endsWith(QLatin1Char('.'));
    // One mailbox, nothing a mail header could read as a second one or a display name.
    const bool plain = std::none_of(email.cbegin(), email.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control
            || QStringLiteral(",;<>\"()[]\\").contains(c);
    });
    if (!oneAt || !dottedDomain || !plain)
        return invalidField(QStringLiteral("email"),
            QStringLiteral("Enter one email address, like name@example.com."));
    return {};
}

protocol::Result<protocol::Matter> PortalAddress::choose(
    const Principal &who, qint64 matterId, qint64 userId, const QString &requested)
{
    if (auto allowed = m_policy.requireStaffOnMatter(who, matterId); !allowed)
        return allowed.error();
    MatterStore matters(m_db);
    auto party = matters.isParty(matterId, userId);
    if (!party)
        return party.error();
    if (!party.value())
        return notFound(QStringLiteral("The party"));
    // The address opens every conversation the client has: only someone who may see all of
    // the client's matters may change it (a restricted matter's client stays out of reach).
    auto clientMatters = PortalStore(m_db).mattersOf(userId);
    if (!clientMatters)
        return clientMatters.error();
    for (qint64 other : clientMatters.value()) {
        auto visible = m_policy.canSeeMatter(who, other);
        if (!visible)
            return visible.error();
        if (!visible.value())
            return protocol::Error::make(protocol::ErrorCode::Forbidden,
                QStringLiteral("You cannot change this client's portal address: ask a colleague "
                               "who works on all of the client's matters."));
    }
    const QString email = requested.trimmed();
    if (auto valid = checkEmail(email); !valid)
        return valid.error();

    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    ContactEmailStore addresses(m_db);
    auto current = addresses.portalEmail(userId);
    if (!current)
        return current.error();
    if (current->compare(email, Qt::CaseInsensitive) != 0) {
        auto owner = addresses.owner(email);
        if (!owner)
            return owner.error();
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        if (owner.value() && *owner.value() != userId)
            return protocol::Error::make(protocol::ErrorCode::Conflict,
                QStringLiteral("Another contact has this email address."),
                QJsonObject { { QStringLiteral("field"), QStringLiteral("email") } });
        if (!owner.value()) {
            if (auto added = addresses.add(userId, email, who.userId(), now); !added)
                return added.error();
        }
        auto user = UserStore(m_db).find(userId);
        if (!user)
            return user.error();
        const bool primary
            = user.value() && user.value()->user.email.compare(email, Qt::CaseInsensitive) == 0;
        if (auto set = addresses.setPortalEmail(
                userId, primary ? std::nullopt : std::optional<QString>(email));
            !set)
            return set.error();
        if (auto recorded = recordChange(who, userId, now); !recorded)
            return recorded.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (m_events)
        Q_EMIT m_events->changesCommitted(who.firmId);
    return matters.load(matterId);
}

protocol::Result<void> PortalAddress::recordChange(const Principal &who, qint64 userId, qint64 now)
{
    PortalStore portal(m_db);
    auto ended = portal.endAccess(userId, now);
    if (!ended)
        return ended.error();
    ChangeLog changes(m_db);
    auto matterIds = portal.mattersOf(userId);
    if (!matterIds)
        return matterIds.error();
    for (qint64 matterId : matterIds.value()) {
        if (auto change = changes.record(who.firmId, QStringLiteral("matter"), matterId, matterId);
            !change)
            return change.error();
    }
    if (auto audited = AuditLog(m_db).append(
            AuditEntry { who.firmId, std::nullopt, QLatin1String(AuditAction::PortalEmailChanged),
                who.userId(), std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                QJsonObject { { QStringLiteral("subject_id"), userId },
                    { QStringLiteral("sessions_ended"), ended.value() } } },
            now);
        !audited)
        return audited.error();
    auto conversations = portal.conversationsOf(userId);
    if (!conversations)
        return conversations.error();
    const QJsonObject event { { QStringLiteral("type"), QStringLiteral("email_changed") },
        { QStringLiteral("actor_id"), who.userId() }, { QStringLiteral("subject_id"), userId } };
    for (const PortalStore::Membership &member : conversations.value()) {
        if (auto recorded = recordEvent(
                m_db, who.firmId, member.matterId, member.conversationId, who.userId(), event, now);
            !recorded)
            return recorded.error();
    }
    qCInfo(lcAuth) << "portal address of contact" << userId << "changed by" << who.userId() << ";"
                   << ended.value() << "portal sessions ended";
    return {};
}

} // namespace parley::server
