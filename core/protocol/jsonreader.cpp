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

void JsonReader::failMissing(const char *key)
{
    const QString field = fieldPath(key);
    fail(Error::make(ErrorCode::MissingField,
        QStringLiteral("The field \"%1\" is required.").arg(field),
        QJsonObject { { QStringLiteral("field"), field } }));
}

template<typename T, typename Convert>
T JsonReader::read(
    const char *key, Presence presence, T fallback, const char *expected, Convert convert)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required)
            failMissing(key);
        return fallback;
    }
    std::optional<T> converted = convert(value);
    if (!converted) {
        failType(key, expected);
        return fallback;
    }
    return std::move(*converted);
}

namespace {
std::optional<qint64> toId(const QJsonValue &value)
{
    if (!isInteger(value) || value.toDouble() < 0)
        return std::nullopt;
    return static_cast<qint64>(value.toDouble());
}

std::optional<qint64> toInteger(const QJsonValue &value)
{
    if (!isInteger(value))
        return std::nullopt;
    return static_cast<qint64>(value.toDouble());
}

std::optional<QString> toString(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<QDateTime> toTime(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QDateTime parsed = fromWireTime(value.toString());
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

constexpr auto IdExpected = "a non-negative integer";
constexpr auto TimeExpected = "an ISO 8601 timestamp";
} // namespace

qint64 JsonReader::id(const char *key)
{
    return read<qint64>(key, Presence::Required, 0, IdExpected, toId);
}

QString JsonReader::string(const char *key)
{
    return read<QString>(key, Presence::Required, {}, "a string", toString);
}

QString JsonReader::oneOf(const char *key, const QStringList &allowed)
{
    const QString expected = QStringLiteral("one of ") + allowed.join(QStringLiteral(", "));
    return read<QString>(key, Presence::Required, {}, expected.toLatin1().constData(),
        [&allowed](const QJsonValue &value) -> std::optional<QString> {
            if (!value.isString() || !allowed.contains(value.toString()))
                return std::nullopt;
            return value.toString();
        });
}

QDateTime JsonReader::time(const char *key)
{
    return read<QDateTime>(key, Presence::Required, {}, TimeExpected, toTime);
}

std::optional<qint64> JsonReader::optionalId(const char *key)
{
    const qint64 none = -1;
    const qint64 id = read<qint64>(key, Presence::Optional, none, IdExpected, toId);
    return id == none ? std::nullopt : std::optional<qint64>(id);
}

qint64 JsonReader::integer(const char *key, qint64 fallback)
{
    return read<qint64>(key, Presence::Optional, fallback, "an integer", toInteger);
}

QString JsonReader::optionalString(const char *key, const QString &fallback)
{
    return read<QString>(key, Presence::Optional, fallback, "a string", toString);
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    return read<bool>(key, Presence::Optional, fallback, "true or false",
        [](const QJsonValue &value) -> std::optional<bool> {
            return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
        });
}

QDateTime JsonReader::optionalTime(const char *key)
{
    return read<QDateTime>(key, Presence::Optional, {}, TimeExpected, toTime);
}

QJsonArray JsonReader::array(const char *key)
{
    return read<QJsonArray>(key, Presence::Optional, {}, "an array",
        [](const QJsonValue &value) -> std::optional<QJsonArray> {
            return value.isArray() ? std::optional<QJsonArray>(value.toArray()) : std::nullopt;
        });
}

QJsonObject JsonReader::object(const char *key)
{
    return read<QJsonObject>(key, Presence::Optional, {}, "an object",
        [](const QJsonValue &value) -> std::optional<QJsonObject> {
            return value.isObject() ? std::optional<QJsonObject>(value.toObject()) : std::nullopt;
        });
}

QList<qint64> readIdList(JsonReader &reader, const char *key)
{
    const QJsonArray array = reader.array(key);
    QList<qint64> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<qint64> id = toId(array.at(i));
        if (!id) {
            const QString path = reader.childPath(key, i);
            reader.fail(Error::make(ErrorCode::InvalidField,
                QStringLiteral("The field \"%1\" must be a non-negative integer.").arg(path),
                QJsonObject { { QStringLiteral("field"), path },
                    { QStringLiteral("expected"), QStringLiteral("a non-negative integer") } }));
            break;
        }
        ids.append(*id);
    }
    return ids;
}

QStringList readStringList(JsonReader &reader, const char *key)
{
    const QJsonArray array = reader.array(key);
    QStringList strings;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            const QString path = reader.childPath(key, i);
            reader.fail(Error::make(ErrorCode::InvalidField,
                QStringLiteral("The field \"%1\" must be a string.").arg(path),
                QJsonObject { { QStringLiteral("field"), path },
                    { QStringLiteral("expected"), QStringLiteral("a string") } }));
            break;
        }
        strings.append(array.at(i).toString());
    }
    return strings;
}

QJsonArray toJsonArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace parley::protocol
