// QueueDepths: how much work waits in the database's queues: emails and text messages to send,
// text replies whose pictures are still to fetch, unfinished uploads and notification
// batches waiting for their time. With several servers on one database every server reports
// the same, shared figures.
#pragma once

#include "metricsregistry.h"
#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class QueueDepths
{
public:
    explicit QueueDepths(QSqlDatabase db);

    // One sample per queue, labelled queue="mail_outbox" | "sms_outbox" | "sms_inbound" |
    // "uploads_unfinished" | "notify_batches".
    protocol::Result<QList<MetricSample>> read() const;

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
