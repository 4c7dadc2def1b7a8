// Removing client access to shared documents.
#include "clientaccess.h"

#include "errortext.h"
#include "net/apiclient.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

namespace parley::ui::ClientAccess {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ClientAccess", text, nullptr, n);
}
} // namespace

void remove(net::ApiClient *api, const QList<SharedDocument> &documents, QWidget *parent,
    bool confirm, std::function<void(const QString &)> report, std::function<void()> done)
{
    if (documents.isEmpty())
        return;
    if (confirm
        && QMessageBox::question(parent, tr("Remove Client Access"),
               tr("Clients will no longer be able to open %n shared file(s). Messages that "
                  "shared them stay, marked as no longer shared.",
                   int(documents.size())),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    QPointer<QWidget> alive(parent);
    for (const SharedDocument &document : documents) {
        api->stopSharing(document.id,
            [alive, api, report, done, name = document.name](
                const protocol::Result<protocol::Document> &stopped) {
                if (!alive)
                    return;
                if (!stopped && report)
                    report(tr("Client access to %1 could not be removed. %2")
                               .arg(name, ErrorText::describe(stopped.error(), api->baseUrl())));
                if (done)
                    done();
            });
    }
}

} // namespace parley::ui::ClientAccess
