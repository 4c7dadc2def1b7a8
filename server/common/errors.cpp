// Common error values and the mapping of error codes to HTTP statuses.
#include "errors.h"

#include <QHash>

namespace parley::server {

using protocol::Error;
namespace Code = protocol::ErrorCode;

Error internalError()
{
    return Error::make(
        Code::Internal, QStringLiteral("The server could not complete the request."));
}

Error notFound(const QString &what)
{
    return Error::make(Code::NotFound, QStringLiteral("%1 was not found.").arg(what));
}

Error invalidField(const QString &field, const QString &message)
{
    return Error::make(
        Code::InvalidField, message, QJsonObject { { QStringLiteral("field"), field } });
}

int httpStatusFor(const Error &error)
{
    static const QHash<QString, int> statuses {
        { QLatin1String(Code::InvalidJson), 400 },
        { QLatin1String(Code::MissingField), 400 },
        { QLatin1String(Code::InvalidField), 400 },
        { QLatin1String(Code::SmsNotAllowed), 400 },
        { QLatin1String(Code::MissingToken), 401 },
        { QLatin1String(Code::InvalidToken), 401 },
        { QLatin1String(Code::SessionExpired), 401 },
        { QLatin1String(Code::InvalidCredentials), 401 },
        { QLatin1String(Code::TotpRequired), 401 },
        { QLatin1String(Code::InvalidTotp), 401 },
        { QLatin1String(Code::Forbidden), 403 },
        { QLatin1String(Code::NotFound), 404 },
        { QLatin1String(Code::MethodNotAllowed), 405 },
        { QLatin1String(Code::Conflict), 409 },
        { QLatin1String(Code::ConversationClosed), 409 },
        { QLatin1String(Code::MatterClosed), 409 },
        { QLatin1String(Code::TooManyItems), 422 },
        { QLatin1String(Code::UnknownPlaceholder), 422 },
        { QLatin1String(Code::RequestTooLarge), 413 },
        { QLatin1String(Code::UnsupportedMediaType), 415 },
        { QLatin1String(Code::MessageTooLong), 422 },
        { QLatin1String(Code::TooManyFiles), 422 },
        { QLatin1String(Code::FileTooLarge), 422 },
        { QLatin1String(Code::SharedFolderFull), 422 },
        { QLatin1String(Code::InvalidFileName), 422 },
        { QLatin1String(Code::RateLimited), 429 },
        { QLatin1String(Code::AccountLocked), 429 },
        { QLatin1String(Code::CrossOrigin), 403 },
        { QLatin1String(Code::TotpEnrollmentRequired), 403 },
        { QLatin1String(Code::InvalidInvitation), 404 },
        { QLatin1String(Code::InvitationExpired), 410 },
        { QLatin1String(Code::InvitationUsed), 410 },
        { QLatin1String(Code::CsrfFailed), 403 },
        { QLatin1String(Code::MfaRequired), 403 },
        { QLatin1String(Code::InvalidMfaCode), 401 },
        { QLatin1String(Code::MfaCodeExpired), 401 },
        { QLatin1String(Code::MfaLocked), 429 },
        { QLatin1String(Code::ChecksumMismatch), 460 },
        { QLatin1String(Code::OffsetMismatch), 409 },
        { QLatin1String(Code::VersionConflict), 409 },
        { QLatin1String(Code::UploadExpired), 410 },
        { QLatin1String(Code::UnsupportedTusVersion), 412 },
        { QLatin1String(Code::RangeNotSatisfiable), 416 },
    };
    return statuses.value(error.code, 500);
}

} // namespace parley::server
