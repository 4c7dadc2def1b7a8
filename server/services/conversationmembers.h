// ConversationMembers: the one way people join a conversation, whether it starts with them or
// they are added later (a spouse when the matter starts messaging spouses): the membership row
// and its member_added audit entry, the conversation's change (so /sync, the stream and the
// notifier, which welcomes new clients, see it), then a participant_added event per client.
#pragma once

#include "common/principal.h"
#include "protocol/matter.h"
#include "protocol/result.h"

#include <QSqlDatabase>
#include <optional>

namespace parley::server {

class ConversationMembers
{
public:
    explicit ConversationMembers(QSqlDatabase db);

    // Inside the caller's write transaction.
    protocol::Result<void> join(const Principal &who, std::optional<qint64> matterId,
        qint64 conversationId, const QList<qint64> &userIds, qint64 now);

    // The spouse parties who join a client conversation of this matter with these members:
    // none unless the matter messages spouses and one of them is a client party; never a
    // spouse who cancelled or is among them already.
    static QList<qint64> spousesJoining(
        const protocol::Matter &matter, const QList<qint64> &memberIds);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
