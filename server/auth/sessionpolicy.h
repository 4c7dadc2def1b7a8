// SessionPolicy: how long a staff session (bearer token) lives. It ends after idleMinutes
// without a request or a stream connection made with it, and in any case maxDays after the
// sign-in; after either the server answers 401 session_expired until the user signs in again.
#pragma once

#include <QtGlobal>

namespace parley::server {

struct SessionPolicy
{
    // [auth] session_idle_minutes: a working day and a night away (12 hours) is enough for a
    // desktop left open; a workstation unused for longer asks for the password again.
    qint64 idleMinutes = 12 * 60;
    // [auth] session_max_days: even a session in daily use signs in again once a month.
    qint64 maxDays = 30;
};

} // namespace parley::server
