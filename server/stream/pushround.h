// runPushRound: one fan-out of a firm's newly committed changes to its ready stream sessions.
// Sessions that are owed the same frames (the same reader as the access rules see it, at the
// same cursor) share one read of the changes and one serialised frame, so a round costs one
// read per distinct reader, not one per connection, and a change is read and serialised once.
#pragma once

#include <QList>
#include <QSqlDatabase>

namespace parley::server {

class StreamSession;

// Pushes to each of the sessions what it has not been sent yet, all read in one read view:
// the change rows and forms once (ChangeReads), the matter and conversation rows once
// (RecordCache), what depends on the reader once per reader. A reader whose read fails has
// its sessions closed with that error and the round ends there, since on PostgreSQL a failed
// statement ends the view for everyone: false then, and the caller runs another round for
// the sessions not yet served.
bool runPushRound(const QSqlDatabase &db, const QList<StreamSession *> &sessions);

} // namespace parley::server
