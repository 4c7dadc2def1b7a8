// Matter JSON form.
#include "matter.h"

#include "jsonreader.h"
#include "wiretime.h"

#include <algorithm>

namespace parley::protocol {

QString Matter::clientName() const
{
    for (const Party &party : parties) {
        if (party.role == QLatin1String("client"))
            return party.name;
    }
    return {};
}

const QStringList &Matter::clientKinds()
{
    static const QStringList list { QStringLiteral("individual"), QStringLiteral("organization") };
    return list;
}

QList<qint64> Matter::spousesJoining(const QList<qint64> &memberIds) const
{
    if (!messageSpouse || clientKind != QLatin1String("individual"))
        return {};
    const bool withClient = std::any_of(parties.begin(), parties.end(), [&](const Party &party) {
        return party.role == QLatin1String("client") && !party.cancelledAt.isValid()
            && memberIds.contains(party.userId);
    });
    QList<qint64> spouses;
    for (const Party &party : parties) {
        if (withClient && party.role == QLatin1String("spouse") && !party.cancelledAt.isValid())
            spouses.append(party.userId);
    }
    return spouses;
}

QJsonObject Matter::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("number"), number },
        { QStringLiteral("title"), title }, { QStringLiteral("status"), status },
        { QStringLiteral("restricted"), restricted }, { QStringLiteral("client_kind"), clientKind },
        { QStringLiteral("message_spouse"), messageSpouse },
        { QStringLiteral("parties"), toJsonArray(parties) },
        { QStringLiteral("staff"), toJsonArray(staff) },
        { QStringLiteral("updated_at"), wireTimeOrNull(updatedAt) } };
}

Result<Matter> Matter::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Matter matter;
    matter.id = r.id("id");
    matter.number = r.string("number");
    matter.title = r.string("title");
    matter.status = r.optionalString("status");
    matter.restricted = r.boolean("restricted", false);
    if (json.contains(QLatin1String("client_kind")))
        matter.clientKind = r.oneOf("client_kind", clientKinds());
    matter.messageSpouse = r.boolean("message_spouse", false);
    matter.parties = readList<Party>(r, "parties");
    matter.staff = readList<User>(r, "staff");
    matter.updatedAt = r.optionalTime("updated_at");
    return r.finish(matter);
}

} // namespace parley::protocol
