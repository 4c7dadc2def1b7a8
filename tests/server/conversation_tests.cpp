// Starting conversations: the SMS rule (domestic numbers of clients with an email address)
// refused with a typed 400 naming the rule, and allowed where it holds.
#include "demoserver.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace parley::test;

namespace {

// The demo matter with this number and its first party's user id.
QPair<qint64, qint64> matterAndClient(HttpClient &client, const QString &number)
{
    const QJsonArray matters
        = client.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray();
    for (const QJsonValue &matter : matters) {
        if (matter[QStringLiteral("number")].toString() == number)
            return { matter[QStringLiteral("id")].toInteger(),
                matter[QStringLiteral("parties")][0][QStringLiteral("user_id")].toInteger() };
    }
    FAIL("no demo matter " << number.toStdString());
    return {};
}

HttpReply startExternal(HttpClient &client, qint64 matterId, qint64 clientId, bool sms)
{
    return client.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("kind"), QStringLiteral("external") },
            { QStringLiteral("matter_id"), matterId },
            { QStringLiteral("member_ids"), QJsonArray { clientId } },
            { QStringLiteral("require_mfa"), true }, { QStringLiteral("sms"), sms } });
}

} // namespace

TEST_CASE("SMS is refused for a client without a domestic mobile number, with a typed error")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());

    // Karimi has no mobile number; O'Connell's is Irish (+353).
    for (const QString &number : { QStringLiteral("2026-0103"), QStringLiteral("2026-0107") }) {
        INFO(number.toStdString());
        const auto [matterId, clientId] = matterAndClient(lawyer, number);
        const HttpReply refused = startExternal(lawyer, matterId, clientId, true);
        CHECK(refused.status == 400);
        CHECK(refused.errorCode() == QStringLiteral("sms_not_allowed"));
        const QJsonObject error = refused.json[QStringLiteral("error")].toObject();
        CHECK(error[QStringLiteral("rule")].toString()
            == QStringLiteral("sms_domestic_client_with_email"));
        CHECK(error[QStringLiteral("field")].toString() == QStringLiteral("member_ids[0]"));
        CHECK(error[QStringLiteral("user_id")].toInteger() == clientId);
        CHECK(error[QStringLiteral("message")].toString().contains(QStringLiteral("domestic")));
        // Nothing was created: the same conversation without SMS is fine.
        const HttpReply plain = startExternal(lawyer, matterId, clientId, false);
        CHECK(plain.status == 201);
        CHECK_FALSE(plain.json[QStringLiteral("sms")].toBool());
    }

    // Gonzalez has a US mobile and an email: SMS is kept.
    const auto [matterId, clientId] = matterAndClient(lawyer, QStringLiteral("2026-0101"));
    const HttpReply allowed = startExternal(lawyer, matterId, clientId, true);
    REQUIRE(allowed.status == 201);
    CHECK(allowed.json[QStringLiteral("sms")].toBool());
    CHECK(allowed.json[QStringLiteral("require_mfa")].toBool());
}
