// RawSqlite: the limit the cache is measured against: the same message rows inserted with the
// plain SQLite C API, one prepared statement, one transaction, into a database with the
// cache's schema (so the FTS triggers cost the same).
#pragma once

#include "protocol/message.h"

#include <QList>
#include <QString>

namespace parley::bench {

// Inserts the messages; returns the seconds it took, or a negative number on failure.
double rawInsert(const QString &databasePath, const QList<protocol::Message> &messages);

} // namespace parley::bench
