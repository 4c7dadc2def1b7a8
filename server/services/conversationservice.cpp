// Creating and reading conversations.
#include "conversationservice.h"

#include "access/accesspolicy.h"
#include "audit/auditentries.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "common/serverevents.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "protocol/smsrule.h"
#include "services/conversationmembers.h"
#include "store/changelog.h"
#include "store/conversationstore.h"
#include "store/matterstore.h"
#include "store/portalevents.h"
#include "store/userstore.h"

namespace parley::server {

ConversationService::ConversationService(
    QSqlDatabase db, AccessPolicy &policy, ServerEvents *events)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_events(events)
{ }

// The SMS rule: SMS only to domestic numbers of a client who has an email address.
protocol::Result<void> ConversationService::checkSms(
    const protocol::User &client, const QString &field)
{
    QString reason;
    switch (protocol::smsEligibility(client.email, client.phone)) {
    case protocol::SmsEligibility::Allowed:
        return {};
    case protocol::SmsEligibility::NoEmail:
        reason = QStringLiteral("the client has no email address");
        break;
    case protocol::SmsEligibility::NoPhone:
        reason = QStringLiteral("the client has no mobile number");
        break;
    case protocol::SmsEligibility::ForeignPhone:
        reason = QStringLiteral("the client's mobile number is not a domestic one");
        break;
    }
    return protocol::Error::make(protocol::ErrorCode::SmsNotAllowed,
        QStringLiteral(
            "SMS goes only to domestic numbers of a client who has an email address: %1.")
            .arg(reason),
        QJsonObject { { QStringLiteral("field"), field },
            { QStringLiteral("rule"), QStringLiteral("sms_domestic_client_with_email") },
            { QStringLiteral("user_id"), client.id } });
}

protocol::Result<void> ConversationService::checkMembers(
    const Principal &who, const protocol::NewConversation &request)
{
    UserStore users(m_db);
    MatterStore matters(m_db);
    const bool external = request.kind == QLatin1String("external");
    for (qsizetype i = 0; i < request.memberIds.size(); ++i) {
        const QString field = QStringLiteral("member_ids[%1]").arg(i);
        auto user = users.find(request.memberIds.at(i));
        if (!user)
            return user.error();
        if (!user.value() || user.value()->firmId != who.firmId)
            return invalidField(field, QStringLiteral("No such user in this firm."));
        if (user.value()->user.isStaff())
            continue;
        // Clients only ever join their own matter's portal thread.
        if (!external)
            return invalidField(field,
                QStringLiteral("Only staff can be members of %1 conversations.").arg(request.kind));
        auto party = matters.isParty(*request.matterId, request.memberIds.at(i));
        if (!party)
            return party.error();
        if (!party.value())
            return invalidField(field, QStringLiteral("This client is not a party to the matter."));
        if (request.sms) {
            if (auto sms = checkSms(user.value()->user, field); !sms)
                return sms;
        }
    }
    return {};
}

protocol::Result<QList<qint64>> ConversationService::checkOpenForClients(
    const protocol::NewConversation &request)
{
    if (request.kind != QLatin1String("external") || !request.matterId)
        return QList<qint64>();
    auto matter = MatterStore(m_db).load(*request.matterId);
    if (!matter)
        return matter.error();
    if (matter->status == QLatin1String("closed"))
        return protocol::Error::make(protocol::ErrorCode::MatterClosed,
            QStringLiteral("The matter is closed: it can have no new client conversations."));
    for (qsizetype i = 0; i < request.memberIds.size(); ++i) {
        for (const protocol::Party &party : matter->parties) {
            if (party.userId == request.memberIds.at(i) && party.cancelledAt.isValid())
                return invalidField(QStringLiteral("member_ids[%1]").arg(i),
                    QStringLiteral("This client has cancelled with the firm."));
        }
    }
    return ConversationMembers::spousesJoining(matter.value(), request.memberIds);
}

protocol::Result<protocol::Conversation> ConversationService::create(
    const Principal &who, const protocol::NewConversation &request, const protocol::Limits &limits)
{
    if (auto valid = request.validate(limits); !valid)
        return valid.error();
    if (!who.isStaff())
        return protocol::Error::make(
            protocol::ErrorCode::Forbidden, QStringLiteral("Only staff can start conversations."));
    if (request.matterId) {
        auto visible = m_policy.canSeeMatter(who, *request.matterId);
        if (!visible)
            return visible.error();
        if (!visible.value()) {
            protocol::Error error = notFound(QStringLiteral("The matter"));
            error.details.insert(QStringLiteral("field"), QStringLiteral("matter_id"));
            return error;
        }
    }
    if (auto members = checkMembers(who, request); !members)
        return members.error();

    Transaction transaction(m_db);
    if (auto status = transaction.status(); !status)
        return status.error();
    // Under the write lock, so a matter closing meanwhile cannot slip in between.
    auto spouses = checkOpenForClients(request);
    if (!spouses)
        return spouses.error();
    const qint64 now = nowMs();
    ConversationStore conversations(m_db);
    auto id
        = conversations.create(NewConversationRecord { who.firmId, request.matterId, request.kind,
            request.title.trimmed(), request.requireMfa, request.sms, who.userId(), now });
    if (!id)
        return id.error();
    QList<qint64> members { who.userId() };
    members.append(request.memberIds);
    members.append(spouses.value());
    if (auto joined
        = ConversationMembers(m_db).join(who, request.matterId, id.value(), members, now);
        !joined)
        return joined.error();
    auto conversation = conversations.load(id.value());
    if (!conversation)
        return conversation.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (m_events)
        Q_EMIT m_events->changesCommitted(who.firmId);
    return conversation;
}

protocol::Result<protocol::Conversation> ConversationService::get(
    const Principal &who, qint64 conversationId)
{
    auto visible = m_policy.canSeeConversation(who, conversationId);
    if (!visible)
        return visible.error();
    if (!visible.value())
        return notFound(QStringLiteral("The conversation"));
    return ConversationStore(m_db).load(conversationId);
}

protocol::Result<QList<protocol::Conversation>> ConversationService::listForMatter(
    const Principal &who, qint64 matterId)
{
    auto visibleMatter = m_policy.canSeeMatter(who, matterId);
    if (!visibleMatter)
        return visibleMatter.error();
    if (!visibleMatter.value())
        return notFound(QStringLiteral("The matter"));
    ConversationStore store(m_db);
    auto records = store.listForMatter(matterId);
    if (!records)
        return records.error();
    QList<protocol::Conversation> result;
    for (const ConversationRecord &record : records.value()) {
        auto visible = m_policy.canSeeConversation(who, record);
        if (!visible)
            return visible.error();
        if (!visible.value())
            continue;
        auto conversation = store.load(record.id);
        if (!conversation)
            return conversation.error();
        result.append(std::move(conversation).value());
    }
    return result;
}

protocol::Result<protocol::Conversation> ConversationService::removeMember(
    const Principal &who, qint64 conversationId, qint64 userId)
{
    ConversationStore conversations(m_db);
    auto record = m_policy.visibleConversation(who, conversationId);
    if (!record)
        return record.error();
    if (!who.isStaff())
        return protocol::Error::make(protocol::ErrorCode::Forbidden,
            QStringLiteral("Only the firm's staff can remove participants."));
    // Staff see a matter's conversations through the matter, not their membership: taking
    // them off the matter's access list is what removes them there.
    if (record->kind != QLatin1String("direct")) {
        auto user = UserStore(m_db).find(userId);
        if (!user)
            return user.error();
        if (user.value() && user.value()->user.isStaff())
            return protocol::Error::make(protocol::ErrorCode::Forbidden,
                QStringLiteral("Firm staff see every conversation of a matter they work on; "
                               "restrict the matter to keep someone out."));
    }

    Transaction transaction(m_db);
    if (auto status = transaction.status(); !status)
        return status.error();
    const qint64 now = nowMs();
    auto removed = conversations.removeMember(conversationId, userId, now);
    if (!removed)
        return removed.error();
    if (!removed.value())
        return notFound(QStringLiteral("The participant"));
    const std::optional<qint64> matterId = record->matterId;
    if (auto change = ChangeLog(m_db).record(
            who.firmId, QStringLiteral("conversation"), conversationId, matterId, conversationId);
        !change)
        return change.error();
    if (auto event = recordEvent(m_db, who.firmId, matterId, conversationId, who.userId(),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("participant_removed") },
                { QStringLiteral("actor_id"), who.userId() },
                { QStringLiteral("subject_id"), userId } },
            now);
        !event)
        return event.error();
    if (auto audited
        = AuditLog(m_db).append(AuditEntries::member(AuditAction::MemberRemoved, who.firmId,
                                    matterId, conversationId, who.userId(), userId),
            now);
        !audited)
        return audited.error();
    auto conversation = conversations.load(conversationId);
    if (!conversation)
        return conversation.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAuth) << "user" << userId << "removed from conversation" << conversationId << "by"
                   << who.userId();
    if (m_events) {
        Q_EMIT m_events->changesCommitted(who.firmId);
        Q_EMIT m_events->accessRemoved(userId);
    }
    return conversation;
}

} // namespace parley::server
