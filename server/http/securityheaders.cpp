// The headers every answer carries.
#include "securityheaders.h"

#include <algorithm>

namespace parley::server {

HeaderFields SecurityHeaders::missingFrom(const HeaderFields &answer) const
{
    HeaderFields all {
        { "Content-Security-Policy", DefaultPolicy },
        { "X-Frame-Options", "DENY" },
        { "X-Content-Type-Options", "nosniff" },
        { "Referrer-Policy", "no-referrer" },
    };
    // A year, as the HSTS preload list asks; not subdomains, which the firm may serve otherwise.
    if (m_https)
        all.append(
            qMakePair(QByteArray("Strict-Transport-Security"), QByteArray("max-age=31536000")));
    HeaderFields missing;
    for (const auto &field : std::as_const(all)) {
        const bool set = std::any_of(answer.cbegin(), answer.cend(), [&field](const auto &own) {
            return own.first.compare(field.first, Qt::CaseInsensitive) == 0;
        });
        if (!set)
            missing.append(field);
    }
    return missing;
}

} // namespace parley::server
