// Reading the tus request headers.
#include "tusheaders.h"

#include "common/errors.h"

#include <QList>

namespace parley::server::tus {

std::optional<qint64> parseByteCount(const QByteArray &value)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < 0 || value.startsWith('+'))
        return std::nullopt;
    return number;
}

protocol::Result<QString> parseFileName(const QByteArray &metadata)
{
    QString name;
    if (metadata.trimmed().isEmpty())
        return name;
    for (const QByteArray &pair : metadata.split(',')) {
        const QList<QByteArray> parts = pair.trimmed().split(' ');
        if (parts.isEmpty() || parts.first().isEmpty() || parts.size() > 2)
            return invalidField(QStringLiteral("Upload-Metadata"),
                QStringLiteral("Upload-Metadata must be comma-separated \"key base64\" pairs."));
        if (parts.size() < 2)
            continue;
        const auto decoded
            = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return invalidField(QStringLiteral("Upload-Metadata"),
                QStringLiteral("A value in Upload-Metadata is not base64."));
        if (parts.first() == "filename" || (parts.first() == "name" && name.isEmpty()))
            name = QString::fromUtf8(*decoded);
    }
    return name;
}

std::optional<Checksum> parseChecksum(const QByteArray &value)
{
    const QList<QByteArray> parts = value.split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    const auto algorithm = protocol::Digest::fromName(parts.at(0));
    const auto expected
        = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!algorithm || !expected)
        return std::nullopt;
    return Checksum { *algorithm, *expected };
}

} // namespace parley::server::tus
