// HttpClient: a blocking JSON client for integration tests (QNetworkAccessManager under a
// local event loop), so a test reads like the HTTP exchange it checks.
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>
#include <optional>

namespace parley::test {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (connection closed, timeout)
    QByteArray raw;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;

    QString errorCode() const;
    QByteArray header(const QByteArray &name) const;
};

class HttpClient
{
public:
    explicit HttpClient(QUrl base);

    void setToken(const QString &token) { m_token = token; }
    // For https://: the TLS settings of every request (e.g. the test's own CA).
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

    HttpReply get(const QString &path);
    HttpReply post(const QString &path, const QJsonObject &body);
    HttpReply put(const QString &path, const QJsonObject &body);
    // Any method and raw body, e.g. malformed JSON or another media type.
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
        const QByteArray &contentType = "application/json");
    // Any method with the given header fields (and the token), e.g. tus requests.
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
        const Headers &headers);

    // Signs in; returns the token (empty on failure) and keeps it for later requests.
    QString login(const QString &email, const QString &password = QStringLiteral("parley-demo"));

private:
    QUrl m_base;
    QString m_token;
    std::optional<QSslConfiguration> m_ssl;
    QNetworkAccessManager m_manager;
};

} // namespace parley::test
