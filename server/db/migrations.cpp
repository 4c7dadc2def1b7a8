// The schema, one numbered step at a time.
#include "migrations.h"

#include "audit/auditentries.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "dialect.h"
#include "schemaversion.h"
#include "sqlquery.h"
#include "transaction.h"

#include <iterator>

namespace parley::server {

namespace {

// Statements are written in SQLite's words and translated for PostgreSQL (dialect::schema).
protocol::Result<void> execAll(const QSqlDatabase &db, const QStringList &statements)
{
    const DbBackend backend = backendOf(db);
    for (const QString &statement : statements) {
        SqlQuery query(db, dialect::schema(backend, statement));
        if (auto result = query.exec(); !result)
            return result;
    }
    return {};
}

// A trigger that refuses the statement with message. PostgreSQL runs a function for it:
// parley_refuse (created in step 11) raises its argument.
// condition (optional) is in the backend's words.
QString refuseTrigger(DbBackend backend, const QString &name, const QString &event,
    const QString &message, const QString &condition = {})
{
    if (backend == DbBackend::Sqlite)
        return QStringLiteral("CREATE TRIGGER %1 %2%3 BEGIN SELECT RAISE(ABORT, '%4'); END")
            .arg(name, event,
                condition.isEmpty() ? QString() : QStringLiteral(" WHEN ") + condition, message);
    return QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW%3"
                          " EXECUTE FUNCTION parley_refuse('%4')")
        .arg(name, event,
            condition.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(condition), message);
}

QString noDeleteTrigger(DbBackend backend, const QString &table)
{
    return refuseTrigger(backend, table + QStringLiteral("_no_delete"),
        QStringLiteral("BEFORE DELETE ON ") + table,
        QStringLiteral("nothing in %1 is ever deleted").arg(table));
}

} // namespace

protocol::Result<int> Migrations::version(const QSqlDatabase &db)
{
    return SchemaVersion::read(db);
}

protocol::Result<void> Migrations::apply(const QSqlDatabase &db)
{
    using Step = protocol::Result<void> (*)(const QSqlDatabase &);
    const Step steps[]
        = { &Migrations::migrateTo1, &Migrations::migrateTo2, &Migrations::migrateTo3,
              &Migrations::migrateTo4, &Migrations::migrateTo5, &Migrations::migrateTo6,
              &Migrations::migrateTo7, &Migrations::migrateTo8, &Migrations::migrateTo9,
              &Migrations::migrateTo10, &Migrations::migrateTo11, &Migrations::migrateTo12,
              &Migrations::migrateTo13, &Migrations::migrateTo14, &Migrations::migrateTo15 };
    static_assert(std::size(steps) == CurrentVersion);
    for (;;) {
        Transaction transaction(db);
        if (auto result = transaction.status(); !result)
            return result;
        if (auto result = SchemaVersion::prepare(db); !result)
            return result;
        auto read = SchemaVersion::read(db);
        if (!read)
            return read.error();
        const int version = read.value();
        if (version > CurrentVersion) {
            qCCritical(lcDb) << "database schema version" << version << "is newer than this build ("
                             << CurrentVersion << ")";
            return internalError();
        }
        if (version == CurrentVersion)
            return transaction.commit();
        const int target = version + 1;
        if (auto result = steps[target - 1](db); !result)
            return result;
        if (auto result = SchemaVersion::write(db, target); !result)
            return result;
        if (auto result = transaction.commit(); !result)
            return result;
        qCInfo(lcDb) << "database migrated to schema version" << target;
    }
}

