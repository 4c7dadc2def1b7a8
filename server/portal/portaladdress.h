// PortalAddress: the firm chooses which of a client's email addresses the portal uses (the
// primary one by default). Invitations, unread reminders, MFA codes and sign-in links go to
// it, and only it can ask for a sign-in link. Choosing another address ends what the old one
// gave: unused invitations expire, portal sessions are revoked, and the client's
// conversations show that the address changed.
#pragma once

#include "common/principal.h"
#include "protocol/matter.h"
#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;
class Clock;
class ServerEvents;

class PortalAddress
{
public:
    // events may be null (admin commands: no stream to wake).
    PortalAddress(QSqlDatabase db, const Clock &clock, AccessPolicy &policy, ServerEvents *events);

    // Longest address accepted (RFC 5321's path limit less the angle brackets).
    static constexpr int MaxEmailLength = 254;
    // invalid_field when it does not look like one address, naming the limit when too long.
    static protocol::Result<void> checkEmail(const QString &email);

    // For staff who may see the matter, and a party of it: makes email the party's portal
    // address, adding it to their addresses when new (conflict when it is someone else's).
    // Choosing the current address changes nothing. Returns the matter as it is now.
    protocol::Result<protocol::Matter> choose(
        const Principal &who, qint64 matterId, qint64 userId, const QString &email);

private:
    // Inside the transaction: ends the old address's access and tells the conversations.
    protocol::Result<void> recordChange(const Principal &who, qint64 userId, qint64 now);

    QSqlDatabase m_db;
    const Clock &m_clock;
    AccessPolicy &m_policy;
    ServerEvents *m_events;
};

} // namespace parley::server
