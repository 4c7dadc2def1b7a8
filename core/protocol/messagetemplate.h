// MessageTemplate and StatusRule: the firm's automated messages. A template's text may hold
// placeholders ({client_name}, {matter_number}, {matter_title}, {status}, {firm_name}); a
// rule says "when a matter reaches status X, post template Y as a status update or a
// message" in the matter's open client conversations, once per transition.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace parley::protocol {

struct MessageTemplate
{
    qint64 id = 0;
    QString name;
    QString body;
    QDateTime updatedAt;

    static constexpr int NameChars = 100;

    QJsonObject toJson() const;
    static Result<MessageTemplate> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const MessageTemplate &, const MessageTemplate &) = default;
};

struct StatusRule
{
    qint64 id = 0;
    QString status; // the status that triggers it, compared without regard to case
    qint64 templateId = 0;
    QString postAs; // "status" (the client's Status tab too) | "message"
    bool enabled = true;

    static constexpr int StatusChars = 60;
    static const QStringList &postAsKinds();

    QJsonObject toJson() const;
    static Result<StatusRule> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const StatusRule &, const StatusRule &) = default;
};

// The placeholders a template may use and how they are filled.
namespace TemplateText {
// The names without braces: client_name, matter_number, matter_title, status, firm_name.
const QStringList &placeholders();
// unknown_placeholder naming the first {name} that is not one of them.
Result<void> check(const QString &body);
// body with each {name} replaced by values[name]; unknown ones are left as written.
QString render(const QString &body, const QHash<QString, QString> &values);
} // namespace TemplateText

} // namespace parley::protocol
