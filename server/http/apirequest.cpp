// Body and query parsing with typed errors.
#include "apirequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace parley::server {

using protocol::Error;
namespace Code = protocol::ErrorCode;

QByteArray ApiRequest::header(const QByteArray &lowerName) const
{
    for (const auto &field : headers) {
        if (field.first == lowerName)
            return field.second;
    }
    return {};
}

protocol::Result<QJsonObject> ApiRequest::jsonObject() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Code::InvalidJson,
            QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            QJsonObject { { QStringLiteral("offset"), parseError.offset } });
    if (!document.isObject())
        return Error::make(
            Code::InvalidJson, QStringLiteral("The request body must be a JSON object."));
    return document.object();
}

protocol::Result<std::optional<qint64>> ApiRequest::queryInteger(
    const char *name, qint64 min, qint64 max) const
{
    const QString key = QString::fromLatin1(name);
    if (!query.hasQueryItem(key))
        return std::optional<qint64>();
    if (query.allQueryItemValues(key).size() > 1)
        return Error::make(Code::InvalidField,
            QStringLiteral("The parameter \"%1\" is given more than once.").arg(key),
            QJsonObject { { QStringLiteral("field"), key } });
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    const bool integer = digits.match(text).hasMatch();
    const qint64 value = integer ? text.toLongLong() : 0;
    if (!integer || value < min || value > max)
        return Error::make(Code::InvalidField,
            QStringLiteral("The parameter \"%1\" must be an integer from %2 to %3.")
                .arg(key)
                .arg(min)
                .arg(max),
            QJsonObject { { QStringLiteral("field"), key }, { QStringLiteral("min"), min },
                { QStringLiteral("max"), max } });
    return std::optional<qint64>(value);
}

protocol::Result<QString> ApiRequest::queryChoice(
    const char *name, const QStringList &choices) const
{
    const QString key = QString::fromLatin1(name);
    if (!query.hasQueryItem(key))
        return QString();
    const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    if (values.size() == 1 && choices.contains(values.first()))
        return values.first();
    return Error::make(Code::InvalidField,
        QStringLiteral("The parameter \"%1\" must be one of: %2.")
            .arg(key, choices.join(QStringLiteral(", "))),
        QJsonObject { { QStringLiteral("field"), key },
            { QStringLiteral("expected"), QJsonArray::fromStringList(choices) } });
}

} // namespace parley::server
