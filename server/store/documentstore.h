// DocumentStore: a matter's documents and their versions (metadata; the bytes are blobs).
#pragma once

#include "protocol/document.h"
#include "protocol/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct NewDocumentVersion
{
    qint64 size = 0;
    QString sha256;
    qint64 authorId = 0;
    QDateTime createdAt;
};

class DocumentStore
{
public:
    explicit DocumentStore(QSqlDatabase db);

    // A document with its first version; returns the document's id.
    protocol::Result<qint64> create(
        qint64 firmId, qint64 matterId, const QString &name, const NewDocumentVersion &first);
    // The next version of a document; returns its number.
    protocol::Result<int> addVersion(qint64 documentId, const NewDocumentVersion &version);
    protocol::Result<void> setShared(qint64 documentId, bool shared);
    // The matter's documents by name, each with its versions, oldest first.
    protocol::Result<QList<protocol::Document>> listForMatter(qint64 matterId);
    protocol::Result<std::optional<protocol::Document>> find(qint64 documentId);
    // How many of the matter's documents are shared (the shared folder's size).
    protocol::Result<int> sharedCount(qint64 matterId);

private:
    // Documents matching condition (one '?' bound to value), each with its versions.
    protocol::Result<QList<protocol::Document>> select(const QString &condition, qint64 value);

    QSqlDatabase m_db;
};

} // namespace parley::server
