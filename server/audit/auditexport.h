// AuditExport: a matter's "record of communication", for the firm, a court or a regulator:
// who sent what and when, who read it when, which files (and which version of each) went
// to whom, MFA, sign-ins and membership, and whether the matter's audit chain is intact.
// As JSON (for programs) and as a self-contained HTML page (for people; prints cleanly).
#pragma once

#include "protocol/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace parley::server {

class AuditExport
{
public:
    explicit AuditExport(QSqlDatabase db);

    // The matter's record, as of now.
    protocol::Result<QJsonObject> record(qint64 matterId, const QDateTime &now);
    // The same for people: one HTML page, no scripts, no outside resources.
    static QString html(const QJsonObject &record);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
