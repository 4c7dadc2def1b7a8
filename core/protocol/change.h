// Change: one numbered server change (seq) carrying the new state of one entity.
#pragma once

#include "result.h"

#include <QJsonObject>

namespace parley::protocol {

struct Change
{
    qint64 seq = 0;
    // "matter" | "conversation" | "message" | "receipt" | "user" | "document"
    QString type;
    QJsonObject data; // the entity's wire form, decoded with its own fromJson

    static const QStringList &types();

    QJsonObject toJson() const;
    static Result<Change> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Change &, const Change &) = default;
};

} // namespace parley::protocol
