// Receipt: who read which message, and when.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>

namespace parley::protocol {

struct Receipt
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 userId = 0;
    QDateTime readAt;

    QJsonObject toJson() const;
    static Result<Receipt> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Receipt &, const Receipt &) = default;
};

} // namespace parley::protocol
