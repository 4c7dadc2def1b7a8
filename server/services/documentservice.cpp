// Documents, versions, attachments and shares.
#include "documentservice.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "common/serverevents.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "protocol/filename.h"
#include "store/changelog.h"
#include "store/documentstore.h"
#include "store/messagestore.h"
#include "store/portalevents.h"
#include "store/uploadstore.h"

#include <QSet>
#include <algorithm>

namespace parley::server {

using protocol::Error;
namespace Code = protocol::ErrorCode;

namespace {
QString attachmentField(qsizetype index, const char *name)
{
    return QStringLiteral("attachments[%1].%2").arg(index).arg(QLatin1String(name));
}
} // namespace

DocumentService::DocumentService(
    QSqlDatabase db, AccessPolicy &policy, ServerEvents *events, protocol::Limits limits)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_events(events)
    , m_limits(limits)
{ }

protocol::Result<DocumentService::FinishedUpload> DocumentService::finishedUpload(
    const Principal &who, const QString &id)
{
    auto upload = UploadStore(m_db).find(id);
    if (!upload)
        return upload.error();
    // Only the uploader may use an upload; anyone else is told it does not exist.
    if (!upload.value() || upload.value()->userId != who.userId() || upload.value()->terminated)
        return notFound(QStringLiteral("The upload"));
    if (!upload.value()->completed)
        return Error::make(Code::Conflict,
            QStringLiteral("The upload is not finished yet: send the rest of the file first."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("upload_id") } });
    return FinishedUpload { upload.value()->name, upload.value()->length, upload.value()->sha256 };
}

protocol::Result<protocol::Document> DocumentService::visibleDocument(
    const Principal &who, qint64 documentId)
{
    if (!who.isStaff())
        return notFound(QStringLiteral("The document"));
    auto document = DocumentStore(m_db).find(documentId);
    if (!document)
        return document.error();
    if (!document.value())
        return notFound(QStringLiteral("The document"));
    auto visible = m_policy.canSeeMatter(who, document.value()->matterId);
    if (!visible)
        return visible.error();
    if (!visible.value())
        return notFound(QStringLiteral("The document"));
    return *document.value();
}

protocol::Result<protocol::Document> DocumentService::create(
    const Principal &who, qint64 matterId, const QString &uploadId, const QString &name)
{
    if (auto allowed = m_policy.requireStaffOnMatter(who, matterId); !allowed)
        return allowed.error();
    auto upload = finishedUpload(who, uploadId);
    if (!upload)
        return upload.error();
    return createFrom(who, matterId, name, upload.value(), {});
}

