// Party: a contact on a matter with a role (client, spouse, other).
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace parley::protocol {

struct Party
{
    qint64 userId = 0;
    QString role; // "client" | "spouse" | "other"
    QString name;
    QString email;
    QString phone;

    static const QStringList &roles();

    QJsonObject toJson() const;
    static Result<Party> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Party &, const Party &) = default;
};

} // namespace parley::protocol
