// The tus request headers read as pure functions of their values, so they can be tested and
// fuzzed without a socket: Upload-Offset / Upload-Length, Upload-Metadata, Upload-Checksum.
#pragma once

#include "protocol/digest.h"
#include "protocol/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace parley::server::tus {

// Upload-Offset and Upload-Length: a non-negative decimal number of bytes; nullopt when not.
std::optional<qint64> parseByteCount(const QByteArray &value);

// Upload-Metadata, "key base64,key base64,key": the decoded file name (the "filename" key, else
// "name"), empty when there is none; invalid_field for an unreadable header.
protocol::Result<QString> parseFileName(const QByteArray &metadata);

// Upload-Checksum, "<algorithm> <base64>" with algorithm sha1 or sha256.
struct Checksum
{
    protocol::Digest::Algorithm algorithm = protocol::Digest::Algorithm::Sha1;
    QByteArray expected; // the decoded digest the chunk must have
};
std::optional<Checksum> parseChecksum(const QByteArray &value);

} // namespace parley::server::tus
