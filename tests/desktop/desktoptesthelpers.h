// Helpers shared by the desktop integration and UI tests: the demo server, sign-in, waiting
// on the event loop, and counting timeline rows.
#pragma once

#include "await.h"
#include "models/timelinemodel.h"
#include "net/apiclient.h"
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QTest>
#include <catch2/catch.hpp>

namespace parley::test {

inline const QString DemoPassword = QStringLiteral("parley-demo");

// One demo server per test executable: starting it hashes demo passwords, which takes a while.
inline ServerProcess &demoServer()
{
    static ServerProcess process;
    static const bool started = process.start();
    INFO("server: " << process.errorString().toStdString());
    REQUIRE(started);
    return process;
}

// Waits, processing events, until the condition holds; generous, never a timing assertion.
// The sanitizer build runs several times slower: PARLEY_TEST_TIME_SCALE stretches the wait.
template<typename Condition>
bool waitFor(Condition condition, int timeoutMs = 20000)
{
    const int scale = std::max(1, qEnvironmentVariableIntValue("PARLEY_TEST_TIME_SCALE"));
    QDeadlineTimer deadline(qint64(timeoutMs) * scale);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

// Signs in with the demo password and keeps the token in the client.
inline protocol::LoginResponse signIn(net::ApiClient &api, const QString &email)
{
    auto answer = await<protocol::LoginResponse>([&](auto done) {
        api.login(protocol::LoginRequest { email, DemoPassword, {} }, done);
    });
    if (!answer)
        FAIL("login " << email.toStdString() << ": " << answer.error().code.toStdString());
    api.setToken(answer->token);
    return answer.value();
}

inline int rowsWithBody(const models::TimelineModel *timeline, const QString &body)
{
    int count = 0;
    for (int row = 0; row < timeline->rowCount(); ++row)
        count += timeline->messageAt(row).body == body;
    return count;
}

} // namespace parley::test
