// RecordSnapshot: the rows of the firm's record tables as the server's database (SQLite or
// PostgreSQL) holds them, read through a read-only connection beside the running server, and
// what a later snapshot lost of an earlier one: rows gone, or columns that must never change
// changed.
#pragma once

#include "serverdatabase.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <catch2/catch.hpp>

namespace parley::test {

// A table of the record and the columns of its rows that never change once written (the
// primary key is compared too: a row is known by it).
struct RecordTable
{
    QString name;
    QStringList unchanging;
};

// Every table of the firm's record. A table the migrations add must be named here or in
// ephemeralTables(), or RecordSnapshot::take fails.
inline const QList<RecordTable> &recordTables()
{
    static const QList<RecordTable> tables {
        { QStringLiteral("firms"), { QStringLiteral("created_at") } },
        { QStringLiteral("users"), { QStringLiteral("kind"), QStringLiteral("created_at") } },
        { QStringLiteral("contact_emails"),
            { QStringLiteral("user_id"), QStringLiteral("email"), QStringLiteral("added_by"),
                QStringLiteral("added_at") } },
        { QStringLiteral("matters"), { QStringLiteral("number"), QStringLiteral("created_at") } },
        { QStringLiteral("matter_parties"), {} },
        { QStringLiteral("matter_staff"), {} },
        { QStringLiteral("conversations"),
            { QStringLiteral("matter_id"), QStringLiteral("kind"), QStringLiteral("created_by"),
                QStringLiteral("created_at") } },
        { QStringLiteral("members"), { QStringLiteral("added_at") } },
        // Everything but the deleted flag: a deleted message keeps its body.
        { QStringLiteral("messages"),
            { QStringLiteral("conversation_id"), QStringLiteral("sender_id"),
                QStringLiteral("kind"), QStringLiteral("body"), QStringLiteral("client_txn_id"),
                QStringLiteral("channel"), QStringLiteral("event"),
                QStringLiteral("created_at") } },
        { QStringLiteral("receipts"),
            { QStringLiteral("message_id"), QStringLiteral("conversation_id"),
                QStringLiteral("user_id"), QStringLiteral("read_at") } },
        { QStringLiteral("documents"),
            { QStringLiteral("matter_id"), QStringLiteral("created_at") } },
        { QStringLiteral("document_versions"),
            { QStringLiteral("document_id"), QStringLiteral("number"), QStringLiteral("size"),
                QStringLiteral("sha256"), QStringLiteral("author_id"),
                QStringLiteral("created_at") } },
        // A share's stopped_at/stopped_by are set when it stops; the rest never changes.
        { QStringLiteral("attachments"),
            { QStringLiteral("message_id"), QStringLiteral("mode"), QStringLiteral("document_id"),
                QStringLiteral("version_id"), QStringLiteral("name"), QStringLiteral("size"),
                QStringLiteral("sha256") } },
        { QStringLiteral("blobs"), { QStringLiteral("size"), QStringLiteral("created_at") } },
        // A client's reply by text as it came in, before (or instead of) being posted.
        { QStringLiteral("sms_inbound"),
            { QStringLiteral("user_id"), QStringLiteral("conversation_id"), QStringLiteral("body"),
                QStringLiteral("media_json"), QStringLiteral("received_at") } },
        { QStringLiteral("changes"),
            { QStringLiteral("firm_id"), QStringLiteral("type"), QStringLiteral("entity_id"),
                QStringLiteral("matter_id"), QStringLiteral("conversation_id"),
                QStringLiteral("created_at") } },
        { QStringLiteral("audit_log"),
            { QStringLiteral("chain"), QStringLiteral("seq"), QStringLiteral("firm_id"),
                QStringLiteral("matter_id"), QStringLiteral("at"), QStringLiteral("actor_id"),
                QStringLiteral("action"), QStringLiteral("conversation_id"),
                QStringLiteral("message_id"), QStringLiteral("document_id"),
                QStringLiteral("version"), QStringLiteral("detail"), QStringLiteral("prev_hash"),
                QStringLiteral("hash") } },
        // One row per chain whose seq and hash move on with each entry.
        { QStringLiteral("audit_heads"), {} },
        // A staff member's own marks of a message (trash, to-do, read): they change, the row
        // stays (restoring clears trashed_at).
        { QStringLiteral("inbox_flags"), {} },
        // Tasks change (name, assignee, done) but never their origin.
        { QStringLiteral("tasks"),
            { QStringLiteral("firm_id"), QStringLiteral("matter_id"),
                QStringLiteral("conversation_id"), QStringLiteral("message_id"),
                QStringLiteral("created_by"), QStringLiteral("created_at") } },
        // Templates and rules change and are deleted softly (deleted_at); their rows stay.
        { QStringLiteral("message_templates"),
            { QStringLiteral("firm_id"), QStringLiteral("created_by"),
                QStringLiteral("created_at") } },
        { QStringLiteral("status_rules"),
            { QStringLiteral("firm_id"), QStringLiteral("created_by"),
                QStringLiteral("created_at") } },
        // Every status change of a matter, and what each rule posted for one.
        { QStringLiteral("status_transitions"),
            { QStringLiteral("matter_id"), QStringLiteral("from_status"),
                QStringLiteral("to_status"), QStringLiteral("actor_id"), QStringLiteral("at") } },
        { QStringLiteral("rule_runs"), { QStringLiteral("message_id"), QStringLiteral("at") } },
    };
    return tables;
}

// Tables of passing state, not of the record (rows may come and go; nothing of what was said,
// sent, read or done lives only there):
inline const QStringList &ephemeralTables()
{
    static const QStringList tables {
        QStringLiteral("sqlite_sequence"), // SQLite's own AUTOINCREMENT counters
        QStringLiteral("schema_version"), // PostgreSQL's schema version (SQLite: a PRAGMA)
        QStringLiteral("tokens"), // staff and portal sessions (revoked_at, never deleted today)
        QStringLiteral("invitations"), // single-use sign-in links, only their hashes
        QStringLiteral("portal_mfa_codes"), // one-time codes, only their hashes
        QStringLiteral("portal_mfa_passed"), // which session entered a code (audited: mfa_passed)
        QStringLiteral("portal_mfa_failures"), // the lockout's counter (audited: mfa_failed)
        QStringLiteral("sign_in_attempts"), // the staff lockout's counter (audited)
        QStringLiteral("uploads"), // tus progress; the finished bytes are a blob row
        // the email/SMS delivery queue (a notice's outcome about messages is audited:
        // notice_sent, notice_failed)
        QStringLiteral("mail_queue"),
        QStringLiteral("notify_cursor"), // how far the notifier has read the change log
        QStringLiteral("notify_pending"), // emails waiting for their time; deleted once sent
    };
    return tables;
}

// A read-only connection of its own to the server's database, closed when it goes.
class ReadOnlyDatabase
{
public:
    explicit ReadOnlyDatabase(const QString &dataDir)
        : m_database(dataDir)
    {
        INFO(m_database.errorString().toStdString());
        REQUIRE(m_database.isOpen());
    }

