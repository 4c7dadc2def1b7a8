// Closing a matter and recording a client's cancellation, after asking.
#include "matterclosing.h"

#include "net/apiclient.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace parley::ui::MatterClosing {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(MatterClosing)
};

bool confirmed(QWidget *parent, const QString &title, const QString &question,
    const QString &details, const QString &action)
{
    QMessageBox ask(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    ask.setInformativeText(details);
    QPushButton *go = ask.addButton(action, QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == go;
}

} // namespace

bool canClose(const protocol::Matter &matter)
{
    // As the server reads it: the status "closed", exactly.
    return matter.id > 0 && matter.status != QLatin1String("closed");
}

bool canCancel(const protocol::Party &party)
{
    return party.role != QLatin1String("other") && !party.cancelledAt.isValid();
}

void closeMatter(net::ApiClient *api, const protocol::Matter &matter, QWidget *parent, Done done)
{
    if (!confirmed(parent, Text::tr("Close Matter"),
            Text::tr("Close matter %1?").arg(matter.number),
            Text::tr("The firm leaves the matter's client conversations and nobody can post to "
                     "them any more. The clients can still read everything that was sent; what "
                     "you have seen stays readable here. Internal conversations, files and the "
                     "record of communication stay as they are."),
            Text::tr("&Close Matter")))
        return;
    api->closeMatter(matter.id, std::move(done));
}

void cancelClient(
    net::ApiClient *api, qint64 matterId, const protocol::Party &party, QWidget *parent, Done done)
{
    if (!confirmed(parent, Text::tr("Client Cancelled"),
            Text::tr("Record that %1 cancelled with the firm?").arg(party.name),
            Text::tr("The firm leaves the client conversations %1 is in on this matter, also "
                     "those shared with other clients: nobody can post to them any more. %1 "
                     "can still read everything that was sent. The matter itself stays open.")
                .arg(party.name),
            Text::tr("&Record Cancellation")))
        return;
    api->cancelClient(matterId, party.userId, std::move(done));
}

} // namespace parley::ui::MatterClosing
