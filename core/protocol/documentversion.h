// DocumentVersion: one immutable version of a matter document (blob, size, sha256, author).
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>

namespace parley::protocol {

struct DocumentVersion
{
    qint64 id = 0;
    qint64 documentId = 0;
    int number = 1;
    qint64 size = 0;
    QString sha256;
    qint64 authorId = 0;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<DocumentVersion> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const DocumentVersion &, const DocumentVersion &) = default;
};

} // namespace parley::protocol
