// Attachment: a file on a message: an immutable copy of a document version ("copy", from
// Send), a live link to the document's latest version ("share", until sharing stops), or a
// file uploaded with the message itself ("file").
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace parley::protocol {

struct Attachment
{
    qint64 id = 0;
    std::optional<qint64> documentId;
    std::optional<qint64> versionId; // the pinned version of a copy
    QString mode; // "copy" | "share" | "file"
    QString name;
    qint64 size = 0;
    QString sha256; // the bytes to download (/api/v1/blobs/{sha256}); empty once stopped
    int version = 0; // the document version shown (a share: its latest)
    QDateTime updatedAt {}; // a share: when its latest version was made ("last updated")
    bool stopped = false; // a share whose access was removed

    static const QStringList &modes();

    QJsonObject toJson() const;
    static Result<Attachment> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

} // namespace parley::protocol
