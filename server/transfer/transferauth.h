// The signed-in caller of a transfer request, from its Authorization: Bearer header.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"

namespace parley::server {

class AuthService;
struct HttpHead;

protocol::Result<Principal> authenticateTransfer(AuthService &auth, const HttpHead &head);

} // namespace parley::server
