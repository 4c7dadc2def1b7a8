// Blocking requests for tests.
#include "httpclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace parley::test {

QString HttpReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

HttpClient::HttpClient(QUrl base)
    : m_base(std::move(base))
{ }

HttpReply HttpClient::get(const QString &path)
{
    return send("GET", path, {});
}

HttpReply HttpClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply HttpClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
    const QByteArray &contentType)
{
    Headers headers;
    if (!body.isEmpty())
        headers.append({ "Content-Type", contentType });
    return send(method, path, body, headers);
}

HttpReply HttpClient::send(
    const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.json = QJsonDocument::fromJson(result.raw).object();
        result.headers = reply->rawHeaderPairs();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

QString HttpClient::login(const QString &email, const QString &password)
{
    m_token.clear();
    const HttpReply reply = post(QStringLiteral("/api/v1/auth/login"),
        QJsonObject {
            { QStringLiteral("email"), email }, { QStringLiteral("password"), password } });
    m_token = reply.json.value(QStringLiteral("token")).toString();
    return m_token;
}

} // namespace parley::test
