// AttachmentStore: the files on messages (copies, live shares, uploaded files). Reading
// resolves a share to its document's latest version, or to "stopped" once access was removed.
#pragma once

#include "protocol/attachment.h"
#include "protocol/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct NewAttachmentRow
{
    QString mode; // copy | share | file
    std::optional<qint64> documentId;
    std::optional<qint64> versionId;
    QString name;
    qint64 size = 0;
    QString sha256;
};

// A message carrying a share of a document.
struct ShareRow
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
};

class AttachmentStore
{
public:
    explicit AttachmentStore(QSqlDatabase db);

    protocol::Result<void> insert(qint64 messageId, const NewAttachmentRow &row);
    // The attachments of these messages, each message's in the order they were added.
    protocol::Result<QHash<qint64, QList<protocol::Attachment>>> forMessages(
        const QList<qint64> &messageIds);
    // The messages sharing the document whose share is still active.
    protocol::Result<QList<ShareRow>> activeShares(qint64 documentId);
    // Stops every active share of the document; returns the messages that carried them.
    protocol::Result<QList<ShareRow>> stopShares(qint64 documentId, qint64 userId, qint64 atMs);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
