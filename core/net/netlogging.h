// The parley.net logging category, shared by the HTTP, stream and keychain classes.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNet)
