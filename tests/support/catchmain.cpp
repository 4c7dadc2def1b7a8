// Catch2 entry point with a Qt application object, so tests can wait on signals.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef PARLEY_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
