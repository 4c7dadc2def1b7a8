// Appending to and reading the audit chains.
#include "auditlog.h"

#include "db/sqlquery.h"
#include "db/transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace parley::server {

namespace {

const auto Columns = QLatin1String("id, chain, seq, firm_id, matter_id, at, actor_id, action,"
                                   " conversation_id, message_id, document_id, version, detail,"
                                   " prev_hash, hash");

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

AuditRecord readRecord(const SqlQuery &query)
{
    AuditRecord record;
    record.id = query.integer(0);
    record.chain = query.text(1);
    record.seq = query.integer(2);
    record.entry.firmId = query.integer(3);
    record.entry.matterId = query.optionalId(4);
    record.atMs = query.integer(5);
    record.entry.actorId = query.optionalId(6);
    record.entry.action = query.text(7);
    record.entry.conversationId = query.optionalId(8);
    record.entry.messageId = query.optionalId(9);
    record.entry.documentId = query.optionalId(10);
    record.entry.version = query.optionalId(11);
    record.detailText = query.text(12);
    record.entry.detail = QJsonDocument::fromJson(record.detailText.toUtf8()).object();
    record.prevHash = query.text(13);
    record.hash = query.text(14);
    return record;
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::chainOf(qint64 firmId, std::optional<qint64> matterId)
{
    return matterId ? QStringLiteral("matter:%1").arg(*matterId)
                    : QStringLiteral("firm:%1").arg(firmId);
}

QString AuditLog::hashOf(const AuditRecord &record)
{
    // Every stored field in a fixed order; the detail as its stored text, so re-encoding
    // JSON can never change a hash.
    const AuditEntry &e = record.entry;
    const QJsonArray fields { record.chain, record.seq, e.firmId, optionalJson(e.matterId),
        record.atMs, optionalJson(e.actorId), e.action, optionalJson(e.conversationId),
        optionalJson(e.messageId), optionalJson(e.documentId), optionalJson(e.version),
        record.detailText };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(record.prevHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

protocol::Result<qint64> AuditLog::append(const AuditEntry &entry, qint64 atMs)
{
    AuditRecord record;
    record.entry = entry;
    record.chain = chainOf(entry.firmId, entry.matterId);
    record.atMs = atMs;
    record.detailText
        = QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));

    SqlQuery last(m_db,
        QStringLiteral(
            "SELECT seq, hash FROM audit_log WHERE chain = ? ORDER BY seq DESC LIMIT 1"));
    last.bind(record.chain);
    if (auto done = last.exec(); !done)
        return done.error();
    record.seq = last.next() ? last.integer(0) + 1 : 1;
    record.prevHash = record.seq > 1 ? last.text(1) : genesisHash();
    record.hash = hashOf(record);

    SqlQuery insert(m_db,
        QStringLiteral(
            "INSERT INTO audit_log (chain, seq, firm_id, matter_id, at, actor_id, action,"
            " conversation_id, message_id, document_id, version, detail, prev_hash,"
            " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(record.chain).bind(record.seq).bind(entry.firmId).bindOptional(entry.matterId);
    insert.bind(atMs).bindOptional(entry.actorId).bind(entry.action);
    insert.bindOptional(entry.conversationId).bindOptional(entry.messageId);
    insert.bindOptional(entry.documentId).bindOptional(entry.version);
    insert.bind(record.detailText).bind(record.prevHash).bind(record.hash);
    if (auto done = insert.exec(); !done)
        return done.error();
    return insert.insertedId();
}

protocol::Result<qint64> AuditLog::appendAlone(const AuditEntry &entry, qint64 atMs)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto id = append(entry, atMs);
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

protocol::Result<QStringList> AuditLog::chains()
{
    SqlQuery query(m_db, QStringLiteral("SELECT DISTINCT chain FROM audit_log ORDER BY chain"));
    if (auto done = query.exec(); !done)
        return done.error();
    QStringList found;
    while (query.next())
        found.append(query.text(0));
    return found;
}

protocol::Result<QList<AuditRecord>> AuditLog::entries(const QString &chain)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT %1 FROM audit_log WHERE chain = ? ORDER BY seq").arg(Columns));
    query.bind(chain);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<AuditRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

} // namespace parley::server
