// RecordExport: Export Record… on the Matter tab. Asks where to save the matter's record of
// communication (a web page to read and print, or JSON for other programs), fetches it from
// the server and writes it; says where it went or what went wrong.
#pragma once

#include "protocol/result.h"

#include <QString>
#include <functional>

class QWidget;

namespace parley::net {
class ApiClient;
}

namespace parley::ui::RecordExport {

// The name offered in the save dialog, e.g. "Record of communication 2026-0101.html".
QString suggestedName(const QString &matterNumber);

// Fetches the record and writes it to path: JSON when path ends in .json, else the page.
// done gets the outcome once the file is complete (written atomically) or not written.
void save(net::ApiClient *api, qint64 matterId, const QString &path,
    std::function<void(protocol::Result<void>)> done);

// The whole action: the save dialog, then save(), then a status line or an error box.
// report shows the sentence for the status bar.
void run(net::ApiClient *api, qint64 matterId, const QString &matterNumber, QWidget *parent,
    std::function<void(const QString &)> report);

} // namespace parley::ui::RecordExport
