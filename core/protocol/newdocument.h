// NewDocument and NewDocumentVersion: bodies of POST /api/v1/matters/{id}/documents and
// POST /api/v1/documents/{id}/versions, each naming a finished upload of the caller's.
#pragma once

#include "result.h"

#include <QJsonObject>

namespace parley::protocol {

struct NewDocument
{
    QString uploadId;
    QString name; // empty: the upload's file name

    QJsonObject toJson() const;
    static Result<NewDocument> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const NewDocument &, const NewDocument &) = default;
};

struct NewDocumentVersion
{
    QString uploadId;
    int baseVersion = 0; // the version the new one was made from: refused if not the latest

    QJsonObject toJson() const;
    static Result<NewDocumentVersion> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const NewDocumentVersion &, const NewDocumentVersion &) = default;
};

} // namespace parley::protocol
