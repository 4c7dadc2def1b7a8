// AppMemory: the resident memory of the real desktop app (`parley`, next to bench_sync) with a
// large cache open offline, under a private D-Bus session, keyring and Xvfb display.
#pragma once

#include <QString>

namespace parley::bench {

// Runs `dbus-run-session -- scripts/lib/session bench_sync --app-probe cacheFile`, which
// prints the app_* key=value lines; returns its exit code. The cache file is moved away.
int measureAppMemory(const QString &cacheFile);

// Inside the session: gives the app a saved sign-in (settings, keychain token) for an
// unreachable server, moves cacheFile to where the app looks for that account's cache, starts
// the app, waits until it shows the cached matters and reads its VmRSS/VmHWM.
int appProbe(const QString &cacheFile);

} // namespace parley::bench
