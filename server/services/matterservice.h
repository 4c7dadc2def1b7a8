// MatterService: the matters a user may see, one at a time or all.
#pragma once

#include "common/principal.h"
#include "protocol/document.h"
#include "protocol/matter.h"
#include "protocol/message.h"
#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;

class MatterService
{
public:
    MatterService(QSqlDatabase db, AccessPolicy &policy);

    protocol::Result<QList<protocol::Matter>> list(const Principal &who);
    // not_found when missing or invisible alike, so a restricted matter's existence
    // never leaks.
    protocol::Result<protocol::Matter> get(const Principal &who, qint64 matterId);
    // The matter's files (All Files), for staff who may see the matter; not_found otherwise.
    protocol::Result<QList<protocol::Document>> documents(const Principal &who, qint64 matterId);
    // The newest messages with files (at most limit) in the matter's conversations the
    // reader may see (All Files ▸ Messages), for staff; not_found otherwise.
    protocol::Result<QList<protocol::Message>> messageFiles(
        const Principal &who, qint64 matterId, int limit);

private:
    QSqlDatabase m_db;
    AccessPolicy &m_policy;
};

} // namespace parley::server
