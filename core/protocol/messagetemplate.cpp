// MessageTemplate / StatusRule JSON forms and the placeholder text.
#include "messagetemplate.h"

#include "jsonreader.h"
#include "wiretime.h"

#include <QRegularExpression>

namespace parley::protocol {

QJsonObject MessageTemplate::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("body"), body },
        { QStringLiteral("updated_at"), wireTimeOrNull(updatedAt) } };
}

Result<MessageTemplate> MessageTemplate::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    MessageTemplate messageTemplate;
    messageTemplate.id = r.integer("id", 0);
    messageTemplate.name = r.string("name");
    messageTemplate.body = r.string("body");
    messageTemplate.updatedAt = r.optionalTime("updated_at");
    return r.finish(messageTemplate);
}

const QStringList &StatusRule::postAsKinds()
{
    static const QStringList list { QStringLiteral("status"), QStringLiteral("message") };
    return list;
}

QJsonObject StatusRule::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("status"), status },
        { QStringLiteral("template_id"), templateId }, { QStringLiteral("post_as"), postAs },
        { QStringLiteral("enabled"), enabled } };
}

Result<StatusRule> StatusRule::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    StatusRule rule;
    rule.id = r.integer("id", 0);
    rule.status = r.string("status");
    rule.templateId = r.id("template_id");
    rule.postAs = r.oneOf("post_as", postAsKinds());
    rule.enabled = r.boolean("enabled", true);
    return r.finish(rule);
}

namespace TemplateText {

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
}
} // namespace

const QStringList &placeholders()
{
    static const QStringList list { QStringLiteral("client_name"), QStringLiteral("matter_number"),
        QStringLiteral("matter_title"), QStringLiteral("status"), QStringLiteral("firm_name") };
    return list;
}

Result<void> check(const QString &body)
{
    auto matches = placeholderPattern().globalMatch(body);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!placeholders().contains(name))
            return Error::make(ErrorCode::UnknownPlaceholder,
                QStringLiteral("The template uses {%1}, which is not a placeholder; use one of "
                               "{%2}.")
                    .arg(name, placeholders().join(QStringLiteral("}, {"))),
                QJsonObject { { QStringLiteral("field"), QStringLiteral("body") },
                    { QStringLiteral("placeholder"), name } });
    }
    return {};
}

QString render(const QString &body, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(body.size());
    qsizetype last = 0;
    auto matches = placeholderPattern().globalMatch(body);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd())
            continue;
        out += QStringView(body).mid(last, match.capturedStart() - last);
        out += *value;
        last = match.capturedEnd();
    }
    out += QStringView(body).mid(last);
    return out;
}

} // namespace TemplateText

} // namespace parley::protocol
