// AutomationService: the firm's message templates and status rules, for its staff. A template's
// text is checked like a message (length) and for its placeholders; names are unique per firm.
// A template a live rule still posts cannot be deleted. Deleting is soft: rows stay.
#pragma once

#include "common/principal.h"
#include "protocol/limits.h"
#include "protocol/messagetemplate.h"
#include "protocol/result.h"

#include <QSqlDatabase>
#include <optional>

namespace parley::server {

// A partial change: only what is set changes.
struct TemplateChange
{
    std::optional<QString> name;
    std::optional<QString> body;
};

struct RuleChange
{
    std::optional<QString> status;
    std::optional<qint64> templateId;
    std::optional<QString> postAs;
    std::optional<bool> enabled;
};

class AutomationService
{
public:
    AutomationService(QSqlDatabase db, protocol::Limits limits);

    protocol::Result<QList<protocol::MessageTemplate>> templates(const Principal &who);
    protocol::Result<protocol::MessageTemplate> createTemplate(
        const Principal &who, const QString &name, const QString &body);
    protocol::Result<protocol::MessageTemplate> changeTemplate(
        const Principal &who, qint64 templateId, const TemplateChange &change);
    // conflict (naming the rules) while a live rule posts it. Gives the template as it was.
    protocol::Result<protocol::MessageTemplate> deleteTemplate(
        const Principal &who, qint64 templateId);

    protocol::Result<QList<protocol::StatusRule>> rules(const Principal &who);
    protocol::Result<protocol::StatusRule> createRule(
        const Principal &who, const protocol::StatusRule &rule);
    protocol::Result<protocol::StatusRule> changeRule(
        const Principal &who, qint64 ruleId, const RuleChange &change);
    // Gives the rule as it was.
    protocol::Result<protocol::StatusRule> deleteRule(const Principal &who, qint64 ruleId);

    // A status a matter may be given by hand or a rule may wait for: 1..60 characters once
    // trimmed, and not "closed" (closing a matter is its own action). Returns it trimmed.
    static protocol::Result<QString> checkStatus(const QString &status, const QString &field);

private:
    protocol::Result<void> checkTemplate(const QString &name, const QString &body) const;
    // The rule as it would be stored: status trimmed and allowed, template live in the firm.
    protocol::Result<protocol::StatusRule> checkRule(
        const Principal &who, protocol::StatusRule rule);
    protocol::Result<protocol::MessageTemplate> liveTemplate(
        const Principal &who, qint64 templateId);
    protocol::Result<protocol::StatusRule> liveRule(const Principal &who, qint64 ruleId);

    QSqlDatabase m_db;
    protocol::Limits m_limits;
};

} // namespace parley::server
