// Where a request came from, behind proxies: X-Forwarded-For is believed only from trusted
// proxies, read from its right end, with ports and brackets dropped; anything that is not an
// address stops the walk.
#include "http/clientaddress.h"

#include <catch2/catch.hpp>

using namespace parley::server;

namespace {

QString from(const char *peer, const QByteArray &forwardedFor, const AddressRanges &trusted)
{
    return clientAddress(QHostAddress(QString::fromLatin1(peer)), forwardedFor, trusted).toString();
}

} // namespace

TEST_CASE("The client behind trusted proxies is the right-most address they did not add")
{
    const AddressRanges loopback;
    // Not a proxy: the header is whatever the caller wrote, and ignored.
    CHECK(from("198.51.100.4", "203.0.113.5", loopback) == QLatin1String("198.51.100.4"));
    // nginx on the same host appends the address it heard from; the left entries are the
    // client's own words.
    CHECK(from("127.0.0.1", "192.0.2.1, 203.0.113.5", loopback) == QLatin1String("203.0.113.5"));
    CHECK(from("::1", "203.0.113.5", loopback) == QLatin1String("203.0.113.5"));
    CHECK(from("::ffff:127.0.0.1", "203.0.113.5", loopback) == QLatin1String("203.0.113.5"));
    // No header: the proxy itself.
    CHECK(from("127.0.0.1", "", loopback) == QLatin1String("127.0.0.1"));

    // Ports and brackets, as some balancers write them.
    CHECK(from("127.0.0.1", "203.0.113.5:51234", loopback) == QLatin1String("203.0.113.5"));
    CHECK(from("127.0.0.1", "[2001:db8::5]:443", loopback) == QLatin1String("2001:db8::5"));
    CHECK(from("127.0.0.1", "2001:db8::5", loopback) == QLatin1String("2001:db8::5"));

    // A chain of trusted proxies is walked past; the first untrusted hop is the client.
    auto internal = AddressRanges::parse(
        { QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8") }, QStringLiteral("test"));
    REQUIRE(internal);
    CHECK(from("127.0.0.1", "192.0.2.1, 203.0.113.5, 10.0.0.7", internal.value())
        == QLatin1String("203.0.113.5"));
    // Only proxies: the farthest of them.
    CHECK(from("127.0.0.1", "10.0.0.9, 10.0.0.7", internal.value()) == QLatin1String("10.0.0.9"));
    // Something that is not an address: the last hop a trusted proxy vouched for.
    CHECK(
        from("127.0.0.1", "203.0.113.5, unknown", internal.value()) == QLatin1String("127.0.0.1"));
    CHECK(from("127.0.0.1", "203.0.113.5, 10.0.0.7, [2001:db8::1", internal.value())
        == QLatin1String("127.0.0.1"));
    CHECK(from("127.0.0.1", "203.0.113.5, garbage, 10.0.0.7", internal.value())
        == QLatin1String("10.0.0.7"));
}

TEST_CASE("Address ranges take addresses and CIDR ranges, and name the setting when refused")
{
    auto ranges = AddressRanges::parse(
        { QStringLiteral(" 192.0.2.0/24 "), QStringLiteral("2001:db8::/32"), QString() },
        QStringLiteral("[server] trusted_proxies"));
    REQUIRE(ranges);
    CHECK(ranges->contains(QHostAddress(QStringLiteral("192.0.2.200"))));
    CHECK(ranges->contains(QHostAddress(QStringLiteral("::ffff:192.0.2.200"))));
    CHECK(ranges->contains(QHostAddress(QStringLiteral("2001:db8:ffff::1"))));
    CHECK_FALSE(ranges->contains(QHostAddress(QStringLiteral("127.0.0.1"))));
    auto refused = AddressRanges::parse(
        { QStringLiteral("proxy.local") }, QStringLiteral("[server] trusted_proxies"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("[server] trusted_proxies")));
    CHECK(refused.error().message.contains(QStringLiteral("proxy.local")));
}
