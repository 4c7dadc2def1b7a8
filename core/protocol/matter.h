// Matter: a legal case, the home of conversations, documents and status updates.
#pragma once

#include "party.h"
#include "result.h"
#include "user.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace parley::protocol {

struct Matter
{
    qint64 id = 0;
    QString number; // the firm's matter number, e.g. "2026-0042"
    QString title;
    QString status; // free text set by the firm, e.g. "open", "closed"
    bool restricted = false;
    QString clientKind = QStringLiteral("individual"); // "individual" | "organization"
    // An individual's matter where messages to the primary contact reach their spouse too
    // (the spouse parties join the matter's client conversations with the client).
    bool messageSpouse = false;
    QList<Party> parties;
    QList<User> staff; // the staff on the matter (the access list when restricted)
    QDateTime updatedAt;

    // The first party with the client role, or an empty string.
    QString clientName() const;
    static const QStringList &clientKinds();
    // The spouse parties who join a client conversation started with these members (an
    // individual's matter with messageSpouse on, and a client party among them).
    QList<qint64> spousesJoining(const QList<qint64> &memberIds) const;

    QJsonObject toJson() const;
    static Result<Matter> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Matter &, const Matter &) = default;
};

} // namespace parley::protocol
