// Change JSON form.
#include "change.h"

#include "jsonreader.h"

namespace parley::protocol {

const QStringList &Change::types()
{
    static const QStringList list { QStringLiteral("matter"), QStringLiteral("conversation"),
        QStringLiteral("message"), QStringLiteral("receipt"), QStringLiteral("user"),
        QStringLiteral("document") };
    return list;
}

QJsonObject Change::toJson() const
{
    return QJsonObject { { QStringLiteral("seq"), seq }, { QStringLiteral("type"), type },
        { QStringLiteral("data"), data } };
}

Result<Change> Change::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Change change;
    change.seq = r.id("seq");
    change.type = r.oneOf("type", types());
    change.data = r.object("data");
    return r.finish(change);
}

} // namespace parley::protocol
