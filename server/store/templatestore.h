// TemplateStore: the firm's message templates (soft-deleted: a deleted template keeps its row,
// and its name is free again).
#pragma once

#include "protocol/messagetemplate.h"
#include "protocol/result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

class TemplateStore
{
public:
    explicit TemplateStore(QSqlDatabase db);

    // A name another live template of the firm has (compared without regard to case) gives a
    // conflict error naming the field.
    protocol::Result<qint64> create(
        qint64 firmId, const QString &name, const QString &body, qint64 createdBy, qint64 atMs);
    protocol::Result<void> update(qint64 id, const QString &name, const QString &body, qint64 atMs);
    protocol::Result<void> markDeleted(qint64 id, qint64 atMs);
    // A live (not deleted) template of the firm.
    protocol::Result<std::optional<protocol::MessageTemplate>> find(qint64 firmId, qint64 id);
    // The firm's live templates by name.
    protocol::Result<QList<protocol::MessageTemplate>> list(qint64 firmId);

private:
    protocol::Result<QList<protocol::MessageTemplate>> select(
        const QString &condition, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace parley::server
