// TestCertificate: a self-signed certificate for 127.0.0.1 and its key, made for a test with
// the openssl command, and TLS settings for the test's own clients that trust it.
#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace parley::test {

// In a folder of its own, removed with it.
struct TestCertificate
{
    QTemporaryDir dir;
    QString certificate = dir.filePath(QStringLiteral("server.crt"));
    QString key = dir.filePath(QStringLiteral("server.key"));

    TestCertificate()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Parley test"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                QStringLiteral("-out"), certificate });
        REQUIRE(openssl.waitForFinished(30000));
        INFO(openssl.readAllStandardError().toStdString());
        REQUIRE(openssl.exitCode() == 0);
    }

    // The test's own client trusts this certificate (the product uses the system's trust).
    QSslConfiguration trusting() const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(certificate));
        return configuration;
    }
};

} // namespace parley::test
