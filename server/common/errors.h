// Shorthands for the typed errors the server returns most often.
#pragma once

#include "protocol/error.h"

namespace parley::server {

// A database or other server failure: the detail goes to the log, never to the caller.
protocol::Error internalError();
// The resource does not exist or the caller may not know it exists.
protocol::Error notFound(const QString &what);
protocol::Error invalidField(const QString &field, const QString &message);
// The HTTP status for an error code (400 for input errors, 422 for policy limits...).
int httpStatusFor(const protocol::Error &error);

} // namespace parley::server
