// The parley.net logging category.
#include "netlogging.h"

Q_LOGGING_CATEGORY(lcNet, "parley.net", QtInfoMsg)