protocol::Result<void> Migrations::migrateTo1(const QSqlDatabase &db)
{
    // Times are INTEGER milliseconds since the epoch (UTC). Nothing is ever deleted:
    // members get removed_at, tokens revoked_at, messages a deleted flag. PostgreSQL keeps
    // case-insensitive text (SQLite's COLLATE NOCASE) as citext, a trusted extension.
    if (backendOf(db) == DbBackend::Postgres) {
        SqlQuery citext(db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext"));
        if (auto result = citext.exec(); !result)
            return result;
    }
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE firms ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('staff', 'client')),"
                           " role TEXT NOT NULL"
                           "  CHECK (role IN ('lawyer', 'paralegal', 'admin', 'client')),"
                           " name TEXT NOT NULL,"
                           " email TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " password_hash TEXT,"
                           " totp_secret TEXT,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX users_firm ON users(firm_id)"),
            QStringLiteral("CREATE TABLE matters ("
                           " id INTEGER PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " number TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " status TEXT NOT NULL DEFAULT 'open',"
                           " restricted INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " UNIQUE (firm_id, number))"),
            QStringLiteral("CREATE TABLE matter_parties ("
                           " matter_id INTEGER NOT NULL REFERENCES matters(id),"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " role TEXT NOT NULL CHECK (role IN ('client', 'spouse', 'other')),"
                           " PRIMARY KEY (matter_id, user_id))"),
            QStringLiteral("CREATE TABLE matter_staff ("
                           " matter_id INTEGER NOT NULL REFERENCES matters(id),"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " PRIMARY KEY (matter_id, user_id))"),
            QStringLiteral("CREATE TABLE conversations ("
                           " id INTEGER PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " matter_id INTEGER REFERENCES matters(id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('external', 'internal', 'direct')),"
                           " title TEXT NOT NULL DEFAULT '',"
                           " require_mfa INTEGER NOT NULL DEFAULT 0,"
                           " sms INTEGER NOT NULL DEFAULT 0,"
                           " created_by INTEGER NOT NULL REFERENCES users(id),"
                           " created_at INTEGER NOT NULL,"
                           " last_message_at INTEGER,"
                           " CHECK ((kind = 'direct') = (matter_id IS NULL)))"),
            QStringLiteral("CREATE INDEX conversations_matter ON conversations(matter_id)"),
            QStringLiteral("CREATE TABLE members ("
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " added_at INTEGER NOT NULL,"
                           " removed_at INTEGER,"
                           " PRIMARY KEY (conversation_id, user_id))"),
            QStringLiteral("CREATE INDEX members_user ON members(user_id)"),
            QStringLiteral(
                "CREATE TABLE messages ("
                " id INTEGER PRIMARY KEY,"
                " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                " sender_id INTEGER NOT NULL REFERENCES users(id),"
                " kind TEXT NOT NULL CHECK (kind IN ('text', 'status', 'file', 'event')),"
                " body TEXT NOT NULL DEFAULT '',"
                " client_txn_id TEXT,"
                " channel TEXT NOT NULL DEFAULT 'app',"
                " event TEXT,"
                " deleted INTEGER NOT NULL DEFAULT 0,"
                " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id, id)"),
            // The idempotency key: a retried send finds its first copy instead of a second row.
            QStringLiteral("CREATE UNIQUE INDEX messages_txn ON messages(sender_id, client_txn_id)"
                           " WHERE client_txn_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE receipts ("
                           " id INTEGER PRIMARY KEY,"
                           " message_id INTEGER NOT NULL REFERENCES messages(id),"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " read_at INTEGER NOT NULL,"
                           " UNIQUE (message_id, user_id))"),
            QStringLiteral("CREATE TABLE tokens ("
                           " id INTEGER PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " token_hash BLOB NOT NULL UNIQUE,"
                           " created_at INTEGER NOT NULL,"
                           " last_used_at INTEGER NOT NULL,"
                           " revoked_at INTEGER)"),
            // Every committed change, numbered; written in the transaction of the change itself.
            QStringLiteral(
                "CREATE TABLE changes ("
                " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                " type TEXT NOT NULL"
                "  CHECK (type IN ('matter', 'conversation', 'message', 'receipt', 'user')),"
                " entity_id INTEGER NOT NULL,"
                " matter_id INTEGER,"
                " conversation_id INTEGER,"
                " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX changes_firm ON changes(firm_id, seq)"),
        });
}

