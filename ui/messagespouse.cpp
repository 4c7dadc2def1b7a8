// The spouse setting: who it concerns, the question before turning it on, the request.
#include "messagespouse.h"

#include "net/apiclient.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace parley::ui::MessageSpouse {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(MessageSpouse)
};

} // namespace

bool applies(const protocol::Matter &matter)
{
    return matter.id > 0 && matter.clientKind == QLatin1String("individual")
        && !spouseNames(matter).isEmpty();
}

QStringList spouseNames(const protocol::Matter &matter)
{
    QStringList names;
    for (const protocol::Party &party : matter.parties) {
        if (party.role == QLatin1String("spouse") && !party.cancelledAt.isValid())
            names.append(party.name);
    }
    return names;
}

bool set(net::ApiClient *api, const protocol::Matter &matter, bool on, QWidget *parent, Done done)
{
    if (on) {
        const QString names = spouseNames(matter).join(Text::tr(" and "));
        QMessageBox ask(QMessageBox::Question, Text::tr("Messages Reach the Spouse"),
            Text::tr("Let %1 read the client conversations of matter %2?")
                .arg(names, matter.number),
            QMessageBox::NoButton, parent);
        ask.setObjectName(QStringLiteral("messageSpouseQuestion"));
        ask.setInformativeText(
            Text::tr("%1 joins the open client conversations of this matter with the client and "
                     "can read everything sent in them so far. Parley emails an invitation to "
                     "the client portal. Conversations started later include %1 too.")
                .arg(names));
        QPushButton *confirm
            = ask.addButton(Text::tr("&Add to Conversations"), QMessageBox::AcceptRole);
        ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
        ask.exec();
        if (ask.clickedButton() != confirm)
            return false;
    }
    api->setMessageSpouse(matter.id, on, std::move(done));
    return true;
}

} // namespace parley::ui::MessageSpouse
