// PortalClient: a client's browser in the server tests: the cookie jar of its HttpClient and
// the CSRF token the portal gave at sign-in.
#pragma once

#include "httpclient.h"
#include "transferfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parley::test {

struct PortalClient
{
    HttpClient http;
    QByteArray csrf;
    QByteArray cookie; // the Set-Cookie of the sign-in

    explicit PortalClient(const QUrl &base)
        : http(base)
    { }

    HttpReply redeem(const QString &token)
    {
        const HttpReply reply = http.post(QStringLiteral("/api/v1/portal/invitations/redeem"),
            QJsonObject { { QStringLiteral("token"), token } });
        if (reply.status == 200) {
            csrf = reply.json[QStringLiteral("csrf_token")].toString().toLatin1();
            cookie = reply.header("set-cookie");
        }
        return reply;
    }

    HttpReply post(const QString &path, const QJsonObject &body, bool withCsrf = true)
    {
        HttpClient::Headers headers { { "Content-Type", "application/json" } };
        if (withCsrf)
            headers.append({ "X-CSRF-Token", csrf });
        return http.send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    // A tus upload of the whole file, with the session cookie and the CSRF token on every
    // write; the upload's id, empty when it failed.
    QString upload(const QByteArray &bytes, const QString &name)
    {
        const HttpReply created = http.send("POST", QStringLiteral("/api/v1/uploads/"), {},
            tusHeaders({ { "Upload-Length", QByteArray::number(bytes.size()) },
                { "Upload-Metadata", "filename " + name.toUtf8().toBase64() },
                { "X-CSRF-Token", csrf } }));
        if (created.status != 201)
            return {};
        const QString location = QString::fromLatin1(created.header("Location"));
        const HttpReply patched = http.send("PATCH", location, bytes,
            tusHeaders({ { "Upload-Offset", "0" },
                { "Content-Type", "application/offset+octet-stream" }, { "X-CSRF-Token", csrf } }));
        return patched.status == 204 ? location.section(u'/', -1) : QString();
    }

    // The conversation's entry in the portal's list (empty when it is not listed).
    QJsonObject listed(qint64 conversation)
    {
        const QJsonArray list = http.get(QStringLiteral("/api/v1/portal/conversations"))
                                    .json[QStringLiteral("conversations")]
                                    .toArray();
        for (const QJsonValue &entry : list) {
            if (entry[QStringLiteral("id")].toInteger() == conversation)
                return entry.toObject();
        }
        return {};
    }

    QString path(qint64 conversation, const char *what) const
    {
        return QStringLiteral("/api/v1/portal/conversations/%1/%2")
            .arg(conversation)
            .arg(QLatin1String(what));
    }
};

} // namespace parley::test
