// TokenStore: the session token in the OS keychain (Secret Service, Keychain, Credential
// Manager) through QtKeychain; never in a plain file.
#pragma once

#include "protocol/result.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace parley::net {

class TokenStore : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(protocol::Result<T>)>;

    // service: the keychain service name; tests may use their own.
    explicit TokenStore(QObject *parent = nullptr, QString service = QStringLiteral("Parley"));

    // The keychain key of an account: "<server url>|<email>".
    static QString key(const QUrl &server, const QString &email);

    void store(const QUrl &server, const QString &email, const QString &token, Callback<void> done);
    // Not found answers an error with code "not_found".
    void read(const QUrl &server, const QString &email, Callback<QString> done);
    void remove(const QUrl &server, const QString &email, Callback<void> done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace parley::net
