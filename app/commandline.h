// CommandLine: the desktop app's options (--server, --email, --password-env, --screenshot).
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace parley::app {

struct CommandLine
{
    QUrl server;
    QString email;
    QString passwordEnv; // the name of the environment variable holding the password
    QString screenshot; // file to save a picture of the main window to, then exit

    // Parses the arguments; on --help/--version or a bad option prints and exits.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace parley::app