protocol::Result<void> Migrations::migrateTo2(const QSqlDatabase &db)
{
    // A matter's files: each document keeps every version (immutable; the last is current);
    // shared while a live share link is active. The bytes arrive with resumable uploads.
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE documents ("
                           " id INTEGER PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " matter_id INTEGER NOT NULL REFERENCES matters(id),"
                           " name TEXT NOT NULL,"
                           " shared INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX documents_matter ON documents(matter_id)"),
            QStringLiteral("CREATE TABLE document_versions ("
                           " id INTEGER PRIMARY KEY,"
                           " document_id INTEGER NOT NULL REFERENCES documents(id),"
                           " number INTEGER NOT NULL,"
                           " size INTEGER NOT NULL CHECK (size >= 0),"
                           " sha256 TEXT NOT NULL,"
                           " author_id INTEGER NOT NULL REFERENCES users(id),"
                           " created_at INTEGER NOT NULL,"
                           " UNIQUE (document_id, number))"),
        });
}

protocol::Result<void> Migrations::migrateTo3(const QSqlDatabase &db)
{
    // Resumable uploads (tus) and the content-addressed blobs they become. An upload's
    // offset is the size of its partial file; verified_offset is set while a checksummed
    // chunk is being written, so a chunk cut short by a crash is cut off again on resume.
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE uploads ("
                           " id TEXT PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " length INTEGER NOT NULL CHECK (length >= 0),"
                           " name TEXT NOT NULL DEFAULT '',"
                           " metadata TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " expires_at INTEGER NOT NULL,"
                           " verified_offset INTEGER,"
                           " sha256 TEXT,"
                           " completed_at INTEGER,"
                           " terminated_at INTEGER)"),
            QStringLiteral("CREATE INDEX uploads_expiry ON uploads(expires_at)"
                           " WHERE completed_at IS NULL AND terminated_at IS NULL"),
            QStringLiteral("CREATE TABLE blobs ("
                           " sha256 TEXT PRIMARY KEY,"
                           " size INTEGER NOT NULL CHECK (size >= 0),"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX document_versions_sha ON document_versions(sha256)"),
        });
}

protocol::Result<void> Migrations::migrateTo4(const QSqlDatabase &db)
{
    // Files on messages. A copy pins a document version; a share points at the document and
    // shows its latest version until stopped_at; a file is an upload sent with the message.
    // The name, size and sha256 are those at the time of sending (a share reads the latest).
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE attachments ("
                           " id INTEGER PRIMARY KEY,"
                           " message_id INTEGER NOT NULL REFERENCES messages(id),"
                           " mode TEXT NOT NULL CHECK (mode IN ('copy', 'share', 'file')),"
                           " document_id INTEGER REFERENCES documents(id),"
                           " version_id INTEGER REFERENCES document_versions(id),"
                           " name TEXT NOT NULL,"
                           " size INTEGER NOT NULL CHECK (size >= 0),"
                           " sha256 TEXT NOT NULL,"
                           " stopped_at INTEGER,"
                           " stopped_by INTEGER REFERENCES users(id))"),
            QStringLiteral("CREATE INDEX attachments_message ON attachments(message_id)"),
            QStringLiteral("CREATE INDEX attachments_document ON attachments(document_id)"),
            QStringLiteral("CREATE INDEX attachments_sha ON attachments(sha256)"),
        });
}

