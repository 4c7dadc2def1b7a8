// MatterSettings: a matter's settings staff change, today whether an individual client's
// spouse gets the messages too. Turning it on adds each spouse party (who has not cancelled) to
// every open client conversation of the matter that has a client party in it, through the one
// member-adding path (event, change, audit; the notifier welcomes them). A spouse who was
// taken out of a conversation before is not put back. Turning it off changes only what comes.
#pragma once

#include "common/principal.h"
#include "protocol/matter.h"
#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;
class ServerEvents;

class MatterSettings
{
public:
    // events may be null (no stream to wake).
    MatterSettings(QSqlDatabase db, AccessPolicy &policy, ServerEvents *events);

    // For staff who may see the matter; invalid_field for an organization's matter.
    protocol::Result<protocol::Matter> setMessageSpouse(
        const Principal &who, qint64 matterId, bool on);

private:
    // Inside the transaction; how many memberships began.
    protocol::Result<int> addSpouses(
        const Principal &who, const protocol::Matter &matter, qint64 now);

    QSqlDatabase m_db;
    AccessPolicy &m_policy;
    ServerEvents *m_events;
};

} // namespace parley::server
