// Message templates and status rules.
#include "automationservice.h"

#include "common/errors.h"
#include "common/logcategories.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "store/statusrulestore.h"
#include "store/templatestore.h"

#include <QJsonArray>

namespace parley::server {

namespace {

const QString ClosedStatus = QStringLiteral("closed");

protocol::Error templateNotFound()
{
    return notFound(QStringLiteral("The template"));
}

protocol::Error ruleNotFound()
{
    return notFound(QStringLiteral("The rule"));
}

// Runs write in a write transaction and commits it.
template<typename T, typename Write>
protocol::Result<T> committed(const QSqlDatabase &db, Write write)
{
    Transaction transaction(db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    protocol::Result<T> result = write();
    if (!result)
        return result;
    if (auto done = transaction.commit(); !done)
        return done.error();
    return result;
}

} // namespace

AutomationService::AutomationService(QSqlDatabase db, protocol::Limits limits)
    : m_db(std::move(db))
    , m_limits(limits)
{ }

protocol::Result<QString> AutomationService::checkStatus(
    const QString &status, const QString &field)
{
    const QString trimmed = status.trimmed();
    if (trimmed.isEmpty())
        return invalidField(field, QStringLiteral("The status must not be empty."));
    if (auto length
        = protocol::Limits::checkTextLength(field, trimmed, protocol::StatusRule::StatusChars);
        !length)
        return length.error();
    if (trimmed.compare(ClosedStatus, Qt::CaseInsensitive) == 0)
        return invalidField(field,
            QStringLiteral("A matter is closed with Close Matter (POST /matters/{id}/close), "
                           "which also closes its client conversations."));
    return trimmed;
}

protocol::Result<void> AutomationService::checkTemplate(
    const QString &name, const QString &body) const
{
    if (name.isEmpty())
        return invalidField(QStringLiteral("name"), QStringLiteral("The name must not be empty."));
    if (auto length = protocol::Limits::checkTextLength(
            QStringLiteral("name"), name, protocol::MessageTemplate::NameChars);
        !length)
        return length;
    if (body.trimmed().isEmpty())
        return invalidField(QStringLiteral("body"), QStringLiteral("The text must not be empty."));
    if (auto length = m_limits.checkMessageBody(body); !length)
        return length;
    return protocol::TemplateText::check(body);
}

protocol::Result<protocol::MessageTemplate> AutomationService::liveTemplate(
    const Principal &who, qint64 templateId)
{
    if (!who.isStaff())
        return templateNotFound();
    auto found = TemplateStore(m_db).find(who.firmId, templateId);
    if (!found)
        return found.error();
    if (!found.value())
        return templateNotFound();
    return *found.value();
}

protocol::Result<protocol::StatusRule> AutomationService::liveRule(
    const Principal &who, qint64 ruleId)
{
    if (!who.isStaff())
        return ruleNotFound();
    auto found = StatusRuleStore(m_db).find(who.firmId, ruleId);
    if (!found)
        return found.error();
    if (!found.value())
        return ruleNotFound();
    return *found.value();
}

protocol::Result<QList<protocol::MessageTemplate>> AutomationService::templates(
    const Principal &who)
{
    if (!who.isStaff())
        return templateNotFound();
    return TemplateStore(m_db).list(who.firmId);
}

protocol::Result<protocol::MessageTemplate> AutomationService::createTemplate(
    const Principal &who, const QString &name, const QString &body)
{
    if (!who.isStaff())
        return templateNotFound();
    const QString trimmedName = name.trimmed();
    if (auto valid = checkTemplate(trimmedName, body); !valid)
        return valid.error();
    auto id = committed<qint64>(m_db, [&] {
        return TemplateStore(m_db).create(who.firmId, trimmedName, body, who.userId(), nowMs());
    });
    if (!id)
        return id.error();
    qCInfo(lcAutomation) << "template" << id.value() << "created by" << who.userId();
    return liveTemplate(who, id.value());
}

protocol::Result<protocol::MessageTemplate> AutomationService::changeTemplate(
    const Principal &who, qint64 templateId, const TemplateChange &change)
{
    auto current = liveTemplate(who, templateId);
    if (!current)
        return current;
    const QString name = change.name ? change.name->trimmed() : current->name;
    const QString body = change.body.value_or(current->body);
    if (auto valid = checkTemplate(name, body); !valid)
        return valid.error();
    auto updated = committed<bool>(m_db, [&]() -> protocol::Result<bool> {
        if (auto done = TemplateStore(m_db).update(templateId, name, body, nowMs()); !done)
            return done.error();
        return true;
    });
    if (!updated)
        return updated.error();
    return liveTemplate(who, templateId);
}

protocol::Result<protocol::MessageTemplate> AutomationService::deleteTemplate(
    const Principal &who, qint64 templateId)
{
    auto current = liveTemplate(who, templateId);
    if (!current)
        return current;
    auto deleted = committed<bool>(m_db, [&]() -> protocol::Result<bool> {
        // Under the write lock: a rule made meanwhile is seen here.
        auto rules = StatusRuleStore(m_db).usingTemplate(templateId);
        if (!rules)
            return rules.error();
        if (!rules->isEmpty()) {
            QJsonArray ids;
            for (qint64 rule : rules.value())
                ids.append(rule);
            return protocol::Error::make(protocol::ErrorCode::Conflict,
                QStringLiteral("A status rule still posts this template: change or delete the "
                               "rule first."),
                QJsonObject { { QStringLiteral("rule_ids"), ids } });
        }
        if (auto done = TemplateStore(m_db).markDeleted(templateId, nowMs()); !done)
            return done.error();
        return true;
    });
    if (!deleted)
        return deleted.error();
    return current;
}

protocol::Result<QList<protocol::StatusRule>> AutomationService::rules(const Principal &who)
{
    if (!who.isStaff())
        return ruleNotFound();
    return StatusRuleStore(m_db).list(who.firmId);
}

protocol::Result<protocol::StatusRule> AutomationService::checkRule(
    const Principal &who, protocol::StatusRule rule)
{
    auto status = checkStatus(rule.status, QStringLiteral("status"));
    if (!status)
        return status.error();
    rule.status = status.value();
    if (!protocol::StatusRule::postAsKinds().contains(rule.postAs))
        return invalidField(QStringLiteral("post_as"),
            QStringLiteral("A rule posts as \"status\" or \"message\"."));
    auto found = TemplateStore(m_db).find(who.firmId, rule.templateId);
    if (!found)
        return found.error();
    if (!found.value())
        return invalidField(
            QStringLiteral("template_id"), QStringLiteral("The firm has no such template."));
    return rule;
}

protocol::Result<protocol::StatusRule> AutomationService::createRule(
    const Principal &who, const protocol::StatusRule &rule)
{
    if (!who.isStaff())
        return ruleNotFound();
    auto id = committed<qint64>(m_db, [&]() -> protocol::Result<qint64> {
        auto checked = checkRule(who, rule);
        if (!checked)
            return checked.error();
        return StatusRuleStore(m_db).create(who.firmId, checked.value(), who.userId(), nowMs());
    });
    if (!id)
        return id.error();
    qCInfo(lcAutomation) << "status rule" << id.value() << "created by" << who.userId();
    return liveRule(who, id.value());
}

protocol::Result<protocol::StatusRule> AutomationService::changeRule(
    const Principal &who, qint64 ruleId, const RuleChange &change)
{
    auto current = liveRule(who, ruleId);
    if (!current)
        return current;
    protocol::StatusRule rule = current.value();
    rule.status = change.status.value_or(rule.status);
    rule.templateId = change.templateId.value_or(rule.templateId);
    rule.postAs = change.postAs.value_or(rule.postAs);
    rule.enabled = change.enabled.value_or(rule.enabled);
    auto updated = committed<bool>(m_db, [&]() -> protocol::Result<bool> {
        auto checked = checkRule(who, rule);
        if (!checked)
            return checked.error();
        if (auto done = StatusRuleStore(m_db).update(checked.value(), nowMs()); !done)
            return done.error();
        return true;
    });
    if (!updated)
        return updated.error();
    return liveRule(who, ruleId);
}

protocol::Result<protocol::StatusRule> AutomationService::deleteRule(
    const Principal &who, qint64 ruleId)
{
    auto current = liveRule(who, ruleId);
    if (!current)
        return current;
    auto deleted = committed<bool>(m_db, [&]() -> protocol::Result<bool> {
        if (auto done = StatusRuleStore(m_db).markDeleted(ruleId, nowMs()); !done)
            return done.error();
        return true;
    });
    if (!deleted)
        return deleted.error();
    return current;
}

} // namespace parley::server
