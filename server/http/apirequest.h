// ApiRequest: what a route handler gets: method, path ids, query, body and the principal.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <optional>

namespace parley::server {

struct ApiRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QList<qint64> ids; // the {id} segments of the route, in order
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    std::optional<Principal> principal; // set on authenticated routes
    QHostAddress peer; // the connection's remote address (a proxy's, behind one)
    QHostAddress client; // the client's address, past trusted proxies (clientAddress)

    const Principal &who() const { return *principal; }
    QByteArray header(const QByteArray &lowerName) const;
    qint64 id(int index = 0) const { return ids.value(index); }

    // The body as a JSON object: invalid_json when it is not one.
    protocol::Result<QJsonObject> jsonObject() const;
    // An optional integer query parameter in [min, max]: invalid_field (naming it) when
    // present but not such an integer.
    protocol::Result<std::optional<qint64>> queryInteger(
        const char *name, qint64 min, qint64 max) const;
    // An optional query parameter that must be one of choices: empty when absent,
    // invalid_field (naming it and the choices) when anything else.
    protocol::Result<QString> queryChoice(const char *name, const QStringList &choices) const;
};

} // namespace parley::server
