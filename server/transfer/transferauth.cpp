// Bearer tokens on transfer requests, checked like the API's.
#include "transferauth.h"

#include "auth/authservice.h"
#include "http/apiserver.h"
#include "httphead.h"

namespace parley::server {

protocol::Result<Principal> authenticateTransfer(AuthService &auth, const HttpHead &head)
{
    const QString token = bearerToken(head.header("authorization"));
    if (token.isEmpty())
        return protocol::Error::make(protocol::ErrorCode::MissingToken,
            QStringLiteral("Sign in first: the request needs an Authorization: Bearer token."));
    return auth.authenticate(token);
}

CallerOf bearerCaller(AuthService &auth)
{
    return [&auth](const HttpHead &head) { return authenticateTransfer(auth, head); };
}

} // namespace parley::server
