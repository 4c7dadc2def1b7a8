// MatterStore: matters, their parties and their staff lists.
#pragma once

#include "protocol/matter.h"
#include "protocol/result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

// The matter row alone: what access checks need, without parties and staff.
struct MatterRecord
{
    qint64 id = 0;
    qint64 firmId = 0;
    bool restricted = false;
};

struct NewMatter
{
    qint64 firmId = 0;
    QString number;
    QString title;
    QString status = QStringLiteral("open");
    bool restricted = false;
    QString clientKind = QStringLiteral("individual"); // protocol::Matter::clientKinds()
};

class MatterStore
{
public:
    explicit MatterStore(QSqlDatabase db);

    // A duplicate number within the firm gives a conflict error.
    protocol::Result<qint64> create(const NewMatter &matter);
    protocol::Result<void> addParty(qint64 matterId, qint64 userId, const QString &role);
    protocol::Result<void> addStaff(qint64 matterId, qint64 userId);

    protocol::Result<std::optional<MatterRecord>> find(qint64 id);
    // The full wire form with parties and staff; not_found when missing.
    protocol::Result<protocol::Matter> load(qint64 id);
    protocol::Result<QList<MatterRecord>> list(qint64 firmId);
    protocol::Result<bool> isStaffOnMatter(qint64 matterId, qint64 userId);
    protocol::Result<bool> isParty(qint64 matterId, qint64 userId);
    // false when the matter had that status already (nothing changed).
    protocol::Result<bool> setStatus(qint64 matterId, const QString &status, qint64 atMs);
    // Whether the spouse parties join the client conversations; false when it was so already.
    protocol::Result<bool> setMessageSpouse(qint64 matterId, bool on, qint64 atMs);
    // Records that a party cancelled; false when they had already (or are no party).
    protocol::Result<bool> markCancelled(qint64 matterId, qint64 userId, qint64 atMs);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