protocol::Result<void> Migrations::migrateTo5(const QSqlDatabase &db)
{
    // Notifications. mail_queue: every email to send, kept until sent or given up on, so a
    // restart neither loses nor repeats one (dedupe_key makes the rule that queued it
    // idempotent). invitations: single-use sign-in links for clients, only their sha256
    // stored. notify_cursor: how far the notifier has read the change log. notify_pending:
    // emails waiting for their time (a client's unread batch, a staff member's window).
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE mail_queue ("
                           " id INTEGER PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " kind TEXT NOT NULL,"
                           " dedupe_key TEXT NOT NULL UNIQUE,"
                           " recipient TEXT NOT NULL,"
                           " subject TEXT NOT NULL,"
                           " text_body TEXT NOT NULL,"
                           " html_body TEXT NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'queued'"
                           "  CHECK (state IN ('queued', 'sent', 'failed')),"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER NOT NULL,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " sent_at INTEGER)"),
            QStringLiteral("CREATE INDEX mail_queue_due ON mail_queue(state, next_attempt_at)"),
            QStringLiteral("CREATE TABLE invitations ("
                           " id INTEGER PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " token_hash TEXT NOT NULL UNIQUE,"
                           " created_at INTEGER NOT NULL,"
                           " expires_at INTEGER NOT NULL,"
                           " used_at INTEGER)"),
            QStringLiteral(
                "CREATE INDEX invitations_member ON invitations(conversation_id, user_id)"),
            QStringLiteral("CREATE TABLE notify_cursor ("
                           " firm_id INTEGER PRIMARY KEY REFERENCES firms(id),"
                           " seq INTEGER NOT NULL,"
                           " message_id INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE notify_pending ("
                           " id INTEGER PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('client_unread', 'staff_batch')),"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " conversation_id INTEGER REFERENCES conversations(id),"
                           " first_message_id INTEGER NOT NULL,"
                           " last_message_id INTEGER NOT NULL,"
                           " due_at INTEGER NOT NULL,"
                           " UNIQUE (kind, user_id, conversation_id))"),
            QStringLiteral("CREATE INDEX notify_pending_due ON notify_pending(due_at)"),
        });
}

protocol::Result<void> Migrations::migrateTo6(const QSqlDatabase &db)
{
    // Text messages share the outbound queue with emails: the channel says which way a row
    // goes (recipient is then a phone number).
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE mail_queue ADD COLUMN channel TEXT NOT NULL"
                           " DEFAULT 'email' CHECK (channel IN ('email', 'sms'))"),
        });
}

protocol::Result<void> Migrations::migrateTo7(const QSqlDatabase &db)
{
    // Picture messages (MMS): the webhook records the reply at once (Twilio is answered and
    // does not retry); its media are fetched afterwards, also after a restart, and the reply
    // is posted with them as files.
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE sms_inbound ("
                           " message_sid TEXT PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " body TEXT NOT NULL,"
                           " media_json TEXT NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'pending'"
                           "  CHECK (state IN ('pending', 'posted', 'failed')),"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER NOT NULL,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " received_at INTEGER NOT NULL)"),
        });
}

protocol::Result<void> Migrations::migrateTo8(const QSqlDatabase &db)
{
    // A firm may set its own staff batch window (NULL: [notify] staff_batch_minutes).
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE firms ADD COLUMN staff_batch_minutes INTEGER"
                           " CHECK (staff_batch_minutes IS NULL OR staff_batch_minutes >= 0)"),
        });
}

protocol::Result<void> Migrations::migrateTo9(const QSqlDatabase &db)
{
    // The client portal: cookie sessions are tokens of kind 'portal' (idle expiry, CSRF
    // derived from the token); one-time MFA codes per session and conversation (only their
    // hash kept), the conversations a session has passed MFA for, and wrong codes counted
    // per client and conversation for the lockout.
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE tokens ADD COLUMN kind TEXT NOT NULL DEFAULT 'staff'"
                           " CHECK (kind IN ('staff', 'portal'))"),
            QStringLiteral("CREATE TABLE portal_mfa_codes ("
                           " id INTEGER PRIMARY KEY,"
                           " token_id INTEGER NOT NULL REFERENCES tokens(id),"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " code_hash TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " expires_at INTEGER NOT NULL,"
                           " used_at INTEGER)"),
            QStringLiteral("CREATE INDEX portal_mfa_codes_session"
                           " ON portal_mfa_codes(token_id, conversation_id)"),
            QStringLiteral("CREATE TABLE portal_mfa_passed ("
                           " token_id INTEGER NOT NULL REFERENCES tokens(id),"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " passed_at INTEGER NOT NULL,"
                           " PRIMARY KEY (token_id, conversation_id))"),
            QStringLiteral("CREATE TABLE portal_mfa_failures ("
                           " id INTEGER PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " failed_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX portal_mfa_failures_member"
                           " ON portal_mfa_failures(user_id, conversation_id, failed_at)"),
        });
}

