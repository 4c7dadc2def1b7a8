// Placeholder values for previews: a matter's, or samples.
#include "templatevalues.h"

#include <QCoreApplication>

namespace parley::ui::TemplateValues {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TemplateValues)
};

// The people a rule's message greets: the client members of the conversation, which are the
// matter's clients (and spouses, when messages reach them) who have not cancelled.
QString clientNames(const protocol::Matter &matter)
{
    QStringList names;
    for (const protocol::Party &party : matter.parties) {
        const bool greeted = party.role == QLatin1String("client")
            || (matter.messageSpouse && party.role == QLatin1String("spouse"));
        if (greeted && !party.cancelledAt.isValid())
            names.append(party.name);
    }
    return names.join(QStringLiteral(" and ")); // as the server joins them
}

QString firmStandIn()
{
    return Text::tr("[your firm's name]");
}

} // namespace

QHash<QString, QString> forMatter(const protocol::Matter &matter, const QString &status)
{
    return {
        { QStringLiteral("client_name"), clientNames(matter) },
        { QStringLiteral("matter_number"), matter.number },
        { QStringLiteral("matter_title"), matter.title },
        { QStringLiteral("status"), status.trimmed() },
        { QStringLiteral("firm_name"), firmStandIn() },
    };
}

QHash<QString, QString> samples()
{
    return {
        { QStringLiteral("client_name"), Text::tr("Maria Gonzalez") },
        { QStringLiteral("matter_number"), Text::tr("2026-0042") },
        { QStringLiteral("matter_title"), Text::tr("Gonzalez custody") },
        { QStringLiteral("status"), Text::tr("Discovery") },
        { QStringLiteral("firm_name"), firmStandIn() },
    };
}

QString label(const QString &placeholder)
{
    if (placeholder == QLatin1String("client_name"))
        return Text::tr("Client name");
    if (placeholder == QLatin1String("matter_number"))
        return Text::tr("Matter number");
    if (placeholder == QLatin1String("matter_title"))
        return Text::tr("Matter title");
    if (placeholder == QLatin1String("status"))
        return Text::tr("New status");
    if (placeholder == QLatin1String("firm_name"))
        return Text::tr("Firm name");
    return placeholder;
}

} // namespace parley::ui::TemplateValues
