// The typed error of every API error body: {"error": {code, message, ...details}}.
#pragma once

#include <QJsonObject>
#include <QString>

namespace parley::protocol {

// Stable codes for programs; the message is for people.
namespace ErrorCode {
inline constexpr auto InvalidJson = "invalid_json";
inline constexpr auto MissingField = "missing_field";
inline constexpr auto InvalidField = "invalid_field";
inline constexpr auto NotFound = "not_found";
inline constexpr auto MethodNotAllowed = "method_not_allowed";
inline constexpr auto MissingToken = "missing_token";
inline constexpr auto InvalidToken = "invalid_token";
// A staff session past its idle time or its longest lifetime (details: reason idle|lifetime).
inline constexpr auto SessionExpired = "session_expired";
inline constexpr auto InvalidCredentials = "invalid_credentials";
inline constexpr auto TotpRequired = "totp_required";
inline constexpr auto InvalidTotp = "invalid_totp";
inline constexpr auto Forbidden = "forbidden";
inline constexpr auto Conflict = "conflict";
inline constexpr auto MessageTooLong = "message_too_long";
inline constexpr auto TooManyFiles = "too_many_files";
inline constexpr auto FileTooLarge = "file_too_large";
inline constexpr auto SharedFolderFull = "shared_folder_full";
inline constexpr auto InvalidFileName = "invalid_file_name";
// A tus chunk whose Upload-Checksum does not match what arrived; the chunk is discarded.
inline constexpr auto ChecksumMismatch = "checksum_mismatch";
// The upload's offset is not the one the request assumed.
inline constexpr auto OffsetMismatch = "offset_mismatch";
// A new version based on one that is no longer the latest (details: "latest").
inline constexpr auto VersionConflict = "version_conflict";
inline constexpr auto UploadExpired = "upload_expired";
inline constexpr auto UnsupportedTusVersion = "unsupported_tus_version";
// A Range outside the file.
inline constexpr auto RangeNotSatisfiable = "range_not_satisfiable";
// SMS asked for a client it may not go to (no email, or not a domestic number).
inline constexpr auto SmsNotAllowed = "sms_not_allowed";
inline constexpr auto RequestTooLarge = "request_too_large";
inline constexpr auto UnsupportedMediaType = "unsupported_media_type";
inline constexpr auto RateLimited = "rate_limited";
// Too many failed sign-ins for an address (details: limit, retry_after_seconds).
inline constexpr auto AccountLocked = "account_locked";
// The firm requires two-step verification and the account has none enrolled yet.
inline constexpr auto TotpEnrollmentRequired = "totp_enrollment_required";
// Posting to a conversation that was closed (the matter closed or its client cancelled).
inline constexpr auto ConversationClosed = "conversation_closed";
// A new client conversation on a closed matter.
inline constexpr auto MatterClosed = "matter_closed";
// A request naming more items than one request may (details: field, limit).
inline constexpr auto TooManyItems = "too_many_items";
// A template's text uses a placeholder that does not exist (details: placeholder).
inline constexpr auto UnknownPlaceholder = "unknown_placeholder";
// The client portal.
inline constexpr auto InvalidInvitation = "invalid_invitation";
inline constexpr auto InvitationExpired = "invitation_expired";
inline constexpr auto InvitationUsed = "invitation_used";
inline constexpr auto CsrfFailed = "csrf_failed";
// A request a web page on another site sent (its Origin is not the server's).
inline constexpr auto CrossOrigin = "cross_origin";
inline constexpr auto MfaRequired = "mfa_required";
inline constexpr auto InvalidMfaCode = "invalid_mfa_code";
inline constexpr auto MfaCodeExpired = "mfa_code_expired";
inline constexpr auto MfaLocked = "mfa_locked";
inline constexpr auto Internal = "internal_error";
// Client-side only: the request never got a server answer.
inline constexpr auto NetworkError = "network_error";
inline constexpr auto InvalidResponse = "invalid_response";
inline constexpr auto KeychainError = "keychain_error";
} // namespace ErrorCode

struct Error
{
    QString code;
    QString message;
    // Extra members of the error object, e.g. {"limit": 65518, "actual": 70000}.
    QJsonObject details;

    static Error make(const char *code, const QString &message, QJsonObject details = {});
    // An error naming a limit: details carry "limit" and "actual".
    static Error limit(const char *code, const QString &message, qint64 limit, qint64 actual);

    bool is(const char *otherCode) const { return code == QLatin1String(otherCode); }
    // The server no longer accepts the session (missing, revoked or expired token): the
    // client must sign in again.
    bool endsSession() const;

    // The inner object: {"code", "message", ...details}.
    QJsonObject toJson() const;
    // The whole API error body: {"error": {...}}.
    QJsonObject toBody() const;
    static Error fromJson(const QJsonObject &inner);
    // Reads an API error body; anything unrecognisable becomes invalid_response.
    static Error fromBody(const QByteArray &body, int httpStatus);

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace parley::protocol
