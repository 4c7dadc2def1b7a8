// DemoServer: a started `parley-server --demo` for one test case, with the demo's names.
#pragma once

#include "httpclient.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

namespace parley::test {

inline const QString Lawyer = QStringLiteral("lawyer@demo.test");
inline const QString Paralegal = QStringLiteral("paralegal@demo.test");
inline const QString Partner = QStringLiteral("partner@demo.test");
inline const QString RestrictedNumber = QStringLiteral("2026-0110");

struct DemoServer
{
    ServerProcess process;

    DemoServer()
    {
        const bool started = process.start();
        INFO(process.errorString().toStdString());
        REQUIRE(started);
    }
};

// Enrolls the staff member for two-step sign-in (admin enroll-totp); the TOTP secret.
inline QString enrollTotp(const ServerProcess &server, const QString &email)
{
    QByteArray output;
    REQUIRE(server.runAdmin({ QStringLiteral("admin"), QStringLiteral("enroll-totp"),
                                QStringLiteral("--email"), email },
                &output)
        == 0);
    const QString secret
        = QJsonDocument::fromJson(output).object()[QStringLiteral("secret_base32")].toString();
    REQUIRE(secret.size() >= 16);
    return secret;
}

// The id of the first conversation of a kind in the matter with this number, as the
// signed-in client sees it; 0 when there is none.
inline qint64 conversationOf(HttpClient &client, const QString &matterNumber, const QString &kind)
{
    const QJsonArray matters = client.get(QStringLiteral("/api/v1/matters"))
                                   .json.value(QStringLiteral("matters"))
                                   .toArray();
    for (const QJsonValue &matter : matters) {
        if (matter[QStringLiteral("number")].toString() != matterNumber)
            continue;
        const QJsonArray conversations
            = client
                  .get(QStringLiteral("/api/v1/matters/%1/conversations")
                           .arg(matter[QStringLiteral("id")].toInteger()))
                  .json.value(QStringLiteral("conversations"))
                  .toArray();
        for (const QJsonValue &conversation : conversations) {
            if (conversation[QStringLiteral("kind")].toString() == kind)
                return conversation[QStringLiteral("id")].toInteger();
        }
    }
    return 0;
}

inline QJsonObject textMessage(const QString &txn, const QString &body)
{
    return QJsonObject { { QStringLiteral("client_txn_id"), txn },
        { QStringLiteral("kind"), QStringLiteral("text") }, { QStringLiteral("body"), body } };
}

} // namespace parley::test
