// DownloadAudit: every file served from the blob folder leaves an audit entry naming who read
// it and what it was: the document and version with those bytes on a matter the reader may
// see, else the message that carried the file, else (their own upload) the bytes alone. A
// resumed download is one entry per range served.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;
class Clock;
struct AuditEntry;

class DownloadAudit
{
public:
    DownloadAudit(QSqlDatabase db, const Clock &clock, AccessPolicy &policy);

    // Appends file_downloaded for bytes [first, first + length) of the blob.
    protocol::Result<void> record(
        const Principal &who, const QString &sha256, qint64 first, qint64 length);

private:
    // Fills in the document version, or the message, the bytes are known as to the reader.
    protocol::Result<void> identify(const Principal &who, const QString &sha256, AuditEntry &entry);

    QSqlDatabase m_db;
    const Clock &m_clock;
    AccessPolicy &m_policy;
};

} // namespace parley::server
