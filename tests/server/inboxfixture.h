// Helpers of the team inbox, assignment and task tests: a user's inbox rows, actions on them,
// and the audit entries of a matter's record.
#pragma once

#include "demoserver.h"
#include "httpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <catch2/catch.hpp>
#include <optional>

namespace parley::test {

// A demo server with its three staff members signed in.
struct SignedInStaff
{
    DemoServer server;
    HttpClient lawyer { server.process.url() };
    HttpClient paralegal { server.process.url() };
    HttpClient partner { server.process.url() };
    QString paralegalToken;

    SignedInStaff()
    {
        REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
        paralegalToken = paralegal.login(Paralegal);
        REQUIRE_FALSE(paralegalToken.isEmpty());
        REQUIRE_FALSE(partner.login(Partner).isEmpty());
    }
};

inline qint64 userIdOf(HttpClient &client)
{
    return client.get(QStringLiteral("/api/v1/me")).json[QStringLiteral("id")].toInteger();
}

// The items of GET /api/v1/inbox?query (which must answer 200).
inline QJsonArray inboxItems(HttpClient &client, const QString &query = {})
{
    const HttpReply reply = client.get(QStringLiteral("/api/v1/inbox?") + query);
    INFO(reply.raw.toStdString());
    REQUIRE(reply.status == 200);
    return reply.json[QStringLiteral("items")].toArray();
}

inline qint64 messageIdOf(const QJsonValue &item)
{
    return item[QStringLiteral("message")][QStringLiteral("id")].toInteger();
}

inline QList<qint64> messageIdsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(messageIdOf(item));
    return ids;
}

// The item of this message (empty when it is not there).
inline QJsonObject itemOf(const QJsonArray &items, qint64 messageId)
{
    for (const QJsonValue &item : items) {
        if (messageIdOf(item) == messageId)
            return item.toObject();
    }
    return {};
}

// POST /api/v1/inbox/actions; assignee only for "assign" (a number or null).
inline HttpReply inboxAction(HttpClient &client, const QString &action, const QList<qint64> &ids,
    const std::optional<QJsonValue> &assignee = std::nullopt)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    QJsonObject body { { QStringLiteral("action"), action },
        { QStringLiteral("message_ids"), list } };
    if (assignee)
        body.insert(QStringLiteral("assignee_id"), *assignee);
    return client.post(QStringLiteral("/api/v1/inbox/actions"), body);
}

// Every row the user sees in Inbox, Sent and Trash with their own state of it, by message id
// (each item with the view it is in): what an action may change, all of it.
inline QMap<qint64, QJsonObject> everyRow(HttpClient &client)
{
    QMap<qint64, QJsonObject> rows;
    for (const QString &view :
        { QStringLiteral("inbox"), QStringLiteral("sent"), QStringLiteral("trash") }) {
        const QJsonArray items = inboxItems(client, QStringLiteral("view=%1&limit=500").arg(view));
        REQUIRE(items.size() < 500); // all of them
        for (const QJsonValue &item : items) {
            QJsonObject row = item.toObject();
            row.insert(QStringLiteral("view"), view);
            REQUIRE_FALSE(rows.contains(messageIdOf(row))); // one view each
            rows.insert(messageIdOf(row), row);
        }
    }
    return rows;
}

// The audit entries of a matter's record (GET /matters/{id}/record) with this action.
inline QJsonArray auditEntries(HttpClient &client, qint64 matter, const QString &action)
{
    const HttpReply reply = client.get(QStringLiteral("/api/v1/matters/%1/record").arg(matter));
    REQUIRE(reply.status == 200);
    QJsonArray found;
    for (const QJsonValue &entry :
        reply.json[QStringLiteral("record")][QStringLiteral("audit")].toArray()) {
        if (entry[QStringLiteral("action")].toString() == action)
            found.append(entry);
    }
    return found;
}

inline QString recordHtml(HttpClient &client, qint64 matter)
{
    return client.get(QStringLiteral("/api/v1/matters/%1/record").arg(matter))
        .json[QStringLiteral("html")]
        .toString();
}

} // namespace parley::test
