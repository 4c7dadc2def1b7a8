// AuditVerifier: checks every audit chain from its first entry: each entry in its place, each
// carrying the hash of the one before, each hash matching what is stored, the chain reaching
// the head recorded for it; and every message and receipt having its entry. What it reports
// names the chain and the entry, never a body.
#pragma once

#include "protocol/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace parley::server {

struct AuditProblem
{
    QString chain;
    qint64 seq = 0; // the entry concerned (0: the chain as a whole)
    QString what;
};

struct AuditReport
{
    int chains = 0;
    qint64 entries = 0;
    QList<AuditProblem> problems;
    bool intact() const { return problems.isEmpty(); }
};

class AuditVerifier
{
public:
    explicit AuditVerifier(QSqlDatabase db);

    protocol::Result<AuditReport> verify();
    // One chain and its head only (a matter's record).
    protocol::Result<AuditReport> verifyOne(const QString &chain);

private:
    protocol::Result<void> verifyChain(const QString &chain, AuditReport &report);
    // Every chain's head, or only the named chain's.
    protocol::Result<void> verifyHeads(AuditReport &report, const QString &only = {});
    protocol::Result<void> verifyCoverage(AuditReport &report);

    QSqlDatabase m_db;
};

} // namespace parley::server
