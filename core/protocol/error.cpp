// The typed API error and its JSON form.
#include "error.h"

#include <QJsonDocument>

namespace parley::protocol {

Error Error::make(const char *code, const QString &message, QJsonObject details)
{
    return Error { QString::fromLatin1(code), message, std::move(details) };
}

Error Error::limit(const char *code, const QString &message, qint64 limit, qint64 actual)
{
    return make(code, message,
        QJsonObject { { QStringLiteral("limit"), limit }, { QStringLiteral("actual"), actual } });
}

bool Error::endsSession() const
{
    return is(ErrorCode::InvalidToken) || is(ErrorCode::MissingToken)
        || is(ErrorCode::SessionExpired);
}

QJsonObject Error::toJson() const
{
    QJsonObject inner = details;
    inner.insert(QStringLiteral("code"), code);
    inner.insert(QStringLiteral("message"), message);
    return inner;
}

QJsonObject Error::toBody() const
{
    return QJsonObject { { QStringLiteral("error"), toJson() } };
}

Error Error::fromJson(const QJsonObject &inner)
{
    Error error;
    error.code = inner.value(QStringLiteral("code")).toString();
    error.message = inner.value(QStringLiteral("message")).toString();
    error.details = inner;
    error.details.remove(QStringLiteral("code"));
    error.details.remove(QStringLiteral("message"));
    return error;
}

Error Error::fromBody(const QByteArray &body, int httpStatus)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue inner = doc.object().value(QStringLiteral("error"));
    if (inner.isObject() && inner.toObject().value(QStringLiteral("code")).isString())
        return fromJson(inner.toObject());
    return make(ErrorCode::InvalidResponse,
        QStringLiteral("The server answered with HTTP status %1 and no readable error.")
            .arg(httpStatus),
        QJsonObject { { QStringLiteral("status"), httpStatus } });
}

} // namespace parley::protocol
