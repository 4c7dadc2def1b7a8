// Principal: the signed-in user a request or stream acts for, with the firm it belongs to.
#pragma once

#include "protocol/user.h"

#include <QSet>

namespace parley::server {

struct Principal
{
    protocol::User user;
    qint64 firmId = 0;
    qint64 tokenId = 0; // the session token; 0 for admin or internal callers
    // A client's web portal session, and the conversations requiring MFA it has entered the
    // code for: only those show their content (files included) to it.
    bool portalSession = false;
    QSet<qint64> mfaPassed {};

    qint64 userId() const { return user.id; }
    bool isStaff() const { return user.isStaff(); }
};

} // namespace parley::server
