// Attachment rows.
#include "attachmentstore.h"

#include "db/dialect.h"
#include "db/sqlquery.h"

namespace parley::server {

AttachmentStore::AttachmentStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<void> AttachmentStore::insert(qint64 messageId, const NewAttachmentRow &row)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO attachments (message_id, mode, document_id, version_id, name,"
                       " size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.bind(messageId)
        .bindText(row.mode)
        .bindOptional(row.documentId)
        .bindOptional(row.versionId)
        .bindText(row.name)
        .bind(row.size)
        .bindText(row.sha256);
    return query.exec();
}

protocol::Result<QHash<qint64, QList<protocol::Attachment>>> AttachmentStore::forMessages(
    const QList<qint64> &messageIds)
{
    QHash<qint64, QList<protocol::Attachment>> byMessage;
    if (messageIds.isEmpty())
        return byMessage;
    // lv: the document's latest version, what a share shows; in a closed conversation the
    // latest when it closed (what was sent there, never what came after).
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT a.message_id, a.id, a.mode, a.document_id, a.version_id, a.name, a.size,"
            " a.sha256, a.stopped_at, cv.number, d.name, lv.id, lv.number, lv.size, lv.sha256,"
            " lv.created_at"
            " FROM attachments a"
            " LEFT JOIN document_versions cv ON cv.id = a.version_id"
            " LEFT JOIN documents d ON d.id = a.document_id"
            " JOIN messages m ON m.id = a.message_id"
            " JOIN conversations c ON c.id = m.conversation_id"
            " LEFT JOIN document_versions lv ON lv.id = (SELECT id FROM document_versions"
            "  WHERE document_id = a.document_id AND (c.closed_at IS NULL"
            "  OR created_at <= c.closed_at) ORDER BY number DESC LIMIT 1)"
            " WHERE a.message_id IN %1 ORDER BY a.id")
            .arg(dialect::inList(messageIds.size())));
    query.bindIds(messageIds);
    if (auto result = query.exec(); !result)
        return result.error();
    while (query.next()) {
        protocol::Attachment attachment;
        attachment.id = query.integer(1);
        attachment.mode = query.text(2);
        attachment.documentId = query.optionalId(3);
        attachment.versionId = query.optionalId(4);
        attachment.name = query.text(5);
        attachment.size = query.integer(6);
        attachment.sha256 = query.text(7);
        attachment.version = static_cast<int>(query.integer(9));
        if (attachment.mode == QLatin1String("share")) {
            attachment.name = query.text(10);
            attachment.stopped = !query.value(8).isNull();
            if (attachment.stopped) {
                attachment.sha256.clear(); // nothing left to download
                attachment.versionId.reset();
            } else {
                attachment.versionId = query.optionalId(11);
                attachment.version = static_cast<int>(query.integer(12));
                attachment.size = query.integer(13);
                attachment.sha256 = query.text(14);
                attachment.updatedAt = query.time(15);
            }
        }
        byMessage[query.integer(0)].append(std::move(attachment));
    }
    return byMessage;
}

protocol::Result<QList<ShareRow>> AttachmentStore::activeShares(qint64 documentId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT a.message_id, m.conversation_id FROM attachments a"
                       " JOIN messages m ON m.id = a.message_id"
                       " JOIN conversations c ON c.id = m.conversation_id"
                       " WHERE a.document_id = ? AND a.mode = 'share' AND a.stopped_at IS NULL"
                       " AND c.closed_at IS NULL ORDER BY a.id"));
    query.bind(documentId);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<ShareRow> shares;
    while (query.next())
        shares.append(ShareRow { query.integer(0), query.integer(1) });
    return shares;
}

protocol::Result<QList<ShareRow>> AttachmentStore::stopShares(
    qint64 documentId, qint64 userId, qint64 atMs)
{
    auto shares = activeShares(documentId);
    if (!shares)
        return shares;
    SqlQuery stop(m_db,
        QStringLiteral("UPDATE attachments SET stopped_at = ?, stopped_by = ?"
                       " WHERE document_id = ? AND mode = 'share' AND stopped_at IS NULL"));
    stop.bind(atMs).bind(userId).bind(documentId);
    if (auto result = stop.exec(); !result)
        return result.error();
    return shares;
}

} // namespace parley::server
