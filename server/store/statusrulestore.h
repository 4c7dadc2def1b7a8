// StatusRuleStore: the firm's status rules (soft-deleted), each status change of a matter
// (status_transitions) and what a rule posted for one (rule_runs: once per rule, transition and
// conversation, by their primary key).
#pragma once

#include "protocol/messagetemplate.h"
#include "protocol/result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct NewStatusTransition
{
    qint64 matterId = 0;
    QString fromStatus;
    QString toStatus;
    qint64 actorId = 0;
    qint64 atMs = 0;
};

class StatusRuleStore
{
public:
    explicit StatusRuleStore(QSqlDatabase db);

    protocol::Result<qint64> create(
        qint64 firmId, const protocol::StatusRule &rule, qint64 createdBy, qint64 atMs);
    protocol::Result<void> update(const protocol::StatusRule &rule, qint64 atMs);
    protocol::Result<void> markDeleted(qint64 id, qint64 atMs);
    // A live (not deleted) rule of the firm.
    protocol::Result<std::optional<protocol::StatusRule>> find(qint64 firmId, qint64 id);
    // The firm's live rules by status, then id.
    protocol::Result<QList<protocol::StatusRule>> list(qint64 firmId);
    // The live rules that post this template.
    protocol::Result<QList<qint64>> usingTemplate(qint64 templateId);

    protocol::Result<qint64> recordTransition(const NewStatusTransition &transition);
    // false when the rule already posted for this transition into this conversation.
    protocol::Result<bool> recordRun(
        qint64 ruleId, qint64 transitionId, qint64 conversationId, qint64 messageId, qint64 atMs);

private:
    protocol::Result<QList<protocol::StatusRule>> select(
        const QString &condition, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace parley::server
