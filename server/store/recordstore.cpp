// The rows of a matter's record of communication.
#include "recordstore.h"

#include "db/sqlquery.h"

namespace parley::server {

RecordStore::RecordStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<QList<RecordMessage>> RecordStore::messages(qint64 matterId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT m.id, m.conversation_id, m.created_at, m.sender_id, m.kind,"
                       " m.channel, m.body, m.deleted FROM messages m"
                       " JOIN conversations c ON c.id = m.conversation_id"
                       " WHERE c.matter_id = ? AND m.kind != 'event' ORDER BY m.id"));
    query.bind(matterId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<RecordMessage> rows;
    while (query.next()) {
        rows.append(RecordMessage { query.integer(0), query.integer(1), query.integer(2),
            query.integer(3), query.text(4), query.text(5), query.text(6), query.integer(7) != 0 });
    }
    return rows;
}

protocol::Result<QList<RecordFile>> RecordStore::files(qint64 matterId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT a.message_id, a.name, a.mode, COALESCE(v.number, (SELECT"
                       " MAX(number) FROM document_versions WHERE document_id = a.document_id),"
                       " 0), a.size,"
                       " a.sha256 FROM attachments a JOIN messages m ON m.id = a.message_id"
                       " JOIN conversations c ON c.id = m.conversation_id"
                       " LEFT JOIN document_versions v ON v.id = a.version_id"
                       " WHERE c.matter_id = ? ORDER BY a.id"));
    query.bind(matterId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<RecordFile> rows;
    while (query.next()) {
        rows.append(RecordFile { query.integer(0), query.text(1), query.text(2), query.integer(3),
            query.integer(4), query.text(5) });
    }
    return rows;
}

protocol::Result<QList<RecordReceipt>> RecordStore::receipts(qint64 matterId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT r.message_id, r.user_id, r.read_at FROM receipts r"
                       " JOIN conversations c ON c.id = r.conversation_id"
                       " WHERE c.matter_id = ? ORDER BY r.read_at, r.id"));
    query.bind(matterId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<RecordReceipt> rows;
    while (query.next())
        rows.append(RecordReceipt { query.integer(0), query.integer(1), query.integer(2) });
    return rows;
}

protocol::Result<QList<RecordDelivery>> RecordStore::deliveries(qint64 matterId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT q.id, q.user_id, q.conversation_id, q.first_message_id,"
                       " q.last_message_id, q.channel, q.state, q.recipient, q.created_at,"
                       " q.sent_at FROM mail_queue q"
                       " JOIN conversations c ON c.id = q.conversation_id"
                       " WHERE c.matter_id = ? AND q.first_message_id IS NOT NULL ORDER BY q.id"));
    query.bind(matterId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<RecordDelivery> rows;
    while (query.next()) {
        rows.append(RecordDelivery { query.integer(0), query.integer(1), query.integer(2),
            query.integer(3), query.integer(4), query.text(5), query.text(6), query.text(7),
            query.integer(8), query.optionalId(9) });
    }
    return rows;
}

protocol::Result<QHash<qint64, RecordPerson>> RecordStore::people(qint64 firmId)
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, name, kind FROM users WHERE firm_id = ?"));
    query.bind(firmId);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, RecordPerson> people;
    while (query.next())
        people.insert(query.integer(0), RecordPerson { query.text(1), query.text(2) });
    return people;
}

protocol::Result<QHash<qint64, qint64>> RecordStore::versionNumbers(qint64 matterId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT v.id, v.number FROM document_versions v"
                       " JOIN documents d ON d.id = v.document_id WHERE d.matter_id = ?"));
    query.bind(matterId);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, qint64> numbers;
    while (query.next())
        numbers.insert(query.integer(0), query.integer(1));
    return numbers;
}

} // namespace parley::server
