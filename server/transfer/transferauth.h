// The signed-in caller of a transfer request, from its Authorization: Bearer header.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"

#include <functional>

namespace parley::server {

class AuthService;
class PortalSessions;
struct HttpHead;

// Who sends a transfer request: staff by bearer token, portal clients by session cookie.
using CallerOf = std::function<protocol::Result<Principal>(const HttpHead &head)>;

protocol::Result<Principal> authenticateTransfer(AuthService &auth, const HttpHead &head);
// Staff by bearer token, or a client by portal session cookie (then any method but GET and
// HEAD must carry the session's X-CSRF-Token). portal() may answer null (portal not started).
CallerOf staffOrClientCaller(AuthService &auth, std::function<PortalSessions *()> portal);

} // namespace parley::server
