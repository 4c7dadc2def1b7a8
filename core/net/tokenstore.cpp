// TokenStore: QtKeychain jobs mapped to protocol::Result.
#include "tokenstore.h"

#include "netlogging.h"

#include <qt6keychain/keychain.h>

namespace parley::net {

using protocol::Error;
namespace ErrorCode = protocol::ErrorCode;

namespace {

Error keychainError(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::EntryNotFound)
        return Error::make(ErrorCode::NotFound, QStringLiteral("No saved sign-in was found."));
    return Error::make(ErrorCode::KeychainError,
        QStringLiteral("The system keychain is not available: %1").arg(job->errorString()),
        QJsonObject { { QStringLiteral("keychain_error"), int(job->error()) } });
}

void prepare(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    // A plain-text fallback file would defeat the point of the keychain.
    job->setInsecureFallback(false);
    job->setKey(key);
}

} // namespace

TokenStore::TokenStore(QObject *parent, QString service)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString TokenStore::key(const QUrl &server, const QString &email)
{
    const QString url = server.adjusted(QUrl::StripTrailingSlash).toString(QUrl::FullyEncoded);
    return url + QLatin1Char('|') + email.trimmed().toLower();
}

void TokenStore::store(
    const QUrl &server, const QString &email, const QString &token, Callback<void> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    prepare(job, key(server, email));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            qCWarning(lcNet) << "keychain write failed:" << j->error();
            done(keychainError(j));
        } else {
            done({});
        }
    });
    job->start();
}

void TokenStore::read(const QUrl &server, const QString &email, Callback<QString> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    prepare(job, key(server, email));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            done(keychainError(j));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void TokenStore::remove(const QUrl &server, const QString &email, Callback<void> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    prepare(job, key(server, email));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            qCWarning(lcNet) << "keychain delete failed:" << j->error();
            done(keychainError(j));
        } else {
            done({});
        }
    });
    job->start();
}

} // namespace parley::net
