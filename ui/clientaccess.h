// ClientAccess: Remove Client Access to shared documents: asks first (unless told not to),
// then stops each share on the server (the next client request fails, the shares' messages
// say "client access removed"). Used by All Files, its ⋯ buttons and the timeline.
#pragma once

#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace parley::net {
class ApiClient;
}

namespace parley::ui::ClientAccess {

struct SharedDocument
{
    qint64 id = 0;
    QString name;
};

// report gets a sentence for each share that could not be stopped; done is called once per
// document answered (to refresh lists). Nothing happens when the user says no.
void remove(net::ApiClient *api, const QList<SharedDocument> &documents, QWidget *parent,
    bool confirm, std::function<void(const QString &)> report, std::function<void()> done);

} // namespace parley::ui::ClientAccess
