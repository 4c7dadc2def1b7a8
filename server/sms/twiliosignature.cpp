// Twilio's webhook signature.
#include "twiliosignature.h"

#include <QMessageAuthenticationCode>
#include <algorithm>

namespace parley::server::TwilioSignature {

QByteArray compute(
    const QString &authToken, const QString &url, const QList<QPair<QString, QString>> &parameters)
{
    QList<QPair<QString, QString>> sorted = parameters;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray data = url.toUtf8();
    for (const auto &parameter : sorted)
        data += parameter.first.toUtf8() + parameter.second.toUtf8();
    return QMessageAuthenticationCode::hash(data, authToken.toUtf8(), QCryptographicHash::Sha1)
        .toBase64();
}

bool matches(const QByteArray &signature, const QString &authToken, const QString &url,
    const QList<QPair<QString, QString>> &parameters)
{
    const QByteArray expected = compute(authToken, url, parameters);
    if (signature.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(signature.at(i) ^ expected.at(i));
    return difference == 0;
}

} // namespace parley::server::TwilioSignature
