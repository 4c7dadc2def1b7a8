// ErrorText: stable error codes mapped to translated, actionable sentences.
#include "errortext.h"

#include "net/apiclient.h"

namespace parley::ui {

namespace Code = protocol::ErrorCode;

QString ErrorText::describe(const protocol::Error &error, const QUrl &server)
{
    if (error.is(Code::InvalidCredentials))
        return tr("The email address or password is not correct. Check both and try again.");
    if (error.is(Code::TotpRequired))
        return tr("This account uses two-step verification. Enter the 6-digit code from your "
                  "authenticator app.");
    if (error.is(Code::InvalidTotp))
        return tr("That verification code is not correct or has expired. Enter the current code "
                  "from your authenticator app.");
    if (error.is(Code::SessionExpired))
        return tr("Your session expired. Sign in again to go on; your drafts and unsent "
                  "messages are kept.");
    if (error.endsSession())
        return tr("Your session has ended. Sign in again.");
    if (error.is(Code::NetworkError)) {
        if (server.isValid())
            return tr("Cannot reach the Parley server at %1. Check the address and your network "
                      "connection.")
                .arg(server.toDisplayString());
        return tr("Cannot reach the Parley server. Check your network connection.");
    }
    if (error.is(net::ClientErrorCode::InsecureUrl))
        return tr("For your clients' privacy Parley connects to %1 only with https://. Change the "
                  "address to start with https://.")
            .arg(server.host());
    if (error.is(net::ClientErrorCode::InvalidUrl))
        return tr("Enter the server address your firm gave you, e.g. https://parley.example.com.");
    if (error.is(Code::MessageTooLong)) {
        const qint64 limit = error.details.value(QStringLiteral("limit")).toInteger();
        const qint64 actual = error.details.value(QStringLiteral("actual")).toInteger();
        return tr("The message is %L1 characters long; the limit is %L2. Shorten it or split it "
                  "into several messages.")
            .arg(actual)
            .arg(limit);
    }
    if (error.is(Code::NotFound))
        return tr("This item is no longer available to you.");
    if (error.is(Code::Forbidden))
        return tr("You do not have access to this.");
    if (error.is(Code::RateLimited)) {
        // Sign-in refuses a network after many failures, for the lockout's minutes.
        const qint64 minutes
            = (error.details.value(QLatin1String("retry_after_seconds")).toInteger(60) + 59) / 60;
        if (minutes <= 1)
            return tr("Too many attempts. Wait a minute and try again.");
        return tr("Too many failed attempts from your network. Try again in %1 minutes, or ask "
                  "your administrator.")
            .arg(minutes);
    }
    if (error.is(Code::AccountLocked)) {
        const qint64 minutes
            = (error.details.value(QLatin1String("retry_after_seconds")).toInteger(60) + 59) / 60;
        if (minutes <= 1)
            return tr("Too many failed sign-ins for this account. Try again in a minute, or ask "
                      "your administrator.");
        return tr("Too many failed sign-ins for this account. Try again in %1 minutes, or ask "
                  "your administrator.")
            .arg(minutes);
    }
    if (error.is(Code::TotpEnrollmentRequired))
        return tr("Your firm requires two-step verification, and it is not set up for this "
                  "account yet. Ask your administrator to set it up, then sign in again.");
    if (error.is(Code::KeychainError))
        return tr("The system keychain is not available, so Parley cannot remember your sign-in.");
    if (error.is(Code::InvalidResponse))
        return tr("The server sent an answer Parley cannot read. Check the server address, or ask "
                  "your administrator whether the server is up to date.");
    // Unknown codes: the server's own sentence is written for people.
    if (!error.message.isEmpty())
        return error.message;
    return tr("Something went wrong (%1).").arg(error.code);
}

} // namespace parley::ui
