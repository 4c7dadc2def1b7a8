// The Parley desktop app: application object, translator, command line, then DesktopApp.
#include "commandline.h"
#include "desktopapp.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

namespace {

// --help and --version print and exit; they must work without a display.
bool printsOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Parley"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("parley.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Parley"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    if (printsOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setNames();
        parley::app::CommandLine::parse(QCoreApplication::arguments());
        return 0;
    }

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Parley"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/parley.svg")));
    QApplication::setDesktopFileName(QStringLiteral("parley"));

    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("parley"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    const parley::app::CommandLine options
        = parley::app::CommandLine::parse(QApplication::arguments());
    parley::app::DesktopApp desktop(options);
    desktop.start();
    return QApplication::exec();
}
