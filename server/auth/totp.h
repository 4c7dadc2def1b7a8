// Totp: RFC 6238 one-time codes (liboath): secrets, validation with a ±1 step window.
#pragma once

#include <QDateTime>
#include <QString>

namespace parley::server {

class Totp
{
public:
    static constexpr unsigned StepSeconds = 30;
    static constexpr int Digits = 6;

    // A new random 160-bit secret, base32 as authenticator apps expect.
    static QString generateSecret();
    // Accepts the code of the current step or one step either side (clock drift).
    static bool validate(const QString &secretBase32, const QString &code,
        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The code for a moment; for tests and tools.
    static QString generate(
        const QString &secretBase32, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // otpauth://totp/Issuer:account?secret=...&issuer=Issuer for QR enrolment.
    static QString otpauthUrl(const QString &secretBase32, const QString &account,
        const QString &issuer = QStringLiteral("Parley"));
};

} // namespace parley::server
