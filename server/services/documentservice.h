// DocumentService: matter documents made from finished uploads, new versions (refused when
// based on a version that is no longer the latest), the attachments of a message being sent
// (Send = a copy of the current version, Share = a live link, or an uploaded file), and
// stopping a share, which cuts access at once and tells every conversation it was in.
#pragma once

#include "common/principal.h"
#include "protocol/document.h"
#include "protocol/limits.h"
#include "protocol/newmessage.h"
#include "protocol/result.h"
#include "store/attachmentstore.h"
#include "store/conversationstore.h"

#include <QSqlDatabase>
#include <functional>

namespace parley::server {

class AccessPolicy;
class ServerEvents;

class DocumentService
{
public:
    DocumentService(
        QSqlDatabase db, AccessPolicy &policy, ServerEvents *events, protocol::Limits limits);

    // A new document of the matter from the caller's finished upload; name empty: the
    // upload's file name.
    protocol::Result<protocol::Document> create(
        const Principal &who, qint64 matterId, const QString &uploadId, const QString &name);
    // A new document of the conversation's matter from a file sent with the message (version
    // 1 = those bytes, the caller its author), for staff who see the message; name empty: the
    // file's name. not_found unless the message carries a file with that sha256.
    protocol::Result<protocol::Document> saveAttachment(
        const Principal &who, qint64 messageId, const QString &sha256, const QString &name);
    // The next version; version_conflict when baseVersion is not the latest any more.
    protocol::Result<protocol::Document> addVersion(
        const Principal &who, qint64 documentId, const QString &uploadId, int baseVersion);
    // Stops every share of the document (idempotent).
    protocol::Result<protocol::Document> stopSharing(const Principal &who, qint64 documentId);

    // The rows to store for a message's attachments, checked against who may attach what
    // in this conversation. Call inside the send transaction.
    protocol::Result<QList<NewAttachmentRow>> resolve(const Principal &who,
        const ConversationRecord &conversation, const QList<protocol::NewAttachment> &requested);
    // After the message is stored: marks shared documents shared.
    protocol::Result<void> markShared(const QList<NewAttachmentRow> &rows);

private:
    struct FinishedUpload
    {
        QString name;
        qint64 size = 0;
        QString sha256;
    };
    protocol::Result<FinishedUpload> finishedUpload(const Principal &who, const QString &id);
    // What else a new document's transaction records (its audit entry), given it and the time.
    using AlsoRecord = std::function<protocol::Result<void>(const protocol::Document &, qint64)>;
    // One transaction: the document of the matter with bytes as its version 1.
    protocol::Result<protocol::Document> createFrom(const Principal &who, qint64 matterId,
        const QString &name, const FinishedUpload &bytes, const AlsoRecord &alsoRecord);
    // The document when the caller is staff who may see its matter; not_found otherwise.
    protocol::Result<protocol::Document> visibleDocument(const Principal &who, qint64 documentId);

    QSqlDatabase m_db;
    AccessPolicy &m_policy;
    ServerEvents *m_events;
    protocol::Limits m_limits;
};

} // namespace parley::server
