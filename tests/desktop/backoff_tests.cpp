// Backoff: the delay table, its jitter bounds, the cap and the reset after success.
#include "net/backoff.h"

#include <catch2/catch.hpp>

using parley::net::Backoff;
using namespace std::chrono_literals;

TEST_CASE("Backoff walks its table with bounded jitter and starts over after reset")
{
    Backoff backoff({ 1s, 2s, 5s }, 0.2);
    CHECK(backoff.delayFor(0, 0.0) == 800ms);
    CHECK(backoff.delayFor(0, 0.5) == 1000ms);
    CHECK(backoff.delayFor(0, 1.0) == 1200ms);
    CHECK(backoff.delayFor(7, 0.5) == 5000ms); // past the end: the last step

    double r = 0.5;
    backoff.setRandom([&r] { return r; });
    CHECK(backoff.next() == 1s);
    CHECK(backoff.next() == 2s);
    r = 1.0;
    CHECK(backoff.next() == 6s);
    CHECK(backoff.next() == 6s);
    backoff.reset();
    r = 0.0;
    CHECK(backoff.next() == 800ms);
}

TEST_CASE("The default back-off grows to a minute and jitter stays within 20%")
{
    Backoff backoff;
    std::chrono::milliseconds previousBase = 0ms;
    for (int attempt = 0; attempt < 10; ++attempt) {
        const auto base = backoff.delayFor(attempt, 0.5);
        CHECK(base >= previousBase);
        previousBase = base;
        const auto delay = backoff.next();
        CHECK(delay >= base * 8 / 10);
        CHECK(delay <= base * 12 / 10);
    }
    CHECK(previousBase == 60s);
}
