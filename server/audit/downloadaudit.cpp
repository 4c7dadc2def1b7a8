// Auditing downloads.
#include "downloadaudit.h"

#include "access/accesspolicy.h"
#include "auditlog.h"
#include "common/clock.h"
#include "db/sqlquery.h"

namespace parley::server {

DownloadAudit::DownloadAudit(QSqlDatabase db, const Clock &clock, AccessPolicy &policy)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_policy(policy)
{ }

protocol::Result<void> DownloadAudit::record(
    const Principal &who, const QString &sha256, qint64 first, qint64 length)
{
    AuditEntry entry { who.firmId, std::nullopt, QLatin1String(AuditAction::FileDownloaded),
        who.userId() };
    entry.detail = QJsonObject { { QStringLiteral("sha256"), sha256 },
        { QStringLiteral("first_byte"), first }, { QStringLiteral("length"), length },
        { QStringLiteral("channel"),
            who.portalSession ? QStringLiteral("portal") : QStringLiteral("desktop") } };
    if (auto known = identify(who, sha256, entry); !known)
        return known;
    auto appended = AuditLog(m_db).appendAlone(entry, m_clock.now().toMSecsSinceEpoch());
    if (!appended)
        return appended.error();
    return {};
}

protocol::Result<void> DownloadAudit::identify(
    const Principal &who, const QString &sha256, AuditEntry &entry)
{
    SqlQuery versions(m_db,
        QStringLiteral("SELECT v.id, v.document_id, d.matter_id FROM document_versions v"
                       " JOIN documents d ON d.id = v.document_id"
                       " WHERE v.sha256 = ? AND d.firm_id = ? ORDER BY v.id DESC"));
    versions.bindText(sha256).bind(who.firmId);
    if (auto done = versions.exec(); !done)
        return done;
    while (versions.next()) {
        auto visible = m_policy.canSeeMatter(who, versions.integer(2));
        if (!visible)
            return visible.error();
        if (visible.value()) {
            entry.version = versions.integer(0);
            entry.documentId = versions.integer(1);
            entry.matterId = versions.integer(2);
            return {};
        }
    }
    SqlQuery messages(m_db,
        QStringLiteral("SELECT a.message_id, m.conversation_id, c.matter_id FROM attachments a"
                       " JOIN messages m ON m.id = a.message_id"
                       " JOIN conversations c ON c.id = m.conversation_id"
                       " WHERE a.sha256 = ? AND c.firm_id = ? ORDER BY a.id DESC"));
    messages.bindText(sha256).bind(who.firmId);
    if (auto done = messages.exec(); !done)
        return done;
    while (messages.next()) {
        auto visible = m_policy.canSeeContent(who, messages.integer(1));
        if (!visible)
            return visible.error();
        if (visible.value()) {
            entry.messageId = messages.integer(0);
            entry.conversationId = messages.integer(1);
            entry.matterId = messages.optionalId(2);
            return {};
        }
    }
    return {}; // the reader's own upload: the bytes alone, in the firm's chain
}

} // namespace parley::server
