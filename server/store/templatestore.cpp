// Message template rows.
#include "templatestore.h"

#include "db/sqlquery.h"

namespace parley::server {

namespace {

protocol::Error duplicateName()
{
    return protocol::Error::make(protocol::ErrorCode::Conflict,
        QStringLiteral("The firm has a template with this name already."),
        QJsonObject { { QStringLiteral("field"), QStringLiteral("name") } });
}

} // namespace

TemplateStore::TemplateStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> TemplateStore::create(
    qint64 firmId, const QString &name, const QString &body, qint64 createdBy, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "INSERT INTO message_templates (firm_id, name, body, created_by, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"));
    query.bind(firmId).bindText(name).bindText(body).bind(createdBy).bind(atMs).bind(atMs);
    // A name taken inserts nothing (no failed statement, which would end a PostgreSQL
    // transaction).
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return duplicateName();
    return query.integer(0);
}

protocol::Result<void> TemplateStore::update(
    qint64 id, const QString &name, const QString &body, qint64 atMs)
{
    // The name asked first (as the unique index compares it), so the update does not fail.
    SqlQuery taken(m_db,
        QStringLiteral("SELECT 1 FROM message_templates t WHERE t.deleted_at IS NULL"
                       " AND t.id <> ? AND lower(t.name) = lower(?)"
                       " AND t.firm_id = (SELECT firm_id FROM message_templates WHERE id = ?)"));
    taken.bind(id).bindText(name).bind(id);
    if (auto result = taken.exec(); !result)
        return result;
    if (taken.next())
        return duplicateName();
    SqlQuery query(m_db,
        QStringLiteral("UPDATE message_templates SET name = ?, body = ?, updated_at = ?"
                       " WHERE id = ? AND deleted_at IS NULL"));
    query.bindText(name).bindText(body).bind(atMs).bind(id);
    if (auto result = query.exec(); !result)
        return query.uniqueViolation() ? protocol::Result<void>(duplicateName()) : result;
    return {};
}

protocol::Result<void> TemplateStore::markDeleted(qint64 id, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE message_templates SET deleted_at = ?, updated_at = ?"
                       " WHERE id = ? AND deleted_at IS NULL"));
    query.bind(atMs).bind(atMs).bind(id);
    return query.exec();
}

protocol::Result<std::optional<protocol::MessageTemplate>> TemplateStore::find(
    qint64 firmId, qint64 id)
{
    auto found = select(QStringLiteral("firm_id = ? AND id = ?"), { firmId, id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<protocol::MessageTemplate>();
    return std::optional<protocol::MessageTemplate>(found->first());
}

protocol::Result<QList<protocol::MessageTemplate>> TemplateStore::list(qint64 firmId)
{
    return select(QStringLiteral("firm_id = ?"), { firmId });
}

protocol::Result<QList<protocol::MessageTemplate>> TemplateStore::select(
    const QString &condition, const QVariantList &values)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, name, body, updated_at FROM message_templates"
                       " WHERE deleted_at IS NULL AND %1 ORDER BY lower(name), id")
            .arg(condition));
    for (const QVariant &value : values)
        query.bind(value);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::MessageTemplate> templates;
    while (query.next())
        templates.append(protocol::MessageTemplate {
            query.integer(0), query.text(1), query.text(2), query.time(3) });
    return templates;
}

} // namespace parley::server
