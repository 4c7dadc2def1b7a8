// The cache schema, one numbered step at a time.
#include "cachemigrations.h"

#include "sqlquery.h"
#include "storelog.h"
#include "transactionguard.h"

namespace parley::store {

protocol::Result<int> CacheMigrations::version(const QSqlDatabase &db)
{
    SqlQuery query(db, QStringLiteral("PRAGMA user_version"));
    if (auto result = query.exec(); !result)
        return result.error();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

protocol::Result<void> CacheMigrations::apply(const QSqlDatabase &db, int target)
{
    const auto current = version(db);
    if (!current)
        return current.error();
    if (*current > CurrentVersion) {
        qCCritical(lcStore) << "cache schema version" << *current << "is newer than this build ("
                            << CurrentVersion << ")";
        return internalError();
    }
    using Step = protocol::Result<void> (*)(const QSqlDatabase &);
    const Step steps[] = { &CacheMigrations::migrateTo1, &CacheMigrations::migrateTo2,
        &CacheMigrations::migrateTo3, &CacheMigrations::migrateTo4, &CacheMigrations::migrateTo5,
        &CacheMigrations::migrateTo6, &CacheMigrations::migrateTo7, &CacheMigrations::migrateTo8,
        &CacheMigrations::migrateTo9 };
    static_assert(std::size(steps) == CurrentVersion);
    for (int step = *current + 1; step <= target && step <= CurrentVersion; ++step) {
        TransactionGuard transaction(db);
        if (auto result = transaction.status(); !result)
            return result;
        if (auto result = steps[step - 1](db); !result)
            return result;
        // PRAGMA takes no bound parameters; step is our own integer.
        SqlQuery setVersion(db, QStringLiteral("PRAGMA user_version = %1").arg(step));
        if (auto result = setVersion.exec(); !result)
            return result;
        if (auto result = transaction.commit(); !result)
            return result;
        qCInfo(lcStore) << "cache migrated to schema version" << step;
    }
    return {};
}

protocol::Result<void> CacheMigrations::migrateTo1(const QSqlDatabase &db)
{
    // Times are INTEGER milliseconds since the epoch (UTC), NULL when unknown. Messages have
    // no foreign key to conversations: a batch may carry a message of a conversation the
    // cache has not seen yet.
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL,"
                           " email TEXT NOT NULL, phone TEXT NOT NULL,"
                           " totp_enabled INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE matters ("
                           " id INTEGER PRIMARY KEY,"
                           " number TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL,"
                           " restricted INTEGER NOT NULL DEFAULT 0,"
                           " parties_json TEXT NOT NULL DEFAULT '[]',"
                           " staff_json TEXT NOT NULL DEFAULT '[]',"
                           " updated_at INTEGER)"),
            QStringLiteral("CREATE TABLE conversations ("
                           " id INTEGER PRIMARY KEY,"
                           " matter_id INTEGER,"
                           " kind TEXT NOT NULL, title TEXT NOT NULL,"
                           " require_mfa INTEGER NOT NULL DEFAULT 0,"
                           " sms INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER, last_message_at INTEGER)"),
            QStringLiteral("CREATE INDEX conversations_matter ON conversations(matter_id)"),
            QStringLiteral("CREATE TABLE members ("
                           " conversation_id INTEGER NOT NULL"
                           "  REFERENCES conversations(id) ON DELETE CASCADE,"
                           " user_id INTEGER NOT NULL,"
                           " name TEXT NOT NULL, kind TEXT NOT NULL,"
                           " added_at INTEGER, removed_at INTEGER,"
                           " PRIMARY KEY (conversation_id, user_id))"),
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL,"
                           " sender_id INTEGER NOT NULL, sender_name TEXT NOT NULL,"
                           " kind TEXT NOT NULL, body TEXT NOT NULL,"
                           " client_txn_id TEXT NOT NULL, channel TEXT NOT NULL,"
                           " event_json TEXT NOT NULL DEFAULT '{}',"
                           " attachments_json TEXT NOT NULL DEFAULT '[]',"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER)"),
            // Timeline pages read (conversation_id, id) ranges: cost independent of history.
            QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id, id)"),
            QStringLiteral("CREATE TABLE sync_state ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " since INTEGER NOT NULL, has_snapshot INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO sync_state (id, since, has_snapshot) VALUES (1, 0, 0)"),
            QStringLiteral("CREATE TABLE outbox ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " client_txn_id TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL DEFAULT 'message' CHECK (kind IN ('message')),"
                           " conversation_id INTEGER NOT NULL,"
                           " body TEXT NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'pending'"
                           "  CHECK (state IN ('pending', 'failed')),"
                           " error_code TEXT, error_message TEXT,"
                           " created_at INTEGER NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0)"),
        });
}

