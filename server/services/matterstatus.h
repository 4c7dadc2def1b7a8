// MatterStatus: staff set a matter's status by hand. A real change (not the same status in
// other case) is one transaction: the matter, its change, a status_transitions row, the audit
// entry, and what the firm's enabled rules for the new status post into the matter's open
// client conversations (a rule_runs row each), so each rule posts once per transition and
// never again on a repeated save or a restart.
#pragma once

#include "common/principal.h"
#include "protocol/limits.h"
#include "protocol/matter.h"
#include "protocol/messagetemplate.h"
#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;
class MessageService;
class ServerEvents;

class MatterStatus
{
public:
    // events may be null (no stream to wake).
    MatterStatus(QSqlDatabase db, AccessPolicy &policy, MessageService &messages,
        ServerEvents *events, protocol::Limits limits);

    // For staff who may see the matter: invalid_field for an empty, too long or "closed"
    // status, matter_closed for a closed matter.
    protocol::Result<protocol::Matter> setStatus(
        const Principal &who, qint64 matterId, const QString &status);

private:
    // Inside the transaction: the rules for the matter's new status post; how many messages.
    protocol::Result<int> runRules(
        const Principal &who, const protocol::Matter &matter, qint64 transitionId, qint64 now);
    // The template's text for one conversation of the matter.
    protocol::Result<QString> render(const protocol::MessageTemplate &messageTemplate,
        const protocol::Matter &matter, qint64 conversationId, const QString &firmName) const;

    QSqlDatabase m_db;
    AccessPolicy &m_policy;
    MessageService &m_messages;
    ServerEvents *m_events;
    protocol::Limits m_limits;
};

} // namespace parley::server
