// Grouping stream sessions by reader and cursor.
#include "pushround.h"

#include "access/accesspolicy.h"
#include "access/recordcache.h"
#include "db/transaction.h"
#include "streamframes.h"
#include "streamsession.h"
#include "sync/changereads.h"
#include "sync/syncservice.h"

#include <map>
#include <tuple>

namespace parley::server {

namespace {

// What decides a session's frames: the user and role the rules look at, the portal
// session (its own MFA entries) and where its cursor is.
using ReaderKey = std::tuple<qint64, QString, qint64, qint64>;

ReaderKey readerKey(const StreamSession &session)
{
    const Principal &who = session.principal();
    return { who.userId(), who.user.kind + QLatin1Char('/') + who.user.role,
        who.portalSession ? who.tokenId : 0, session.cursor() };
}

} // namespace

void runPushRound(const QSqlDatabase &db, const QList<StreamSession *> &sessions)
{
    Transaction view(db, Transaction::Mode::Read);
    if (auto status = view.status(); !status) {
        for (StreamSession *session : sessions)
            session->closeWithError(status.error());
        return;
    }
    ChangeReads reads(db);
    FrameCache frames;
    RecordCache records(db);
    AccessPolicy policy(db, &records);
    SyncService sync(db, policy);
    std::map<ReaderKey, QList<StreamSession *>> readers;
    for (StreamSession *session : sessions) {
        if (session->isReady())
            readers[readerKey(*session)].append(session);
    }
    for (const auto &[key, group] : readers) {
        const qint64 cursor = std::get<3>(key);
        auto owed = streamFramesSince(sync, reads, frames, group.first()->principal(), cursor);
        for (StreamSession *session : group) {
            // A session closed by an earlier session's send (its peer went away) is skipped.
            if (!session->isReady())
                continue;
            if (!owed)
                session->closeWithError(owed.error());
            else
                session->deliver(owed->frames, owed->next);
        }
    }
}

} // namespace parley::server
