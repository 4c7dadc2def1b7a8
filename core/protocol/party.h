// Party: a contact on a matter with a role (client, spouse, other), their addresses and the
// one the portal uses.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace parley::protocol {

struct Party
{
    qint64 userId = 0;
    QString role; // "client" | "spouse" | "other"
    QString name;
    QString email; // the primary address
    QString phone;
    QStringList otherEmails;
    // Where invitations, reminders, codes and sign-in links go, and the only address the
    // client signs in with: the primary one unless the firm chose another.
    QString portalEmail;
    // When the client cancelled with the firm (invalid while they have not): the firm has
    // left their portal conversations, which they can still read.
    QDateTime cancelledAt;

    static const QStringList &roles();

    QJsonObject toJson() const;
    static Result<Party> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Party &, const Party &) = default;
};

} // namespace parley::protocol