protocol::Result<void> Migrations::migrateTo10(const QSqlDatabase &db)
{
    // A contact's other email addresses (users.email stays the primary one), and the one the
    // firm chose for the portal: invitations, reminders, codes and sign-in links go there and
    // only it signs in (NULL: the primary address). An address belongs to one person only;
    // contact_emails.email is unique and the code also checks users.email.
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE contact_emails ("
                           " id INTEGER PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " email TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                           " added_by INTEGER NOT NULL REFERENCES users(id),"
                           " added_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX contact_emails_user ON contact_emails(user_id)"),
            QStringLiteral("ALTER TABLE users ADD COLUMN portal_email TEXT COLLATE NOCASE"),
        });
}

protocol::Result<void> Migrations::migrateTo11(const QSqlDatabase &db)
{
    // The audit log: one hash chain per matter (chain "matter:<id>") and per firm for what has
    // no matter ("firm:<id>"); audit_heads keeps each chain's last entry, so removing entries
    // from the end shows too. Nothing the firm owes its clients is ever destroyed: the tables
    // of conversations, their members, messages, receipts, files and the audit log refuse
    // DELETE, a message's body never changes (deleting one sets its flag), and audit entries
    // never change.
    QStringList statements {
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " chain TEXT NOT NULL,"
                       " seq INTEGER NOT NULL,"
                       " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                       " matter_id INTEGER,"
                       " at INTEGER NOT NULL,"
                       " actor_id INTEGER,"
                       " action TEXT NOT NULL,"
                       " conversation_id INTEGER,"
                       " message_id INTEGER,"
                       " document_id INTEGER,"
                       " version INTEGER,"
                       " detail TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL,"
                       " UNIQUE (chain, seq))"),
        QStringLiteral("CREATE INDEX audit_log_matter ON audit_log(matter_id, id)"),
        QStringLiteral("CREATE TABLE audit_heads ("
                       " chain TEXT PRIMARY KEY,"
                       " seq INTEGER NOT NULL,"
                       " hash TEXT NOT NULL)"),
    };
    const DbBackend backend = backendOf(db);
    if (backend == DbBackend::Sqlite) {
        statements.append(
            QStringLiteral("CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log BEGIN"
                           " INSERT INTO audit_heads (chain, seq, hash) VALUES (NEW.chain, NEW.seq,"
                           " NEW.hash) ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq,"
                           " hash = excluded.hash; END"));
    } else {
        statements.append({
            QStringLiteral("CREATE FUNCTION parley_refuse() RETURNS trigger LANGUAGE plpgsql AS"
                           " $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$"),
            QStringLiteral("CREATE FUNCTION parley_audit_head() RETURNS trigger"
                           " LANGUAGE plpgsql AS $$ BEGIN"
                           " INSERT INTO audit_heads (chain, seq, hash) VALUES (NEW.chain, NEW.seq,"
                           " NEW.hash) ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq,"
                           " hash = excluded.hash; RETURN NULL; END $$"),
            QStringLiteral("CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log"
                           " FOR EACH ROW EXECUTE FUNCTION parley_audit_head()"),
        });
    }
    statements.append(refuseTrigger(backend, QStringLiteral("audit_log_no_update"),
        QStringLiteral("BEFORE UPDATE ON audit_log"),
        QStringLiteral("the audit log is append-only")));
    statements.append(refuseTrigger(backend, QStringLiteral("messages_keep_body"),
        QStringLiteral("BEFORE UPDATE OF body ON messages"),
        QStringLiteral("a message body never changes"),
        backend == DbBackend::Sqlite ? QStringLiteral("NEW.body IS NOT OLD.body")
                                     : QStringLiteral("NEW.body IS DISTINCT FROM OLD.body")));
    for (const char *table : { "audit_log", "audit_heads", "matters", "matter_parties",
             "matter_staff", "conversations", "members", "messages", "receipts", "documents",
             "document_versions", "attachments", "users", "contact_emails" })
        statements.append(noDeleteTrigger(backend, QLatin1String(table)));
    if (auto created = execAll(db, statements); !created)
        return created;
    // A PostgreSQL database starts at this build's schema, empty: nothing to backfill.
    if (backend == DbBackend::Postgres)
        return {};
    if (auto backfilled = AuditEntries::backfill(db); !backfilled)
        return backfilled.error();
    return {};
}

