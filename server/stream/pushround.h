// runPushRound: one fan-out of a firm's newly committed changes to its ready stream sessions.
// Sessions that are owed the same frames (the same reader as the access rules see it, at the
// same cursor) share one read of the changes and one serialised frame, so a round costs one
// read per distinct reader, not one per connection, and a change is read and serialised once.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QtGlobal>

namespace parley::server {

class StreamSession;

// How a round ended: complete (every session served, or nothing new since pushedUpTo, or the
// view could not be opened and every session was closed with the error) or cut short by a
// failed read, so another round must follow for the sessions not yet served; latest is the
// firm's last seq in the round's view (-1 when the round could not read it).
struct PushRoundOutcome
{
    bool complete = true;
    qint64 latest = -1;
};

// Pushes to each of the firm's sessions what it has not been sent yet, all read in one read
// view: the change rows and forms once (ChangeReads), the matter and conversation rows once
// (RecordCache), what depends on the reader once per reader; a reader owed more than one batch
// gets the first and catches up on its own from there (StreamSession::deliver). Nothing is read
// past the latest seq when it is still pushedUpTo (a commit heard twice, from its signal and from
// the database). A reader whose read fails has its sessions closed with that error and the round
// ends there, since on PostgreSQL a failed statement ends the view for everyone: not complete
// then, and the caller runs another round for the sessions not yet served.
PushRoundOutcome runPushRound(const QSqlDatabase &db, qint64 firmId,
    const QList<StreamSession *> &sessions, qint64 pushedUpTo);

} // namespace parley::server
