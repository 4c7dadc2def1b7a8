// CommandLine: QCommandLineParser set-up.
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace parley::app {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Parley: secure client messaging for law firms."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
        QCoreApplication::translate("CommandLine", "The Parley server address."),
        QStringLiteral("url"));
    const QCommandLineOption email(QStringLiteral("email"),
        QCoreApplication::translate("CommandLine", "The email address to sign in with."),
        QStringLiteral("email"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
        QCoreApplication::translate(
            "CommandLine", "Sign in at once with the password held in this environment variable."),
        QStringLiteral("variable"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
            "After signing in, open the first matter's first conversation, save a picture of the "
            "window to this file and exit."),
        QStringLiteral("file"));
    parser.addOptions({ server, email, passwordEnv, screenshot });
    parser.process(arguments);

    CommandLine line;
    if (parser.isSet(server))
        line.server = QUrl::fromUserInput(parser.value(server));
    line.email = parser.value(email);
    line.passwordEnv = parser.value(passwordEnv);
    line.screenshot = parser.value(screenshot);
    return line;
}

} // namespace parley::app
