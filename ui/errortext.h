// errorText: what a person should read for a protocol::Error, and what to do about it.
#pragma once

#include "protocol/error.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace parley::ui {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // server: named in network errors, so the user can check the address.
    static QString describe(const protocol::Error &error, const QUrl &server = {});
};

} // namespace parley::ui
