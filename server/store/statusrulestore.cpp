// Status rule, status transition and rule run rows.
#include "statusrulestore.h"

#include "db/sqlquery.h"

namespace parley::server {

StatusRuleStore::StatusRuleStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> StatusRuleStore::create(
    qint64 firmId, const protocol::StatusRule &rule, qint64 createdBy, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO status_rules (firm_id, status, template_id, post_as, enabled,"
                       " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id"));
    query.bind(firmId).bindText(rule.status).bind(rule.templateId).bindText(rule.postAs);
    query.bind(rule.enabled ? 1 : 0).bind(createdBy).bind(atMs).bind(atMs);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.insertedId();
}

protocol::Result<void> StatusRuleStore::update(const protocol::StatusRule &rule, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE status_rules SET status = ?, template_id = ?, post_as = ?,"
                       " enabled = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    query.bindText(rule.status).bind(rule.templateId).bindText(rule.postAs);
    query.bind(rule.enabled ? 1 : 0).bind(atMs).bind(rule.id);
    return query.exec();
}

protocol::Result<void> StatusRuleStore::markDeleted(qint64 id, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE status_rules SET deleted_at = ?, updated_at = ?"
                       " WHERE id = ? AND deleted_at IS NULL"));
    query.bind(atMs).bind(atMs).bind(id);
    return query.exec();
}

protocol::Result<std::optional<protocol::StatusRule>> StatusRuleStore::find(
    qint64 firmId, qint64 id)
{
    auto found = select(QStringLiteral("firm_id = ? AND id = ?"), { firmId, id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<protocol::StatusRule>();
    return std::optional<protocol::StatusRule>(found->first());
}

protocol::Result<QList<protocol::StatusRule>> StatusRuleStore::list(qint64 firmId)
{
    return select(QStringLiteral("firm_id = ?"), { firmId });
}

protocol::Result<QList<qint64>> StatusRuleStore::usingTemplate(qint64 templateId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id FROM status_rules WHERE template_id = ? AND deleted_at IS NULL"
                       " ORDER BY id"));
    query.bind(templateId);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<qint64> rules;
    while (query.next())
        rules.append(query.integer(0));
    return rules;
}

protocol::Result<qint64> StatusRuleStore::recordTransition(const NewStatusTransition &transition)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO status_transitions (matter_id, from_status, to_status,"
                       " actor_id, at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    query.bind(transition.matterId).bindText(transition.fromStatus).bindText(transition.toStatus);
    query.bind(transition.actorId).bind(transition.atMs);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.insertedId();
}

protocol::Result<bool> StatusRuleStore::recordRun(
    qint64 ruleId, qint64 transitionId, qint64 conversationId, qint64 messageId, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "INSERT INTO rule_runs (rule_id, transition_id, conversation_id, message_id, at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    query.bind(ruleId).bind(transitionId).bind(conversationId).bind(messageId).bind(atMs);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.rowsAffected() == 1;
}

protocol::Result<QList<protocol::StatusRule>> StatusRuleStore::select(
    const QString &condition, const QVariantList &values)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, status, template_id, post_as, enabled FROM status_rules"
                       " WHERE deleted_at IS NULL AND %1 ORDER BY status, id")
            .arg(condition));
    for (const QVariant &value : values)
        query.bind(value);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::StatusRule> rules;
    while (query.next())
        rules.append(protocol::StatusRule { query.integer(0), query.text(1), query.integer(2),
            query.text(3), query.integer(4) != 0 });
    return rules;
}

} // namespace parley::server
