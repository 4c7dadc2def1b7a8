// FirmStore: the firms (tenants) in the database.
#pragma once

#include "protocol/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace parley::server {

struct FirmRecord
{
    qint64 id = 0;
    QString name;

    QJsonObject toJson() const;
};

class FirmStore
{
public:
    explicit FirmStore(QSqlDatabase db);

    protocol::Result<qint64> create(const QString &name);
    protocol::Result<QList<FirmRecord>> list();
    protocol::Result<std::optional<FirmRecord>> find(qint64 id);
    // The firm's policy that staff must sign in with two-step verification.
    protocol::Result<bool> requiresTotp(qint64 id);
    protocol::Result<void> setRequireTotp(qint64 id, bool required);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