protocol::Result<protocol::Document> DocumentService::createFrom(const Principal &who,
    qint64 matterId, const QString &name, const FinishedUpload &bytes, const AlsoRecord &alsoRecord)
{
    auto safeName = protocol::sanitizeFileName(name.isEmpty() ? bytes.name : name);
    if (!safeName)
        return safeName.error();

    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    DocumentStore documents(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto id = documents.create(who.firmId, matterId, safeName.value(),
        NewDocumentVersion { bytes.size, bytes.sha256, who.userId(), now });
    if (!id)
        return id.error();
    auto document = documents.find(id.value());
    if (!document)
        return document.error();
    if (!document.value())
        return internalError();
    if (alsoRecord) {
        if (auto recorded = alsoRecord(*document.value(), toMs(now)); !recorded)
            return recorded.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTransfer) << "document" << id.value() << "created on matter" << matterId;
    return *document.value();
}

protocol::Result<protocol::Document> DocumentService::saveAttachment(
    const Principal &who, qint64 messageId, const QString &sha256, const QString &name)
{
    const protocol::Error missing = notFound(QStringLiteral("The message's file"));
    if (!who.isStaff())
        return missing;
    auto message = MessageStore(m_db).load(messageId);
    if (!message)
        return message.error().is(Code::NotFound) ? missing : message.error();
    // Staff see a conversation through its matter; a closed one, a direct one and one of a
    // matter they may not see are all missing alike.
    auto conversation = m_policy.visibleConversation(who, message->conversationId);
    if (!conversation)
        return conversation.error().is(Code::NotFound) ? missing : conversation.error();
    if (!conversation->matterId)
        return missing;
    const auto file = std::find_if(message->attachments.cbegin(), message->attachments.cend(),
        [&sha256](const protocol::Attachment &attachment) {
            return attachment.mode == QLatin1String("file") && !attachment.sha256.isEmpty()
                && attachment.sha256.compare(sha256, Qt::CaseInsensitive) == 0;
        });
    if (file == message->attachments.cend())
        return missing;
    const qint64 matterId = *conversation->matterId;
    return createFrom(who, matterId, name, FinishedUpload { file->name, file->size, file->sha256 },
        [&](const protocol::Document &document, qint64 atMs) -> protocol::Result<void> {
            // Where the document came from: the message and the bytes it carried.
            auto audited = AuditLog(m_db).append(
                AuditEntry { who.firmId, matterId, QLatin1String(AuditAction::DocumentSaved),
                    who.userId(), message->conversationId, messageId, document.id,
                    document.currentVersion() ? std::optional<qint64>(document.currentVersion()->id)
                                              : std::nullopt,
                    QJsonObject { { QStringLiteral("size"), file->size },
                        { QStringLiteral("sha256"), file->sha256 } } },
                atMs);
            if (!audited)
                return audited.error();
            return {};
        });
}

protocol::Result<protocol::Document> DocumentService::addVersion(
    const Principal &who, qint64 documentId, const QString &uploadId, int baseVersion)
{
    auto document = visibleDocument(who, documentId);
    if (!document)
        return document;
    auto upload = finishedUpload(who, uploadId);
    if (!upload)
        return upload.error();

    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    DocumentStore documents(m_db);
    // Read again under the write lock: another writer may have added a version meanwhile.
    auto current = documents.find(documentId);
    if (!current)
        return current.error();
    const int latest = current.value() && current.value()->currentVersion()
        ? current.value()->currentVersion()->number
        : 0;
    if (latest != baseVersion)
        return Error::make(Code::VersionConflict,
            QStringLiteral("The document has a newer version (%1) than the one this was based "
                           "on (%2).")
                .arg(latest)
                .arg(baseVersion),
            QJsonObject { { QStringLiteral("latest"), latest } });
    if (auto added = documents.addVersion(documentId,
            NewDocumentVersion {
                upload->size, upload->sha256, who.userId(), QDateTime::currentDateTimeUtc() });
        !added)
        return added.error();
    // Messages sharing it now show the new version: their changes go out again.
    auto shares = AttachmentStore(m_db).activeShares(documentId);
    if (!shares)
        return shares.error();
    ChangeLog changes(m_db);
    for (const ShareRow &share : shares.value()) {
        if (auto change = changes.record(who.firmId, QStringLiteral("message"), share.messageId,
                document->matterId, share.conversationId);
            !change)
            return change.error();
    }
    auto updated = documents.find(documentId);
    if (!updated)
        return updated.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (m_events && !shares->isEmpty())
        Q_EMIT m_events->changesCommitted(who.firmId);
    return *updated.value();
}

protocol::Result<protocol::Document> DocumentService::stopSharing(
    const Principal &who, qint64 documentId)
{
    auto document = visibleDocument(who, documentId);
    if (!document)
        return document;

    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    const qint64 now = nowMs();
    auto stopped = AttachmentStore(m_db).stopShares(documentId, who.userId(), now);
    if (!stopped)
        return stopped.error();
    DocumentStore documents(m_db);
    if (auto unshared = documents.setShared(documentId, false); !unshared)
        return unshared.error();
    ChangeLog changes(m_db);
    QSet<qint64> told;
    for (const ShareRow &share : stopped.value()) {
        if (auto change = changes.record(who.firmId, QStringLiteral("message"), share.messageId,
                document->matterId, share.conversationId);
            !change)
            return change.error();
        if (told.contains(share.conversationId))
            continue;
        told.insert(share.conversationId);
        const QJsonObject event { { QStringLiteral("type"), QStringLiteral("share_stopped") },
            { QStringLiteral("actor_id"), who.userId() },
            { QStringLiteral("document_id"), documentId } };
        if (auto recorded = recordEvent(m_db, who.firmId, document->matterId, share.conversationId,
                who.userId(), event, now);
            !recorded)
            return recorded.error();
    }
    for (const ShareRow &share : stopped.value()) {
        if (auto audited
            = AuditLog(m_db).append(AuditEntry { who.firmId, document->matterId,
                                        QLatin1String(AuditAction::ShareStopped), who.userId(),
                                        share.conversationId, share.messageId, documentId },
                now);
            !audited)
            return audited.error();
    }
    auto updated = documents.find(documentId);
    if (!updated)
        return updated.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (m_events && !stopped->isEmpty())
        Q_EMIT m_events->changesCommitted(who.firmId);
    qCInfo(lcTransfer) << "document" << documentId << "no longer shared;" << told.size()
                       << "conversations told";
    return *updated.value();
}

protocol::Result<QList<NewAttachmentRow>> DocumentService::resolve(const Principal &who,
    const ConversationRecord &conversation, const QList<protocol::NewAttachment> &requested)
{
    QList<NewAttachmentRow> rows;
    DocumentStore documents(m_db);
    int newlyShared = 0;
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const protocol::NewAttachment &wanted = requested.at(i);
        if (wanted.mode == QLatin1String("file")) {
            auto upload = finishedUpload(who, wanted.uploadId);
            if (!upload) {
                Error error = upload.error();
                error.details.insert(QStringLiteral("field"), attachmentField(i, "upload_id"));
                return error;
            }
            rows.append(NewAttachmentRow { wanted.mode, std::nullopt, std::nullopt,
                upload->name.isEmpty() ? QStringLiteral("file") : upload->name, upload->size,
                upload->sha256 });
            continue;
        }
        // Copies and shares are of the conversation's own matter's documents, by staff.
        auto document = who.isStaff() ? documents.find(wanted.documentId)
                                      : protocol::Result<std::optional<protocol::Document>>(
                                          std::optional<protocol::Document>());
        if (!document)
            return document.error();
        if (!document.value() || !conversation.matterId
            || document.value()->matterId != *conversation.matterId
            || !document.value()->currentVersion())
            return invalidField(
                attachmentField(i, "document_id"), QStringLiteral("The document does not exist."));
        const protocol::DocumentVersion &current = *document.value()->currentVersion();
        const bool share = wanted.mode == QLatin1String("share");
        if (share && !document.value()->shared)
            ++newlyShared;
        rows.append(NewAttachmentRow { wanted.mode, document.value()->id,
            share ? std::nullopt : std::optional<qint64>(current.id), document.value()->name,
            current.size, current.sha256 });
    }
    if (newlyShared > 0) {
        auto shared = documents.sharedCount(*conversation.matterId);
        if (!shared)
            return shared.error();
        if (auto fits = m_limits.checkSharedFolder(shared.value() + newlyShared); !fits)
            return fits.error();
    }
    return rows;
}

protocol::Result<void> DocumentService::markShared(const QList<NewAttachmentRow> &rows)
{
    DocumentStore documents(m_db);
    for (const NewAttachmentRow &row : rows) {
        if (row.mode == QLatin1String("share") && row.documentId) {
            if (auto shared = documents.setShared(*row.documentId, true); !shared)
                return shared;
        }
    }
    return {};
}

} // namespace parley::server