    const ServerDatabase &database() const { return m_database; }

    // Runs sql (no parameters: table and column names of our own) or fails the test.
    QSqlQuery run(const QString &sql) const
    {
        QSqlQuery query(m_database.db());
        query.setForwardOnly(true);
        const bool ran = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(ran);
        return query;
    }

private:
    ServerDatabase m_database;
};

struct TableRows
{
    QStringList unchanging;
    QHash<QString, QVariantList> rows; // primary key -> the unchanging columns' values
};

struct RecordSnapshot
{
    QMap<QString, TableRows> tables;

    qint64 total() const
    {
        qint64 sum = 0;
        for (const TableRows &table : tables)
            sum += table.rows.size();
        return sum;
    }

    static RecordSnapshot take(const QString &dataDir)
    {
        ReadOnlyDatabase database(dataDir);
        const QStringList names = database.database().tables();
        REQUIRE_FALSE(names.isEmpty());
        QStringList known = ephemeralTables();
        for (const RecordTable &table : recordTables())
            known.append(table.name);
        for (const QString &name : names) {
            INFO("table " << name.toStdString()
                          << " is neither a record table nor listed as passing state");
            CHECK(known.contains(name));
        }
        RecordSnapshot snapshot;
        for (const RecordTable &table : recordTables())
            snapshot.tables.insert(table.name, rowsOf(database, table));
        return snapshot;
    }

    // What after lost of this snapshot: rows gone, unchanging columns changed, fewer rows.
    QStringList lostIn(const RecordSnapshot &after) const
    {
        QStringList losses;
        for (auto table = tables.cbegin(); table != tables.cend(); ++table) {
            const TableRows &now = after.tables.value(table.key());
            if (now.rows.size() < table->rows.size())
                losses.append(QStringLiteral("%1: %2 rows, then %3")
                                  .arg(table.key())
                                  .arg(table->rows.size())
                                  .arg(now.rows.size()));
            for (auto row = table->rows.cbegin(); row != table->rows.cend(); ++row) {
                const auto kept = now.rows.constFind(row.key());
                if (kept == now.rows.cend()) {
                    losses.append(QStringLiteral("%1: row %2 is gone").arg(table.key(), row.key()));
                    continue;
                }
                for (qsizetype i = 0; i < table->unchanging.size(); ++i) {
                    if (kept->at(i) != row->at(i))
                        losses.append(QStringLiteral("%1: row %2 changed its %3")
                                          .arg(table.key(), row.key(), table->unchanging.at(i)));
                }
            }
        }
        return losses;
    }

private:
    static TableRows rowsOf(const ReadOnlyDatabase &database, const RecordTable &table)
    {
        // The primary key's columns in key order (every table of the schema has one).
        const QStringList key = database.database().primaryKey(table.name);
        INFO("table " << table.name.toStdString() << " has no primary key");
        REQUIRE_FALSE(key.isEmpty());
        QSqlQuery query = database.run(QStringLiteral("SELECT %1 FROM %2")
                                           .arg((key + table.unchanging).join(u','), table.name));
        TableRows rows { table.unchanging, {} };
        while (query.next()) {
            QStringList id;
            for (qsizetype i = 0; i < key.size(); ++i)
                id.append(query.value(int(i)).toString());
            QVariantList values;
            for (qsizetype i = 0; i < table.unchanging.size(); ++i)
                values.append(query.value(int(key.size() + i)));
            rows.rows.insert(id.join(u'/'), values);
        }
        return rows;
    }
};

} // namespace parley::test
