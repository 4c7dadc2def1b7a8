// Provisioning: creating firms, staff, clients, matters and their parties, as the admin
// command line and the demo data do. Each operation is one transaction that also records
// its numbered change, so signed-in desktops see it through /sync and the stream.
#pragma once

#include "protocol/result.h"
#include "store/matterstore.h"
#include "store/userstore.h"

#include <QSqlDatabase>

namespace parley::server {

class PasswordHasher;

struct TotpEnrolment
{
    QString secretBase32;
    QString otpauthUrl;
};

class Provisioning
{
public:
    Provisioning(QSqlDatabase db, const PasswordHasher &hasher);

    protocol::Result<qint64> createFirm(const QString &name);
    // The firm's staff notification window in minutes (nullopt: the server's default).
    protocol::Result<void> setStaffBatchMinutes(qint64 firmId, std::optional<int> minutes);
    // role: lawyer | paralegal | admin. The password is hashed here and never stored clear.
    protocol::Result<qint64> createStaff(qint64 firmId, const QString &email, const QString &name,
        const QString &role, const QString &password);
    protocol::Result<qint64> createClient(
        qint64 firmId, const QString &email, const QString &name, const QString &phone);
    protocol::Result<qint64> createMatter(const NewMatter &matter);
    // role: client | spouse | other; the user must be a client of the matter's firm.
    protocol::Result<void> addParty(qint64 matterId, qint64 userId, const QString &role);
    // The user must be staff of the matter's firm.
    protocol::Result<void> addStaff(qint64 matterId, qint64 userId);
    protocol::Result<TotpEnrolment> enrollTotp(const QString &email);

private:
    protocol::Result<qint64> createUser(const NewUser &user);
    protocol::Result<UserRecord> userOfMatterFirm(
        qint64 matterId, qint64 userId, const QString &kind, qint64 *firmId);

    QSqlDatabase m_db;
    const PasswordHasher &m_hasher;
};

} // namespace parley::server
