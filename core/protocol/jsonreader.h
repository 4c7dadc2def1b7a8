// JsonReader: reads typed fields from a JSON object and remembers the first type error,
// so every wire type decodes with one clear invalid_field / missing_field error.
#pragma once

#include "error.h"
#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace parley::protocol {

class JsonReader
{
public:
    // path names the object in errors, e.g. "attachments[2]"; empty for the top level.
    explicit JsonReader(const QJsonObject &object, QString path = {});

    // Required fields: a missing or mistyped one records an error and returns a default.
    qint64 id(const char *key);
    QString string(const char *key);
    QString oneOf(const char *key, const QStringList &allowed);
    QDateTime time(const char *key);

    // Optional fields: absent or null gives the fallback; a wrong type is still an error.
    std::optional<qint64> optionalId(const char *key);
    qint64 integer(const char *key, qint64 fallback);
    QString optionalString(const char *key, const QString &fallback = {});
    bool boolean(const char *key, bool fallback);
    QDateTime optionalTime(const char *key);
    QJsonArray array(const char *key);
    QJsonObject object(const char *key);

    // The path of a nested element, for a nested reader: "attachments[2]".
    QString childPath(const char *key, qsizetype index = -1) const;
    // Records an error found by the caller (e.g. from a nested reader).
    void fail(const Error &error);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

    template<typename T>
    Result<T> finish(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

private:
    enum class Presence { Required, Optional };
    // Reads key with convert (nullopt = wrong type, recorded with `expected`); an absent or
    // null key gives the fallback, and an error too when required.
    template<typename T, typename Convert>
    T read(const char *key, Presence presence, T fallback, const char *expected, Convert convert);
    QString fieldPath(const char *key) const;
    void failMissing(const char *key);
    void failType(const char *key, const char *expected);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

// Reads an array of objects of a wire type T (T::fromJson(object, path)); the first bad
// element stops reading and is recorded in the reader.
template<typename T>
QList<T> readList(JsonReader &reader, const char *key)
{
    const QJsonArray array = reader.array(key);
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = reader.childPath(key, i);
        if (!array.at(i).isObject()) {
            reader.fail(Error::make(ErrorCode::InvalidField,
                QStringLiteral("The field \"%1\" must be an object.").arg(path),
                QJsonObject { { QStringLiteral("field"), path },
                    { QStringLiteral("expected"), QStringLiteral("an object") } }));
            break;
        }
        Result<T> item = T::fromJson(array.at(i).toObject(), path);
        if (!item) {
            reader.fail(item.error());
            break;
        }
        items.append(std::move(item).value());
    }
    return items;
}

// Reads an array of ids, e.g. member_ids.
QList<qint64> readIdList(JsonReader &reader, const char *key);
// An optional array of strings (empty when absent); any other element fails the reader.
QStringList readStringList(JsonReader &reader, const char *key);

template<typename T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

QJsonArray toJsonArray(const QList<qint64> &ids);

} // namespace parley::protocol
