// Audit entries written alike in several places.
#include "auditentries.h"

#include "db/sqlquery.h"

#include <QCryptographicHash>

namespace parley::server::AuditEntries {

AuditEntry messageSent(qint64 firmId, std::optional<qint64> matterId, qint64 conversationId,
    qint64 messageId, qint64 senderId, const QString &kind, const QString &channel,
    const QString &body)
{
    const QByteArray digest
        = QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex();
    return AuditEntry { firmId, matterId, QLatin1String(AuditAction::MessageSent), senderId,
        conversationId, messageId, std::nullopt, std::nullopt,
        QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("channel"), channel },
            { QStringLiteral("body_sha256"), QString::fromLatin1(digest) } } };
}

AuditEntry member(const char *action, qint64 firmId, std::optional<qint64> matterId,
    qint64 conversationId, std::optional<qint64> actorId, qint64 memberId)
{
    return AuditEntry { firmId, matterId, QLatin1String(action), actorId, conversationId,
        std::nullopt, std::nullopt, std::nullopt,
        QJsonObject { { QStringLiteral("subject_id"), memberId } } };
}

protocol::Result<int> backfill(const QSqlDatabase &db)
{
    // Messages and receipts without their entry, oldest first.
    SqlQuery query(db,
        QStringLiteral(
            "SELECT 0, m.created_at, c.firm_id, c.matter_id, c.id, m.id, m.sender_id, m.kind,"
            " m.channel, m.body FROM messages m JOIN conversations c ON c.id = m.conversation_id"
            " WHERE m.kind != 'event' AND NOT EXISTS (SELECT 1 FROM audit_log a"
            "  WHERE a.action = 'message_sent' AND a.message_id = m.id)"
            " UNION ALL"
            " SELECT 1, r.read_at, c.firm_id, c.matter_id, c.id, r.message_id, r.user_id, '', '',"
            " '' FROM receipts r JOIN conversations c ON c.id = r.conversation_id"
            " WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'message_read'"
            "  AND a.message_id = r.message_id AND a.actor_id = r.user_id)"
            " ORDER BY 2, 1, 6"));
    if (auto done = query.exec(); !done)
        return done.error();
    AuditLog log(db);
    int added = 0;
    while (query.next()) {
        const bool read = query.integer(0) == 1;
        AuditEntry entry = read
            ? AuditEntry { query.integer(2), query.optionalId(3),
                  QLatin1String(AuditAction::MessageRead), query.integer(6), query.integer(4),
                  query.integer(5) }
            : messageSent(query.integer(2), query.optionalId(3), query.integer(4), query.integer(5),
                query.integer(6), query.text(7), query.text(8), query.text(9));
        entry.detail.insert(QStringLiteral("backfilled"), true);
        if (auto appended = log.append(entry, query.integer(1)); !appended)
            return appended.error();
        ++added;
    }
    return added;
}

} // namespace parley::server::AuditEntries
