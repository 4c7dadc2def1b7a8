// Catch2 entry point with a Qt application object, so tests can wait on signals.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <cstdio>

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
    // The *_pg twins of the server tests (ctest label postgres) must run on PostgreSQL: without
    // a cluster they fail here rather than pass on SQLite unnoticed.
    if (qEnvironmentVariableIsSet("PARLEY_TEST_REQUIRE_POSTGRES")
        && qEnvironmentVariableIsEmpty("PARLEY_TEST_POSTGRES")) {
        std::fputs("This is a PostgreSQL run (PARLEY_TEST_REQUIRE_POSTGRES) but "
                   "PARLEY_TEST_POSTGRES is not set: start a test cluster with "
                   "`source scripts/lib/postgres; postgres_start` (scripts/test does).\n",
            stderr);
        return 1;
    }
    return Catch::Session().run(argc, argv);
}
