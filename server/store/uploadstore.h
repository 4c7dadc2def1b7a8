// UploadStore: the rows of resumable uploads (tus) and of the blobs they become.
#pragma once

#include "protocol/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct UploadRow
{
    QString id;
    qint64 firmId = 0;
    qint64 userId = 0;
    qint64 length = 0;
    QString name; // sanitised file name from the metadata
    QString metadata; // the Upload-Metadata header as received, echoed on HEAD
    QDateTime createdAt;
    QDateTime expiresAt;
    std::optional<qint64> verifiedOffset; // set while a checksummed chunk is written
    QString sha256; // set once complete
    bool completed = false;
    bool terminated = false;
};

class UploadStore
{
public:
    explicit UploadStore(QSqlDatabase db);

    protocol::Result<void> create(const UploadRow &row);
    // The upload, or nullopt when there is none with this id.
    protocol::Result<std::optional<UploadRow>> find(const QString &id);
    protocol::Result<void> setVerifiedOffset(const QString &id, std::optional<qint64> offset);
    protocol::Result<void> setExpiry(const QString &id, const QDateTime &expiresAt);
    // Marks it complete with its content hash and records the blob (once per hash).
    protocol::Result<void> complete(const QString &id, const QString &sha256, qint64 size);
    protocol::Result<void> terminate(const QString &id);
    // Records bytes stored without an upload (the demo's files); once per hash.
    protocol::Result<void> recordBlob(const QString &sha256, qint64 size);
    // Unfinished uploads whose expiry has passed.
    protocol::Result<QStringList> expiredBefore(const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
