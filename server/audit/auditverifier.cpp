// Walking the audit chains.
#include "auditverifier.h"

#include "auditlog.h"
#include "db/sqlquery.h"

#include <QHash>

namespace parley::server {

AuditVerifier::AuditVerifier(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<AuditReport> AuditVerifier::verify()
{
    AuditReport report;
    auto chains = AuditLog(m_db).chains();
    if (!chains)
        return chains.error();
    for (const QString &chain : chains.value()) {
        if (auto checked = verifyChain(chain, report); !checked)
            return checked.error();
    }
    report.chains = int(chains->size());
    if (auto checked = verifyHeads(report); !checked)
        return checked.error();
    if (auto checked = verifyCoverage(report); !checked)
        return checked.error();
    return report;
}

protocol::Result<AuditReport> AuditVerifier::verifyOne(const QString &chain)
{
    AuditReport report;
    report.chains = 1;
    if (auto checked = verifyChain(chain, report); !checked)
        return checked.error();
    if (auto checked = verifyHeads(report, chain); !checked)
        return checked.error();
    return report;
}

protocol::Result<void> AuditVerifier::verifyChain(const QString &chain, AuditReport &report)
{
    auto entries = AuditLog(m_db).entries(chain);
    if (!entries)
        return entries.error();
    report.entries += entries->size();
    qint64 expected = 1;
    QString previous = AuditLog::genesisHash();
    for (const AuditRecord &record : entries.value()) {
        if (record.seq != expected) {
            report.problems.append({ chain, expected,
                QStringLiteral("entries %1 to %2 are missing").arg(expected).arg(record.seq - 1) });
        } else if (record.prevHash != previous) {
            report.problems.append({ chain, record.seq,
                QStringLiteral("entry %1 does not follow the entry before it").arg(record.seq) });
        }
        if (AuditLog::hashOf(record) != record.hash)
            report.problems.append(
                { chain, record.seq, QStringLiteral("entry %1 was changed").arg(record.seq) });
        expected = record.seq + 1;
        previous = record.hash;
    }
    return {};
}

protocol::Result<void> AuditVerifier::verifyHeads(AuditReport &report, const QString &only)
{
    // The last entry of each chain as it was written; a chain shorter than its head lost its
    // end, a head with no chain lost everything.
    SqlQuery query(m_db,
        QStringLiteral("SELECT h.chain, h.seq, h.hash, a.seq, a.hash FROM audit_heads h"
                       " LEFT JOIN audit_log a ON a.chain = h.chain"
                       "  AND a.seq = (SELECT MAX(seq) FROM audit_log WHERE chain = h.chain)"
                       " WHERE CAST(? AS TEXT) = '' OR h.chain = ? ORDER BY h.chain"));
    query.bindText(only).bindText(only);
    if (auto done = query.exec(); !done)
        return done.error();
    while (query.next()) {
        const QString chain = query.text(0);
        const qint64 headSeq = query.integer(1);
        if (query.value(3).isNull()) {
            report.problems.append(
                { chain, 0, QStringLiteral("all %1 entries are missing").arg(headSeq) });
        } else if (query.integer(3) != headSeq || query.text(4) != query.text(2)) {
            report.problems.append({ chain, query.integer(3) + 1,
                QStringLiteral("the chain ends at entry %1, but entry %2 was written")
                    .arg(query.integer(3))
                    .arg(headSeq) });
        }
    }
    return {};
}

protocol::Result<void> AuditVerifier::verifyCoverage(AuditReport &report)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT 'message', m.id FROM messages m WHERE m.kind != 'event'"
            " AND NOT EXISTS (SELECT 1 FROM audit_log a"
            "  WHERE a.action = 'message_sent' AND a.message_id = m.id)"
            " UNION ALL SELECT 'receipt', r.id FROM receipts r"
            " WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'message_read'"
            "  AND a.message_id = r.message_id AND a.actor_id = r.user_id)"));
    if (auto done = query.exec(); !done)
        return done.error();
    while (query.next()) {
        report.problems.append({ QString(), 0,
            QStringLiteral("%1 %2 has no audit entry").arg(query.text(0)).arg(query.integer(1)) });
    }
    return {};
}

} // namespace parley::server