protocol::Result<void> CacheMigrations::migrateTo2(const QSqlDatabase &db)
{
    // An external-content index: the text lives once, in messages; triggers keep the index
    // in step and the rebuild indexes the rows a version 1 cache already holds.
    return execAll(db,
        {
            QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5("
                           "body, content='messages', content_rowid='id')"),
            QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                           " INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);"
                           " END"),
            QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, body)"
                           "  VALUES ('delete', old.id, old.body);"
                           " END"),
            QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages"
                           " BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, body)"
                           "  VALUES ('delete', old.id, old.body);"
                           " INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);"
                           " END"),
            QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
        });
}

protocol::Result<void> CacheMigrations::migrateTo3(const QSqlDatabase &db)
{
    // Attachment names become searchable: a plain column the index can read (filled from the
    // stored attachment JSON for existing rows) and an index over body and names.
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE messages ADD COLUMN"
                           " attachment_names TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE messages SET attachment_names = COALESCE((SELECT"
                           " group_concat(json_extract(value, '$.name'), ' ')"
                           " FROM json_each(attachments_json)), '')"
                           " WHERE json_valid(attachments_json) AND deleted = 0"),
            QStringLiteral("DROP TRIGGER messages_fts_insert"),
            QStringLiteral("DROP TRIGGER messages_fts_delete"),
            QStringLiteral("DROP TRIGGER messages_fts_update"),
            QStringLiteral("DROP TABLE messages_fts"),
            QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5("
                           "body, attachment_names, content='messages', content_rowid='id')"),
            QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                           " INSERT INTO messages_fts(rowid, body, attachment_names)"
                           "  VALUES (new.id, new.body, new.attachment_names);"
                           " END"),
            QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, body, attachment_names)"
                           "  VALUES ('delete', old.id, old.body, old.attachment_names);"
                           " END"),
            QStringLiteral("CREATE TRIGGER messages_fts_update"
                           " AFTER UPDATE OF body, attachment_names ON messages BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, body, attachment_names)"
                           "  VALUES ('delete', old.id, old.body, old.attachment_names);"
                           " INSERT INTO messages_fts(rowid, body, attachment_names)"
                           "  VALUES (new.id, new.body, new.attachment_names);"
                           " END"),
            QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
        });
}

protocol::Result<void> CacheMigrations::migrateTo4(const QSqlDatabase &db)
{
    // How much of each conversation's history the cache holds without a gap: every message
    // from contiguous_from on (0: all that is cached), and complete once the server said
    // nothing is older. No row: contiguous from 0, completeness unknown.
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE history ("
                           " conversation_id INTEGER PRIMARY KEY,"
                           " contiguous_from INTEGER NOT NULL DEFAULT 0,"
                           " complete INTEGER NOT NULL DEFAULT 0)"),
        });
}

protocol::Result<void> CacheMigrations::migrateTo5(const QSqlDatabase &db)
{
    // Unsent composer text per conversation, kept across restarts; and read receipts (who read
    // which message when), from which unread counts and "read by" lines are computed.
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE drafts ("
                           " conversation_id INTEGER PRIMARY KEY,"
                           " body TEXT NOT NULL,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE receipts ("
                           " message_id INTEGER NOT NULL,"
                           " conversation_id INTEGER NOT NULL,"
                           " user_id INTEGER NOT NULL,"
                           " read_at INTEGER,"
                           " PRIMARY KEY (message_id, user_id))"),
            QStringLiteral(
                "CREATE INDEX receipts_conversation ON receipts(conversation_id, user_id)"),
        });
}

protocol::Result<void> CacheMigrations::migrateTo6(const QSqlDatabase &db)
{
    // A queued message keeps its kind (a status update stays one across restarts); rows
    // queued before were plain text.
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN message_kind TEXT NOT NULL"
                           " DEFAULT 'text' CHECK (message_kind IN ('text', 'status'))"),
        });
}

protocol::Result<void> CacheMigrations::migrateTo7(const QSqlDatabase &db)
{
    // Transfers not finished yet, taken up again at the next start.
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE transfers ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " direction TEXT NOT NULL CHECK (direction IN ('upload', 'download')),"
                           " path TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL DEFAULT '',"
                           " upload_url TEXT NOT NULL DEFAULT '',"
                           " matter_id INTEGER NOT NULL DEFAULT 0,"
                           " paused INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL)"),
        });
}

protocol::Result<void> CacheMigrations::migrateTo8(const QSqlDatabase &db)
{
    // A closed client conversation (the matter closed or its client cancelled): read-only.
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE conversations ADD COLUMN closed_at INTEGER"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN closed_reason TEXT"),
        });
}

protocol::Result<void> CacheMigrations::migrateTo9(const QSqlDatabase &db)
{
    // Who answers a client conversation for the firm; whether a matter's client is a person or
    // an organization, and whether its messages reach the spouse too. Matters cached before
    // read as an individual's without the spouse until the next sync says otherwise.
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE conversations ADD COLUMN assignee_id INTEGER"),
            QStringLiteral("ALTER TABLE matters ADD COLUMN client_kind TEXT NOT NULL"
                           " DEFAULT 'individual'"),
            QStringLiteral("ALTER TABLE matters ADD COLUMN message_spouse INTEGER NOT NULL"
                           " DEFAULT 0"),
        });
}

} // namespace parley::store
