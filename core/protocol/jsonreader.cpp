// Typed field reading with the first error remembered.
#include "jsonreader.h"

#include "wiretime.h"

#include <cmath>

namespace parley::protocol {

namespace {
// Largest integer a JSON double holds exactly.
constexpr double MaxExactInteger = 9007199254740992.0;

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= MaxExactInteger;
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{ }

QString JsonReader::fieldPath(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

QString JsonReader::childPath(const char *key, qsizetype index) const
{
    QString path = fieldPath(key);
    if (index >= 0)
        path += QStringLiteral("[%1]").arg(index);
    return path;
}

void JsonReader::fail(const Error &error)
{
    if (!m_error)
        m_error = error;
}

void JsonReader::failType(const char *key, const char *expected)
{
    const QString field = fieldPath(key);
    fail(Error::make(ErrorCode::InvalidField,
        QStringLiteral("The field \"%1\" must be %2.").arg(field, QString::fromLatin1(expected)),
        QJsonObject { { QStringLiteral("field"), field },
            { QStringLiteral("expected"), QString::fromLatin1(expected) } }));
}

QJsonValue JsonReader::present(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        const QString field = fieldPath(key);
        fail(Error::make(ErrorCode::MissingField,
            QStringLiteral("The field \"%1\" is required.").arg(field),
            QJsonObject { { QStringLiteral("field"), field } }));
    }
    return value;
}

qint64 JsonReader::id(const char *key)
{
    const QJsonValue value = present(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    if (!isInteger(value) || value.toDouble() < 0) {
        failType(key, "a non-negative integer");
        return 0;
    }
    return static_cast<qint64>(value.toDouble());
}

QString JsonReader::string(const char *key)
{
    const QJsonValue value = present(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        failType(key, "a string");
        return {};
    }
    return value.toString();
}

QString JsonReader::oneOf(const char *key, const QStringList &allowed)
{
    const QJsonValue value = present(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() || !allowed.contains(value.toString())) {
        const QString expected = QStringLiteral("one of ") + allowed.join(QStringLiteral(", "));
        failType(key, expected.toLatin1().constData());
        return {};
    }
    return value.toString();
}

QDateTime JsonReader::time(const char *key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = fromWireTime(text);
    if (!parsed.isValid())
        failType(key, "an ISO 8601 timestamp");
    return parsed;
}

std::optional<qint64> JsonReader::optionalId(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!isInteger(value) || value.toDouble() < 0) {
        failType(key, "a non-negative integer");
        return std::nullopt;
    }
    return static_cast<qint64>(value.toDouble());
}

qint64 JsonReader::integer(const char *key, qint64 fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!isInteger(value)) {
        failType(key, "an integer");
        return fallback;
    }
    return static_cast<qint64>(value.toDouble());
}

QString JsonReader::optionalString(const char *key, const QString &fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        failType(key, "a string");
        return fallback;
    }
    return value.toString();
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        failType(key, "true or false");
        return fallback;
    }
    return value.toBool();
}

QDateTime JsonReader::optionalTime(const char *key)
{
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = fromWireTime(text);
    if (!parsed.isValid())
        failType(key, "an ISO 8601 timestamp");
    return parsed;
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        failType(key, "an array");
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        failType(key, "an object");
        return {};
    }
    return value.toObject();
}

QList<qint64> readIdList(JsonReader &reader, const char *key)
{
    const QJsonArray array = reader.array(key);
    QList<qint64> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!isInteger(array.at(i)) || array.at(i).toDouble() < 0) {
            const QString path = reader.childPath(key, i);
            reader.fail(Error::make(ErrorCode::InvalidField,
                QStringLiteral("The field \"%1\" must be a non-negative integer.").arg(path),
                QJsonObject { { QStringLiteral("field"), path },
                    { QStringLiteral("expected"), QStringLiteral("a non-negative integer") } }));
            break;
        }
        ids.append(static_cast<qint64>(array.at(i).toDouble()));
    }
    return ids;
}

QJsonArray toJsonArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace parley::protocol
