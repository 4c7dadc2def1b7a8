// ChangeLog: the numbered record of committed changes that /sync and the stream replay.
#pragma once

#include "protocol/result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct ChangeRecord
{
    qint64 seq = 0;
    qint64 firmId = 0;
    QString type; // "matter" | "conversation" | "message" | "receipt" | "user"
    qint64 entityId = 0;
    std::optional<qint64> matterId; // for access filtering
    std::optional<qint64> conversationId;
};

class ChangeLog
{
public:
    explicit ChangeLog(QSqlDatabase db);

    // Call inside the transaction of the change itself, so the seq commits with it.
    protocol::Result<qint64> record(qint64 firmId, const QString &type, qint64 entityId,
        std::optional<qint64> matterId = std::nullopt,
        std::optional<qint64> conversationId = std::nullopt);
    // The firm's changes with seq > since, oldest first, at most maxRows.
    protocol::Result<QList<ChangeRecord>> after(qint64 firmId, qint64 since, int maxRows);
    // The firm's highest seq (0 when it has none).
    protocol::Result<qint64> latestSeq(qint64 firmId);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
