// PushRound: one fan-out of a firm's newly committed changes to its ready stream sessions.
// Sessions that are owed the same frames (the same user in the same role at the same cursor;
// a portal session on its own, as its MFA state is its own) share one read of the changes
// and one serialised frame, so a round costs one read per distinct reader, not one per
// connection, and a change is read and serialised once per round.
#pragma once

#include <QList>
#include <QSqlDatabase>

namespace parley::server {

class StreamSession;

// Pushes to each of the sessions what it has not been sent yet, all read in one read view:
// the change rows and forms once (ChangeReads), the matter and conversation rows once
// (RecordCache), what depends on the reader once per reader. A reader whose read fails has
// its sessions closed with that error.
void runPushRound(const QSqlDatabase &db, const QList<StreamSession *> &sessions);

} // namespace parley::server
