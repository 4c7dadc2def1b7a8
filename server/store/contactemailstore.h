// ContactEmailStore: a contact's email addresses (users.email is the primary one, the others
// are in contact_emails) and the one the firm chose for the portal (users.portal_email).
#pragma once

#include "protocol/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace parley::server {

class ContactEmailStore
{
public:
    explicit ContactEmailStore(QSqlDatabase db);

    // Who has this address (case-insensitive), as primary or other address; nullopt: nobody.
    protocol::Result<std::optional<qint64>> owner(const QString &email);
    // Adds another address; the caller checked nobody has it.
    protocol::Result<void> add(qint64 userId, const QString &email, qint64 addedBy, qint64 atMs);
    // The address the portal uses: the chosen one, else the primary one.
    protocol::Result<QString> portalEmail(qint64 userId);
    // Chooses the portal address; nullopt goes back to the primary one.
    protocol::Result<void> setPortalEmail(qint64 userId, const std::optional<QString> &email);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
