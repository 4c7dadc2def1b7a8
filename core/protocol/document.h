// Document: a matter file with its versions; "shared" while a live share link is active.
#pragma once

#include "documentversion.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace parley::protocol {

struct Document
{
    qint64 id = 0;
    qint64 matterId = 0;
    QString name;
    bool shared = false;
    QList<DocumentVersion> versions; // oldest first; the last is current

    const DocumentVersion *currentVersion() const
    {
        return versions.isEmpty() ? nullptr : &versions.constLast();
    }

    QJsonObject toJson() const;
    static Result<Document> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace parley::protocol
