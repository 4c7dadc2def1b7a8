// User: a staff member (lawyer, paralegal, admin) or a client contact.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace parley::protocol {

struct User
{
    qint64 id = 0;
    QString kind; // "staff" | "client"
    QString role; // "lawyer" | "paralegal" | "admin" | "client"
    QString name;
    QString email;
    QString phone;
    bool totpEnabled = false;

    static const QStringList &kinds();
    static const QStringList &roles();
    bool isStaff() const { return kind == QLatin1String("staff"); }

    QJsonObject toJson() const;
    static Result<User> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const User &, const User &) = default;
};

} // namespace parley::protocol
