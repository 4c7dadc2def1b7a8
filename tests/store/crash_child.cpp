// The crash test's child: applies numbered batches to a cache from its stored since, forever
// (up to a cap), until the test kills it.
#include "crashbatches.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: store_crash_child <cache file>\n");
        return 2;
    }
    parley::store::CacheDatabase database(args.at(1));
    if (!database.open())
        return 3;
    parley::store::CacheStore store(&database);
    const auto since = store.since();
    if (!since)
        return 4;
    for (qint64 n = *since + 1; n <= *since + 200'000; ++n) {
        const auto applied = store.applyBatch(crashtest::batchNumber(n));
        if (!applied)
            return 5;
        if (!*applied)
            return 6;
    }
    return 0;
}
