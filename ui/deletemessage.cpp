// Deleting one of your own messages.
#include "deletemessage.h"

#include "net/apiclient.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace parley::ui::DeleteMessage {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DeleteMessage)
};

} // namespace

bool canDelete(const protocol::Message &message, qint64 userId)
{
    return message.id > 0 && message.senderId == userId && !message.deleted
        && message.kind != QLatin1String("event");
}

void run(net::ApiClient *api, const protocol::Message &message, QWidget *parent, bool confirm,
    std::function<void(protocol::Result<protocol::Message>)> done)
{
    if (confirm) {
        QMessageBox ask(QMessageBox::Question, Text::tr("Delete Message"),
            Text::tr("Delete this message for everyone in the conversation?"), QMessageBox::Cancel,
            parent);
        ask.setInformativeText(Text::tr("They will see “This message was deleted.” The firm's "
                                        "audit record keeps what it said."));
        QPushButton *remove = ask.addButton(Text::tr("&Delete"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != remove)
            return;
    }
    api->deleteMessage(message.id, std::move(done));
}

} // namespace parley::ui::DeleteMessage
