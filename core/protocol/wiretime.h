// Timestamps on the wire: ISO 8601 in UTC with milliseconds, e.g. 2026-11-22T15:30:00.000Z.
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace parley::protocol {

QString toWireTime(const QDateTime &time);
// An invalid QDateTime when the text is not a wire timestamp.
QDateTime fromWireTime(const QString &text);
// Null for an invalid time, so optional timestamps serialise as JSON null.
QJsonValue wireTimeOrNull(const QDateTime &time);

} // namespace parley::protocol