protocol::Result<void> Migrations::migrateTo12(const QSqlDatabase &db)
{
    // Staff sign-in attempts per address (for the lockout), and a firm's policy that staff
    // must use two-step verification.
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE sign_in_attempts ("
                           " id INTEGER PRIMARY KEY,"
                           " email TEXT NOT NULL,"
                           " success INTEGER NOT NULL CHECK (success IN (0, 1)),"
                           " at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX sign_in_attempts_email ON sign_in_attempts(email, at)"),
            QStringLiteral("ALTER TABLE firms ADD COLUMN require_totp INTEGER NOT NULL DEFAULT 0"),
            // audit verify and the backfill look entries up by message.
            QStringLiteral(
                "CREATE INDEX audit_log_message ON audit_log(message_id, action, actor_id)"),
        });
}

protocol::Result<void> Migrations::migrateTo13(const QSqlDatabase &db)
{
    // Closing a matter, or a client cancelling, closes external conversations: firm staff
    // leave them and the clients keep read-only access to what was sent. A cancelled party
    // keeps its row with the time it cancelled.
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE conversations ADD COLUMN closed_at INTEGER"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN closed_reason TEXT"
                           " CHECK (closed_reason IN ('matter_closed', 'client_cancelled'))"),
            QStringLiteral("ALTER TABLE matter_parties ADD COLUMN cancelled_at INTEGER"),
        });
}

