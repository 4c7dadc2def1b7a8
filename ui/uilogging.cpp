// The parley.ui logging category.
#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "parley.ui", QtInfoMsg)
