// Creating the firm's people and matters, each with its change record.
#include "provisioning.h"

#include "auth/passwordhasher.h"
#include "auth/totp.h"
#include "common/errors.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "protocol/limits.h"
#include "store/changelog.h"
#include "store/contactemailstore.h"
#include "store/firmstore.h"

#include <QRegularExpression>

namespace parley::server {

namespace {

protocol::Result<void> checkEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 320 || !shape.match(email).hasMatch())
        return invalidField(QStringLiteral("email"),
            QStringLiteral("Give an email address like name@example.com."));
    return {};
}

protocol::Result<void> checkName(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return invalidField(field, QStringLiteral("The %1 must not be empty.").arg(field));
    return protocol::Limits::checkTextLength(field, value, protocol::Limits().nameChars);
}

// Runs body inside a write transaction and commits when it succeeded.
template<typename T, typename Body>
protocol::Result<T> inTransaction(const QSqlDatabase &db, Body body)
{
    Transaction transaction(db);
    if (auto status = transaction.status(); !status)
        return status.error();
    protocol::Result<T> result = body();
    if (!result)
        return result;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace

Provisioning::Provisioning(QSqlDatabase db, const PasswordHasher &hasher)
    : m_db(std::move(db))
    , m_hasher(hasher)
{ }

protocol::Result<qint64> Provisioning::createFirm(const QString &name)
{
    if (auto valid = checkName(QStringLiteral("name"), name); !valid)
        return valid.error();
    return FirmStore(m_db).create(name.trimmed());
}

protocol::Result<void> Provisioning::setStaffBatchMinutes(qint64 firmId, std::optional<int> minutes)
{
    if (minutes && (*minutes < 0 || *minutes > 24 * 60))
        return invalidField(QStringLiteral("minutes"),
            QStringLiteral("The staff batch window is 0 to 1440 minutes."));
    auto firm = FirmStore(m_db).find(firmId);
    if (!firm)
        return firm.error();
    if (!firm.value())
        return notFound(QStringLiteral("The firm"));
    SqlQuery query(m_db, QStringLiteral("UPDATE firms SET staff_batch_minutes = ? WHERE id = ?"));
    query.bind(minutes ? QVariant(*minutes) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(firmId);
    return query.exec();
}

protocol::Result<qint64> Provisioning::createUser(const NewUser &user)
{
    if (auto valid = checkEmail(user.email); !valid)
        return valid.error();
    if (auto valid = checkName(QStringLiteral("name"), user.name); !valid)
        return valid.error();
    auto firm = FirmStore(m_db).find(user.firmId);
    if (!firm)
        return firm.error();
    if (!firm.value())
        return invalidField(QStringLiteral("firm"), QStringLiteral("No such firm."));
    return inTransaction<qint64>(m_db, [&]() -> protocol::Result<qint64> {
        // Someone's other (portal) address cannot become another person's primary one.
        auto owner = ContactEmailStore(m_db).owner(user.email.trimmed());
        if (!owner)
            return owner.error();
        if (owner.value())
            return protocol::Error::make(protocol::ErrorCode::Conflict,
                QStringLiteral("A user with this email address already exists."),
                QJsonObject { { QStringLiteral("field"), QStringLiteral("email") } });
        auto id = UserStore(m_db).create(user);
        if (!id)
            return id;
        if (auto change = ChangeLog(m_db).record(user.firmId, QStringLiteral("user"), id.value());
            !change)
            return change.error();
        return id;
    });
}

protocol::Result<qint64> Provisioning::createStaff(qint64 firmId, const QString &email,
    const QString &name, const QString &role, const QString &password)
{
    static const QStringList staffRoles { QStringLiteral("lawyer"), QStringLiteral("paralegal"),
        QStringLiteral("admin") };
    if (!staffRoles.contains(role))
        return invalidField(QStringLiteral("role"),
            QStringLiteral("A staff role is one of lawyer, paralegal or admin."));
    if (password.size() < 8)
        return protocol::Error::limit(protocol::ErrorCode::InvalidField,
            QStringLiteral("A password needs at least 8 characters."), 8, password.size());
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    return createUser(NewUser {
        firmId, QStringLiteral("staff"), role, name.trimmed(), email.trimmed(), {}, hash.value() });
}

protocol::Result<qint64> Provisioning::createClient(
    qint64 firmId, const QString &email, const QString &name, const QString &phone)
{
    return createUser(NewUser { firmId, QStringLiteral("client"), QStringLiteral("client"),
        name.trimmed(), email.trimmed(), phone.trimmed(), {} });
}

protocol::Result<qint64> Provisioning::createMatter(const NewMatter &matter)
{
    if (auto valid = checkName(QStringLiteral("number"), matter.number); !valid)
        return valid.error();
    if (auto valid = checkName(QStringLiteral("title"), matter.title); !valid)
        return valid.error();
    if (!protocol::Matter::clientKinds().contains(matter.clientKind))
        return invalidField(QStringLiteral("client_kind"),
            QStringLiteral("The client kind is individual or organization."));
    return inTransaction<qint64>(m_db, [&]() -> protocol::Result<qint64> {
        auto id = MatterStore(m_db).create(matter);
        if (!id)
            return id;
        if (auto change = ChangeLog(m_db).record(
                matter.firmId, QStringLiteral("matter"), id.value(), id.value());
            !change)
            return change.error();
        return id;
    });
}

protocol::Result<UserRecord> Provisioning::userOfMatterFirm(
    qint64 matterId, qint64 userId, const QString &kind, qint64 *firmId)
{
    auto matter = MatterStore(m_db).find(matterId);
    if (!matter)
        return matter.error();
    if (!matter.value())
        return invalidField(QStringLiteral("matter"), QStringLiteral("No such matter."));
    auto user = UserStore(m_db).find(userId);
    if (!user)
        return user.error();
    if (!user.value() || user.value()->firmId != matter.value()->firmId)
        return invalidField(
            QStringLiteral("user"), QStringLiteral("No such user in the matter's firm."));
    if (user.value()->user.kind != kind)
        return invalidField(
            QStringLiteral("user"), QStringLiteral("The user must be %1.").arg(kind));
    *firmId = matter.value()->firmId;
    return *user.value();
}

protocol::Result<void> Provisioning::addParty(qint64 matterId, qint64 userId, const QString &role)
{
    static const QStringList partyRoles { QStringLiteral("client"), QStringLiteral("spouse"),
        QStringLiteral("other") };
    if (!partyRoles.contains(role))
        return invalidField(QStringLiteral("role"),
            QStringLiteral("A party role is one of client, spouse or other."));
    qint64 firmId = 0;
    if (auto user = userOfMatterFirm(matterId, userId, QStringLiteral("client"), &firmId); !user)
        return user.error();
    auto done = inTransaction<qint64>(m_db, [&]() -> protocol::Result<qint64> {
        if (auto added = MatterStore(m_db).addParty(matterId, userId, role); !added)
            return added.error();
        return ChangeLog(m_db).record(firmId, QStringLiteral("matter"), matterId, matterId);
    });
    if (!done)
        return done.error();
    return {};
}

protocol::Result<void> Provisioning::addStaff(qint64 matterId, qint64 userId)
{
    qint64 firmId = 0;
    if (auto user = userOfMatterFirm(matterId, userId, QStringLiteral("staff"), &firmId); !user)
        return user.error();
    auto done = inTransaction<qint64>(m_db, [&]() -> protocol::Result<qint64> {
        if (auto added = MatterStore(m_db).addStaff(matterId, userId); !added)
            return added.error();
        return ChangeLog(m_db).record(firmId, QStringLiteral("matter"), matterId, matterId);
    });
    if (!done)
        return done.error();
    return {};
}

protocol::Result<TotpEnrolment> Provisioning::enrollTotp(const QString &email)
{
    UserStore users(m_db);
    auto user = users.findByEmail(email);
    if (!user)
        return user.error();
    if (!user.value() || !user.value()->user.isStaff())
        return invalidField(
            QStringLiteral("email"), QStringLiteral("No staff user has this email."));
    const QString secret = Totp::generateSecret();
    if (auto stored = users.setTotpSecret(user.value()->user.id, secret); !stored)
        return stored.error();
    return TotpEnrolment { secret, Totp::otpauthUrl(secret, user.value()->user.email) };
}

} // namespace parley::server