protocol::Result<void> Migrations::migrateTo14(const QSqlDatabase &db)
{
    // The team inbox and the work that comes out of messages:
    // - inbox_flags: one staff member's own state of a message (trash, to-do, read or unread
    //   as marked in the inbox; read_set_at orders a mark against later receipts);
    // - a conversation's assignee, who gets its notifications;
    // - tasks, on a matter's task list, linked to the message they came from;
    // - whether a matter's client is an individual, and whether the spouse gets messages;
    // - message templates and status rules, each matter status change (status_transitions)
    //   and what each rule posted for it (rule_runs: once per rule, transition, conversation).
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE inbox_flags ("
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " message_id INTEGER NOT NULL REFERENCES messages(id),"
                           " trashed_at INTEGER,"
                           " todo TEXT CHECK (todo IN ('todo', 'done')),"
                           " read_state TEXT CHECK (read_state IN ('read', 'unread')),"
                           " read_set_at INTEGER,"
                           " updated_at INTEGER NOT NULL,"
                           " PRIMARY KEY (user_id, message_id))"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN assignee_id INTEGER"
                           " REFERENCES users(id)"),
            QStringLiteral("CREATE INDEX conversations_assignee ON conversations(assignee_id)"
                           " WHERE assignee_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE tasks ("
                           " id INTEGER PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " matter_id INTEGER REFERENCES matters(id),"
                           " conversation_id INTEGER REFERENCES conversations(id),"
                           " message_id INTEGER REFERENCES messages(id),"
                           " name TEXT NOT NULL,"
                           " list TEXT NOT NULL DEFAULT '',"
                           " assignee_id INTEGER REFERENCES users(id),"
                           " due_date TEXT,"
                           " created_by INTEGER NOT NULL REFERENCES users(id),"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " done_at INTEGER,"
                           " CHECK ((message_id IS NULL) = (conversation_id IS NULL)))"),
            QStringLiteral("CREATE INDEX tasks_matter ON tasks(matter_id, id)"),
            QStringLiteral("CREATE INDEX tasks_assignee ON tasks(assignee_id, done_at)"),
            QStringLiteral("CREATE INDEX tasks_message ON tasks(message_id)"),
            QStringLiteral("ALTER TABLE matters ADD COLUMN client_kind TEXT NOT NULL"
                           " DEFAULT 'individual'"
                           " CHECK (client_kind IN ('individual', 'organization'))"),
            QStringLiteral("ALTER TABLE matters ADD COLUMN message_spouse INTEGER NOT NULL"
                           " DEFAULT 0"),
            QStringLiteral("CREATE TABLE message_templates ("
                           " id INTEGER PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " name TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " created_by INTEGER NOT NULL REFERENCES users(id),"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " deleted_at INTEGER)"),
            QStringLiteral("CREATE UNIQUE INDEX message_templates_name ON"
                           " message_templates(firm_id, name COLLATE NOCASE)"
                           " WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE TABLE status_rules ("
                           " id INTEGER PRIMARY KEY,"
                           " firm_id INTEGER NOT NULL REFERENCES firms(id),"
                           " status TEXT NOT NULL COLLATE NOCASE,"
                           " template_id INTEGER NOT NULL REFERENCES message_templates(id),"
                           " post_as TEXT NOT NULL CHECK (post_as IN ('status', 'message')),"
                           " enabled INTEGER NOT NULL DEFAULT 1,"
                           " created_by INTEGER NOT NULL REFERENCES users(id),"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " deleted_at INTEGER)"),
            QStringLiteral("CREATE INDEX status_rules_firm ON status_rules(firm_id, status)"),
            QStringLiteral("CREATE TABLE status_transitions ("
                           " id INTEGER PRIMARY KEY,"
                           " matter_id INTEGER NOT NULL REFERENCES matters(id),"
                           " from_status TEXT NOT NULL,"
                           " to_status TEXT NOT NULL,"
                           " actor_id INTEGER REFERENCES users(id),"
                           " at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE rule_runs ("
                           " rule_id INTEGER NOT NULL REFERENCES status_rules(id),"
                           " transition_id INTEGER NOT NULL REFERENCES status_transitions(id),"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " message_id INTEGER NOT NULL REFERENCES messages(id),"
                           " at INTEGER NOT NULL,"
                           " PRIMARY KEY (rule_id, transition_id, conversation_id))"),
            noDeleteTrigger(backendOf(db), QStringLiteral("tasks")),
            noDeleteTrigger(backendOf(db), QStringLiteral("status_transitions")),
        });
}

protocol::Result<void> Migrations::migrateTo15(const QSqlDatabase &db)
{
    // - Which messages an outbound email or text was about, so the record of communication
    //   can say how each message was delivered (an unread reminder covers a range of one
    //   client's conversation; a text message, one message). Rows from before stay unlinked.
    // - The network address of each sign-in attempt, for the per-address rate limit.
    return execAll(db,
        {
            QStringLiteral(
                "ALTER TABLE mail_queue ADD COLUMN user_id INTEGER REFERENCES users(id)"),
            QStringLiteral("ALTER TABLE mail_queue ADD COLUMN conversation_id INTEGER"
                           " REFERENCES conversations(id)"),
            QStringLiteral("ALTER TABLE mail_queue ADD COLUMN first_message_id INTEGER"),
            QStringLiteral("ALTER TABLE mail_queue ADD COLUMN last_message_id INTEGER"),
            QStringLiteral("CREATE INDEX mail_queue_conversation"
                           " ON mail_queue(conversation_id, first_message_id)"),
            QStringLiteral("ALTER TABLE sign_in_attempts ADD COLUMN address TEXT NOT NULL"
                           " DEFAULT ''"),
            QStringLiteral(
                "CREATE INDEX sign_in_attempts_address ON sign_in_attempts(address, at)"),
        });
}

} // namespace parley::server
