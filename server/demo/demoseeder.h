// DemoSeeder: fills an empty data folder with the demo firm of `parley-server --demo`:
// 3 staff, 15 clients, 10 matters (one restricted, one an organization's, one whose client's
// spouse gets the messages too) with their files, conversations of every kind with a few weeks
// of history, and message templates with a status rule, so every screen has something real on
// it.
#pragma once

#include "protocol/result.h"

#include <QDateTime>

namespace parley::server {

class ServerContext;

class DemoSeeder
{
public:
    static constexpr const char *Password = "parley-demo";

    explicit DemoSeeder(ServerContext &context);

    // Does nothing (and says so) when the folder already has a firm, so it can be run on
    // every start.
    protocol::Result<bool> seedIfEmpty(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    protocol::Result<void> seed(const QDateTime &now);
    // The matter's All Files: a few documents, some with several versions, some shared.
    // Writes demo bytes for a document version into the blob folder; returns their sha256.
    protocol::Result<QString> storeDemoBytes(const QString &name, int version, qint64 size);
    protocol::Result<void> addDocuments(
        qint64 firmId, qint64 matterId, qint64 authorId, qint64 startMs, qint64 nowMs);

    // The firm's message templates and a status rule.
    protocol::Result<void> addAutomation(qint64 firmId, qint64 authorId, qint64 nowMs);

    ServerContext &m_context;
};

} // namespace parley::server
