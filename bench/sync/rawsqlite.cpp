// Plain SQLite inserts.
#include "rawsqlite.h"

#include <QElapsedTimer>
#include <cstdio>
#include <sqlite3.h>

namespace parley::bench {

double rawInsert(const QString &databasePath, const QList<protocol::Message> &messages)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK) {
        std::fprintf(stderr, "raw: cannot open: %s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return -1;
    }
    sqlite3_exec(
        db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    const char *sql = "INSERT INTO messages (id, conversation_id, sender_id, sender_name, kind,"
                      " body, client_txn_id, channel, deleted, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(db, sql, -1, &insert, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw: cannot prepare: %s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const protocol::Message &message : messages) {
        if (!ok)
            break;
        const QByteArray name = message.senderName.toUtf8();
        const QByteArray kind = message.kind.toUtf8();
        const QByteArray body = message.body.toUtf8();
        const QByteArray txn = message.clientTxnId.toUtf8();
        const QByteArray channel = message.channel.toUtf8();
        sqlite3_bind_int64(insert, 1, message.id);
        sqlite3_bind_int64(insert, 2, message.conversationId);
        sqlite3_bind_int64(insert, 3, message.senderId);
        sqlite3_bind_text(insert, 4, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 5, kind.constData(), int(kind.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 6, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 7, txn.constData(), int(txn.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 8, channel.constData(), int(channel.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 9, message.deleted ? 1 : 0);
        sqlite3_bind_int64(insert, 10, message.createdAt.toMSecsSinceEpoch());
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!ok)
        std::fprintf(stderr, "raw: insert failed: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return ok ? seconds : -1;
}

} // namespace parley::bench
