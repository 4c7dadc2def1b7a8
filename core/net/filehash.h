// hashFile: digests a window of a file on a pool thread, so hashing a large file (a 64 MB
// upload chunk, a resumed download's part, a saved working copy) never stalls the caller's
// event loop. whenHashed hands the result back on the caller's thread.
#pragma once

#include "protocol/digest.h"

#include <QFuture>
#include <QString>
#include <functional>
#include <optional>

class QObject;

namespace parley::net {

struct FileHash
{
    protocol::Digest digest;
    qint64 bytes = 0; // how many were read into digest
};
// nullopt: the file could not be opened, or ended before the window did.
using FileHashResult = std::optional<FileHash>;

// Reads length bytes from offset (to the end of the file when length is negative).
QFuture<FileHashResult> hashFile(const QString &path, protocol::Digest::Algorithm algorithm,
    qint64 offset = 0, qint64 length = -1);

// Calls done with the result on context's thread once it is ready; never after context is
// destroyed.
void whenHashed(const QFuture<FileHashResult> &future, QObject *context,
    std::function<void(const FileHashResult &)> done);

} // namespace parley::net
