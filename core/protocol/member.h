// Member: a user in a conversation, from added_at until removed_at (if ever).
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>

namespace parley::protocol {

struct Member
{
    qint64 userId = 0;
    QString name;
    QString kind; // the user's kind: "staff" | "client"
    QDateTime addedAt;
    QDateTime removedAt; // invalid while still a member

    bool isActive() const { return !removedAt.isValid(); }

    QJsonObject toJson() const;
    static Result<Member> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Member &, const Member &) = default;
};

} // namespace parley::protocol
