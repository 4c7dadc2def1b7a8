// BlobFolder: where file bytes live under the data folder. An upload grows in
// uploads/<id>.part; once complete it is renamed to blobs/<aa>/<sha256> (content-addressed,
// so the same bytes are stored once). A blob appears only whole: the rename is the commit.
#pragma once

#include "protocol/result.h"

#include <QString>

namespace parley::server {

class BlobFolder
{
public:
    explicit BlobFolder(const QString &dataDir);

    // Creates the folders; an error names the folder that cannot be made.
    protocol::Result<void> prepare() const;

    QString partPath(const QString &uploadId) const;
    QString blobPath(const QString &sha256) const;

    // Moves a complete part into place (flushed to disk first); when that blob already
    // exists the part is removed instead.
    protocol::Result<void> promote(const QString &uploadId, const QString &sha256) const;
    void removePart(const QString &uploadId) const;
    // Cuts a part back to length bytes (a chunk that failed its checksum).
    protocol::Result<void> truncatePart(const QString &uploadId, qint64 length) const;

    static bool isSha256(const QString &text);
    static bool isUploadId(const QString &text);
    // A fresh random upload id (32 lowercase hex digits).
    static QString newUploadId();

private:
    QString m_uploads;
    QString m_blobs;
};

} // namespace parley::server
