// Attachment: a file on a message, either an immutable copy of a document version
// ("copy", from Send) or a live link to the document's latest version ("share").
#pragma once

#include "result.h"

#include <QJsonObject>
#include <optional>

namespace parley::protocol {

struct Attachment
{
    qint64 id = 0;
    std::optional<qint64> documentId;
    std::optional<qint64> versionId; // the pinned version of a copy
    QString mode; // "copy" | "share"
    QString name;
    qint64 size = 0;
    QString sha256;

    static const QStringList &modes();

    QJsonObject toJson() const;
    static Result<Attachment> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

} // namespace parley::protocol
