// Grouping stream sessions by reader and cursor.
#include "pushround.h"

#include "access/accesspolicy.h"
#include "access/recordcache.h"
#include "db/transaction.h"
#include "framecache.h"
#include "streamframes.h"
#include "streamsession.h"
#include "sync/changereads.h"
#include "sync/syncservice.h"

#include <map>
#include <tuple>

namespace parley::server {

namespace {

// What the rules decide a session's changes by (firm, user, staff or client; the firm is the
// round's and follows from the user), the portal session (portal tokens do not open streams
// today; were they to, their MFA entries would be theirs alone) and where its cursor is.
using ReaderKey = std::tuple<qint64, bool, qint64, qint64>;

struct Reader
{
    Principal who;
    QList<StreamSession *> sessions;
};

ReaderKey readerKey(const StreamSession &session)
{
    const Principal &who = session.principal();
    return { who.userId(), who.isStaff(), who.portalSession ? who.tokenId : 0, session.cursor() };
}

} // namespace

PushRoundOutcome runPushRound(const QSqlDatabase &db, qint64 firmId,
    const QList<StreamSession *> &sessions, qint64 pushedUpTo)
{
    const auto closeAll = [&](const protocol::Error &error) {
        for (StreamSession *session : sessions)
            session->closeWithError(error);
        return PushRoundOutcome {};
    };
    Transaction view(db, Transaction::Mode::Read);
    if (auto status = view.status(); !status)
        return closeAll(status.error());
    ChangeReads reads(db);
    auto latest = reads.latestSeq(firmId);
    if (!latest)
        return closeAll(latest.error());
    if (latest.value() == pushedUpTo)
        return PushRoundOutcome { true, latest.value() };
    FrameCache frames;
    RecordCache records(db);
    AccessPolicy policy(db, &records);
    SyncService sync(db, policy);
    std::map<ReaderKey, Reader> readers;
    for (StreamSession *session : sessions) {
        if (!session->isReady() || session->isCatchingUp())
            continue;
        Reader &reader = readers[readerKey(*session)];
        if (reader.sessions.isEmpty())
            reader.who = session->principal();
        reader.sessions.append(session);
    }
    for (const auto &[key, reader] : readers) {
        auto owed = streamFramesSince(sync, reads, frames, reader.who, std::get<3>(key));
        for (StreamSession *session : reader.sessions) {
            if (!owed)
                session->closeWithError(owed.error());
            else
                session->deliver(owed->frames, owed->next, owed->more);
        }
        if (!owed)
            return PushRoundOutcome { false, latest.value() };
    }
    return PushRoundOutcome { true, latest.value() };
}

} // namespace parley::server
