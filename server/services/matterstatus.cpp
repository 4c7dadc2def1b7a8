// A matter's status and the rules it sets off.
#include "matterstatus.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "common/serverevents.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "services/automationservice.h"
#include "services/messageservice.h"
#include "store/changelog.h"
#include "store/conversationstore.h"
#include "store/firmstore.h"
#include "store/matterstore.h"
#include "store/statusrulestore.h"
#include "store/templatestore.h"

namespace parley::server {

namespace {

bool sameStatus(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// At most maxChars code points, never ending in half a surrogate pair.
QString clipped(QString text, qint64 maxChars)
{
    if (protocol::characterCount(text) <= maxChars)
        return text;
    text.truncate(maxChars);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    return text;
}

} // namespace

MatterStatus::MatterStatus(QSqlDatabase db, AccessPolicy &policy, MessageService &messages,
    ServerEvents *events, protocol::Limits limits)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_messages(messages)
    , m_events(events)
    , m_limits(limits)
{ }

protocol::Result<protocol::Matter> MatterStatus::setStatus(
    const Principal &who, qint64 matterId, const QString &status)
{
    if (auto allowed = m_policy.requireStaffOnMatter(who, matterId); !allowed)
        return allowed.error();
    auto wanted = AutomationService::checkStatus(status, QStringLiteral("status"));
    if (!wanted)
        return wanted.error();

    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    // Read under the write lock: a closing or another change meanwhile is seen here.
    MatterStore matters(m_db);
    auto matter = matters.load(matterId);
    if (!matter)
        return matter;
    if (sameStatus(matter->status, QStringLiteral("closed")))
        return protocol::Error::make(protocol::ErrorCode::MatterClosed,
            QStringLiteral("The matter is closed: its status no longer changes."));
    if (sameStatus(matter->status, wanted.value()))
        return matter; // no transition: nothing changes, no rule runs
    const qint64 now = nowMs();
    if (auto set = matters.setStatus(matterId, wanted.value(), now); !set)
        return set.error();
    if (auto change
        = ChangeLog(m_db).record(who.firmId, QStringLiteral("matter"), matterId, matterId);
        !change)
        return change.error();
    auto transition = StatusRuleStore(m_db).recordTransition(
        NewStatusTransition { matterId, matter->status, wanted.value(), who.userId(), now });
    if (!transition)
        return transition.error();
    if (auto audited = AuditLog(m_db).append(
            AuditEntry { who.firmId, matterId, QLatin1String(AuditAction::MatterStatusChanged),
                who.userId(), std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                QJsonObject { { QStringLiteral("from"), matter->status },
                    { QStringLiteral("to"), wanted.value() },
                    { QStringLiteral("transition_id"), transition.value() } } },
            now);
        !audited)
        return audited.error();
    matter->status = wanted.value();
    auto posted = runRules(who, matter.value(), transition.value(), now);
    if (!posted)
        return posted.error();
    auto updated = matters.load(matterId);
    if (!updated)
        return updated;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAutomation) << "matter" << matterId << "status changed by" << who.userId()
                         << "(transition" << transition.value() << ");" << posted.value()
                         << "messages posted by rules";
    if (m_events)
        Q_EMIT m_events->changesCommitted(who.firmId);
    return updated;
}

protocol::Result<int> MatterStatus::runRules(
    const Principal &who, const protocol::Matter &matter, qint64 transitionId, qint64 now)
{
    StatusRuleStore rules(m_db);
    auto all = rules.list(who.firmId);
    if (!all)
        return all.error();
    QList<protocol::StatusRule> due;
    for (const protocol::StatusRule &rule : all.value()) {
        if (rule.enabled && sameStatus(rule.status, matter.status))
            due.append(rule);
    }
    if (due.isEmpty())
        return 0;
    auto conversations = ConversationStore(m_db).listForMatter(matter.id);
    if (!conversations)
        return conversations.error();
    auto firm = FirmStore(m_db).find(who.firmId);
    if (!firm)
        return firm.error();
    const QString firmName = firm.value() ? firm.value()->name : QString();
    int posted = 0;
    for (const protocol::StatusRule &rule : std::as_const(due)) {
        auto messageTemplate = TemplateStore(m_db).find(who.firmId, rule.templateId);
        if (!messageTemplate)
            return messageTemplate.error();
        if (!messageTemplate.value())
            continue; // a rule's template cannot be deleted; nothing to post if it were
        for (const ConversationRecord &conversation : conversations.value()) {
            if (conversation.kind != QLatin1String("external") || conversation.closed)
                continue;
            auto body = render(*messageTemplate.value(), matter, conversation.id, firmName);
            if (!body)
                return body.error();
            // One key per rule, transition and conversation: the sender's keys are unique.
            const QString txn = QStringLiteral("rule:%1:%2:%3")
                                    .arg(rule.id)
                                    .arg(transitionId)
                                    .arg(conversation.id);
            const QString kind = rule.postAs == QLatin1String("status") ? QStringLiteral("status")
                                                                        : QStringLiteral("text");
            auto message = m_messages.storeWithin(who, conversation,
                NewMessageRecord { conversation.id, who.userId(), kind, body.value(), txn,
                    QStringLiteral("app"), {}, now },
                {});
            if (!message)
                return message.error();
            auto run
                = rules.recordRun(rule.id, transitionId, conversation.id, message.value(), now);
            if (!run)
                return run.error();
            if (!run.value())
                return internalError(); // cannot happen: the transition is new
            ++posted;
        }
    }
    return posted;
}

protocol::Result<QString> MatterStatus::render(const protocol::MessageTemplate &messageTemplate,
    const protocol::Matter &matter, qint64 conversationId, const QString &firmName) const
{
    auto conversation = ConversationStore(m_db).load(conversationId);
    if (!conversation)
        return conversation.error();
    // The conversation's clients in the matter's order of parties (client, spouse, other).
    QStringList clients;
    for (const protocol::Party &party : matter.parties) {
        const bool member = std::any_of(conversation->members.cbegin(),
            conversation->members.cend(), [&party](const protocol::Member &m) {
                return m.userId == party.userId && m.isActive();
            });
        if (member)
            clients.append(party.name);
    }
    const QHash<QString, QString> values {
        { QStringLiteral("client_name"),
            clients.isEmpty() ? matter.clientName() : clients.join(QStringLiteral(" and ")) },
        { QStringLiteral("matter_number"), matter.number },
        { QStringLiteral("matter_title"), matter.title },
        { QStringLiteral("status"), matter.status },
        { QStringLiteral("firm_name"), firmName },
    };
    return clipped(
        protocol::TemplateText::render(messageTemplate.body, values), m_limits.messageChars);
}

} // namespace parley::server
