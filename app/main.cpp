// The Parley desktop app: application object, translator, command line, then DesktopApp.
#include "commandline.h"
#include "desktopapp.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Parley"));
    QApplication::setOrganizationDomain(QStringLiteral("parley.app"));
    QApplication::setApplicationName(QStringLiteral("Parley"));
    QApplication::setApplicationDisplayName(QStringLiteral("Parley"));
    QApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
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
