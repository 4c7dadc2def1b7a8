// Bearer tokens on transfer requests, checked like the API's.
#include "transferauth.h"

#include "auth/authservice.h"
#include "http/apiserver.h"
#include "httphead.h"
#include "portal/portalsessions.h"

namespace parley::server {

protocol::Result<Principal> authenticateTransfer(AuthService &auth, const HttpHead &head)
{
    const QString token = bearerToken(head.header("authorization"));
    if (token.isEmpty())
        return protocol::Error::make(protocol::ErrorCode::MissingToken,
            QStringLiteral("Sign in first: the request needs an Authorization: Bearer token."));
    return auth.authenticate(token);
}

CallerOf staffOrClientCaller(AuthService &auth, std::function<PortalSessions *()> portal)
{
    return [&auth, portal = std::move(portal)](
               const HttpHead &head) -> protocol::Result<Principal> {
        const QString cookie
            = QString::fromLatin1(cookieValue(head.header("cookie"), PortalSessions::CookieName));
        PortalSessions *sessions = portal();
        if (!head.header("authorization").isEmpty() || cookie.isEmpty() || !sessions)
            return authenticateTransfer(auth, head);
        auto principal = sessions->authenticate(cookie);
        if (!principal)
            return principal;
        if (head.method != "GET" && head.method != "HEAD"
            && !PortalSessions::csrfMatches(cookie, head.header("x-csrf-token")))
            return protocol::Error::make(protocol::ErrorCode::CsrfFailed,
                QStringLiteral("The request did not come from the portal's own page."));
        return principal;
    };
}

} // namespace parley::server
