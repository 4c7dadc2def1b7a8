// AdminCommand: `parley-server admin <command> --data-dir DIR ...`, the firm's setup from
// the command line. Answers are JSON on stdout; errors are a typed error on stderr with
// exit status 1, and a misused command line exits with 2.
#pragma once

#include <QStringList>

namespace parley::server {

class AdminCommand
{
public:
    // arguments: everything after "admin".
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace parley::server
