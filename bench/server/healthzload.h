// wrk (Debian's package) against GET /healthz: the requests per second the HTTP stack itself
// serves on this machine, the ceiling for everything else measured in the same run.
#pragma once

#include <QUrl>
#include <optional>

namespace parley::bench {

// Requests per second over `seconds`, or none (with a message on stderr) without wrk.
std::optional<double> healthzRequestsPerSecond(const QUrl &baseUrl, int seconds);

} // namespace parley::bench
