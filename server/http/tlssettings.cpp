// Reading the server's certificate and key.
#include "tlssettings.h"

#include "common/errors.h"
#include "common/logcategories.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace parley::server {

namespace {

// Certificates and keys are a few kilobytes; a larger file is not one.
constexpr qint64 MaxPemBytes = 1024 * 1024;

protocol::Result<QByteArray> readPem(const QString &path, const QString &field, const char *what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidField(field,
            QStringLiteral("The TLS %1 file %2 cannot be read: %3")
                .arg(QLatin1String(what), path, file.errorString()));
    const QByteArray pem = file.read(MaxPemBytes + 1);
    if (pem.size() > MaxPemBytes)
        return invalidField(field,
            QStringLiteral("The TLS %1 file %2 is too large to be one.")
                .arg(QLatin1String(what), path));
    return pem;
}

} // namespace

protocol::Result<void> TlsSettings::check() const
{
    if (certificateFile.isEmpty() != keyFile.isEmpty())
        return invalidField(QStringLiteral("tls"),
            QStringLiteral("Give both the TLS certificate and its key ([tls] certificate and key, "
                           "or --tls-certificate and --tls-key)."));
    return {};
}

protocol::Result<QSslConfiguration> TlsSettings::load() const
{
    if (!QSslSocket::supportsSsl())
        return invalidField(QStringLiteral("tls"),
            QStringLiteral("This build of Qt has no TLS support (OpenSSL was not found)."));
    auto certificatePem
        = readPem(certificateFile, QStringLiteral("tls/certificate"), "certificate");
    if (!certificatePem)
        return certificatePem.error();
    const QList<QSslCertificate> chain
        = QSslCertificate::fromData(certificatePem.value(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return invalidField(QStringLiteral("tls/certificate"),
            QStringLiteral("The TLS certificate file %1 holds no PEM certificate.")
                .arg(certificateFile));
    auto keyPem = readPem(keyFile, QStringLiteral("tls/key"), "key");
    if (!keyPem)
        return keyPem.error();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec }) {
        key = QSslKey(keyPem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return invalidField(QStringLiteral("tls/key"),
            QStringLiteral("The TLS key file %1 holds no usable private key (PEM, RSA or EC, "
                           "without a passphrase).")
                .arg(keyFile));
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc())
        qCWarning(lcHttp) << "the TLS certificate expired on" << chain.first().expiryDate()
                          << "; clients will refuse it";
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients are not asked for certificates: staff use tokens, clients their session cookie.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace parley::server
