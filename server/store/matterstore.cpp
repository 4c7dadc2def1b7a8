// Matter rows, parties and staff lists.
#include "matterstore.h"

#include "common/errors.h"
#include "db/sqlquery.h"

namespace parley::server {

MatterStore::MatterStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> MatterStore::create(const NewMatter &matter)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO matters (firm_id, number, title, status, restricted,"
                       " client_kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING RETURNING id"));
    const qint64 now = nowMs();
    query.bind(matter.firmId).bind(matter.number).bind(matter.title).bind(matter.status);
    query.bind(matter.restricted ? 1 : 0).bindText(matter.clientKind).bind(now).bind(now);
    // A number taken inserts nothing (no failed statement, which would end a PostgreSQL
    // transaction).
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return protocol::Error::make(protocol::ErrorCode::Conflict,
            QStringLiteral("A matter with this number already exists."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("number") } });
    return query.integer(0);
}

protocol::Result<void> MatterStore::addParty(qint64 matterId, qint64 userId, const QString &role)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO matter_parties (matter_id, user_id, role) VALUES (?, ?, ?)"
                       " ON CONFLICT (matter_id, user_id) DO UPDATE SET role = excluded.role"));
    query.bind(matterId).bind(userId).bind(role);
    if (auto result = query.exec(); !result)
        return result;
    SqlQuery touch(m_db, QStringLiteral("UPDATE matters SET updated_at = ? WHERE id = ?"));
    touch.bind(nowMs()).bind(matterId);
    return touch.exec();
}

protocol::Result<void> MatterStore::addStaff(qint64 matterId, qint64 userId)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO matter_staff (matter_id, user_id) VALUES (?, ?)"
                       " ON CONFLICT DO NOTHING"));
    query.bind(matterId).bind(userId);
    if (auto result = query.exec(); !result)
        return result;
    SqlQuery touch(m_db, QStringLiteral("UPDATE matters SET updated_at = ? WHERE id = ?"));
    touch.bind(nowMs()).bind(matterId);
    return touch.exec();
}

protocol::Result<std::optional<MatterRecord>> MatterStore::find(qint64 id)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT id, firm_id, restricted FROM matters WHERE id = ?"));
    query.bind(id);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return std::optional<MatterRecord>();
    return std::optional<MatterRecord>(
        MatterRecord { query.integer(0), query.integer(1), query.integer(2) != 0 });
}

protocol::Result<QList<MatterRecord>> MatterStore::list(qint64 firmId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, firm_id, restricted FROM matters WHERE firm_id = ?"
                       " ORDER BY number"));
    query.bind(firmId);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<MatterRecord> matters;
    while (query.next())
        matters.append(MatterRecord { query.integer(0), query.integer(1), query.integer(2) != 0 });
    return matters;
}

protocol::Result<protocol::Matter> MatterStore::load(qint64 id)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, number, title, status, restricted, updated_at, client_kind,"
                       " message_spouse FROM matters WHERE id = ?"));
    query.bind(id);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return notFound(QStringLiteral("The matter"));
    protocol::Matter matter;
    matter.id = query.integer(0);
    matter.number = query.text(1);
    matter.title = query.text(2);
    matter.status = query.text(3);
    matter.restricted = query.integer(4) != 0;
    matter.updatedAt = query.time(5);
    matter.clientKind = query.text(6);
    matter.messageSpouse = query.integer(7) != 0;

    SqlQuery parties(m_db,
        QStringLiteral("SELECT p.user_id, p.role, u.name, u.email, u.phone,"
                       " COALESCE(u.portal_email, u.email), p.cancelled_at FROM matter_parties p"
                       " JOIN users u ON u.id = p.user_id WHERE p.matter_id = ?"
                       " ORDER BY CASE p.role WHEN 'client' THEN 0 WHEN 'spouse' THEN 1 ELSE 2 END,"
                       " u.name"));
    parties.bind(id);
    if (auto result = parties.exec(); !result)
        return result.error();
    while (parties.next()) {
        matter.parties.append(
            protocol::Party { parties.integer(0), parties.text(1), parties.text(2), parties.text(3),
                parties.text(4), {}, parties.text(5), parties.time(6) });
    }
    SqlQuery otherEmails(m_db,
        QStringLiteral("SELECT e.user_id, e.email FROM contact_emails e"
                       " JOIN matter_parties p ON p.user_id = e.user_id AND p.matter_id = ?"
                       " ORDER BY e.id"));
    otherEmails.bind(id);
    if (auto result = otherEmails.exec(); !result)
        return result.error();
    while (otherEmails.next()) {
        for (protocol::Party &party : matter.parties) {
            if (party.userId == otherEmails.integer(0))
                party.otherEmails.append(otherEmails.text(1));
        }
    }

    SqlQuery staff(m_db,
        QStringLiteral("SELECT u.id, u.kind, u.role, u.name, u.email, u.phone,"
                       " u.totp_secret IS NOT NULL FROM matter_staff s"
                       " JOIN users u ON u.id = s.user_id WHERE s.matter_id = ? ORDER BY u.name"));
    staff.bind(id);
    if (auto result = staff.exec(); !result)
        return result.error();
    while (staff.next()) {
        matter.staff.append(protocol::User { staff.integer(0), staff.text(1), staff.text(2),
            staff.text(3), staff.text(4), staff.text(5), staff.integer(6) != 0 });
    }
    return matter;
}

protocol::Result<bool> MatterStore::isStaffOnMatter(qint64 matterId, qint64 userId)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT 1 FROM matter_staff WHERE matter_id = ? AND user_id = ?"));
    query.bind(matterId).bind(userId);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.next();
}

protocol::Result<bool> MatterStore::setStatus(qint64 matterId, const QString &status, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "UPDATE matters SET status = ?, updated_at = ? WHERE id = ? AND status <> ?"));
    query.bindText(status).bind(atMs).bind(matterId).bindText(status);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.rowsAffected() == 1;
}

protocol::Result<bool> MatterStore::setMessageSpouse(qint64 matterId, bool on, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE matters SET message_spouse = ?, updated_at = ? WHERE id = ?"
                       " AND message_spouse <> ?"));
    query.bind(on ? 1 : 0).bind(atMs).bind(matterId).bind(on ? 1 : 0);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.rowsAffected() == 1;
}

protocol::Result<bool> MatterStore::markCancelled(qint64 matterId, qint64 userId, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE matter_parties SET cancelled_at = ? WHERE matter_id = ?"
                       " AND user_id = ? AND cancelled_at IS NULL"));
    query.bind(atMs).bind(matterId).bind(userId);
    if (auto result = query.exec(); !result)
        return result.error();
    if (query.rowsAffected() != 1)
        return false;
    SqlQuery touch(m_db, QStringLiteral("UPDATE matters SET updated_at = ? WHERE id = ?"));
    touch.bind(atMs).bind(matterId);
    if (auto result = touch.exec(); !result)
        return result.error();
    return true;
}

protocol::Result<bool> MatterStore::isParty(qint64 matterId, qint64 userId)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT 1 FROM matter_parties WHERE matter_id = ? AND user_id = ?"));
    query.bind(matterId).bind(userId);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.next();
}

} // namespace parley::server
