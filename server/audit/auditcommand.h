// AuditCommand: `parley-server audit verify --data-dir DIR` walks every audit chain and says
// whether it is intact (exit status 0) or what was edited or removed (exit status 3);
// `parley-server audit export --data-dir DIR --matter ID [--out FOLDER]` writes the matter's
// record of communication as record-<number>.json and record-<number>.html.
#pragma once

#include <QStringList>

namespace parley::server {

class AuditCommand
{
public:
    // arguments: everything after "audit".
    static int run(const QStringList &arguments);
};

} // namespace parley::server
