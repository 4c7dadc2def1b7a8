// TokenStore against the real OS keychain (Secret Service under scripts/test): store, read
// back, overwrite, delete, and not-found after delete. Fails when no keychain is available.
#include "await.h"
#include "net/tokenstore.h"

#include <QUuid>
#include <catch2/catch.hpp>

using namespace parley;

using parley::test::await;

TEST_CASE("TokenStore keeps the session token in the OS keychain")
{
    // A service of our own so a developer's real Parley sign-in is never touched.
    net::TokenStore store(nullptr, QStringLiteral("Parley tests"));
    const QUrl server(QStringLiteral("https://parley.test:8443"));
    const QString email
        = QStringLiteral("%1@demo.test").arg(QUuid::createUuid().toString(QUuid::Id128));
    CHECK(
        net::TokenStore::key(server, email) == QStringLiteral("https://parley.test:8443|") + email);

    auto stored = await<void>(
        [&](auto done) { store.store(server, email, QStringLiteral("token-one"), done); });
    INFO("store: " << stored.error().code.toStdString() << " "
                   << stored.error().message.toStdString());
    REQUIRE(stored.ok());

    auto read = await<QString>([&](auto done) { store.read(server, email, done); });
    REQUIRE(read.ok());
    CHECK(read.value() == QStringLiteral("token-one"));

    auto overwritten = await<void>(
        [&](auto done) { store.store(server, email, QStringLiteral("token-two"), done); });
    REQUIRE(overwritten.ok());
    read = await<QString>([&](auto done) { store.read(server, email, done); });
    REQUIRE(read.ok());
    CHECK(read.value() == QStringLiteral("token-two"));

    auto removed = await<void>([&](auto done) { store.remove(server, email, done); });
    REQUIRE(removed.ok());
    read = await<QString>([&](auto done) { store.read(server, email, done); });
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == QStringLiteral("not_found"));
}

TEST_CASE("TokenStore keys accounts by server and email")
{
    net::TokenStore store(nullptr, QStringLiteral("Parley tests"));
    const QString email
        = QStringLiteral("%1@demo.test").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QUrl first(QStringLiteral("https://one.parley.test"));
    const QUrl second(QStringLiteral("https://two.parley.test"));
    REQUIRE(
        await<void>([&](auto done) { store.store(first, email, QStringLiteral("a"), done); }).ok());
    auto other = await<QString>([&](auto done) { store.read(second, email, done); });
    CHECK_FALSE(other.ok());
    CHECK(other.error().code == QStringLiteral("not_found"));
    REQUIRE(await<void>([&](auto done) { store.remove(first, email, done); }).ok());
}
