// File hashing on the global thread pool.
#include "filehash.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace parley::net {

namespace {
constexpr qint64 PieceBytes = 1024 * 1024;

FileHashResult hashNow(
    const QString &path, protocol::Digest::Algorithm algorithm, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return std::nullopt;
    FileHash hash { protocol::Digest(algorithm), 0 };
    QByteArray piece(PieceBytes, Qt::Uninitialized);
    while (length < 0 || hash.bytes < length) {
        const qint64 want = length < 0 ? PieceBytes : std::min(PieceBytes, length - hash.bytes);
        const qint64 got = file.read(piece.data(), want);
        if (got < 0 || (got == 0 && length >= 0))
            return std::nullopt;
        if (got == 0)
            break;
        hash.digest.add(piece.constData(), got);
        hash.bytes += got;
    }
    return hash;
}
} // namespace

QFuture<FileHashResult> hashFile(
    const QString &path, protocol::Digest::Algorithm algorithm, qint64 offset, qint64 length)
{
    return QtConcurrent::run(hashNow, path, algorithm, offset, length);
}

void whenHashed(const QFuture<FileHashResult> &future, QObject *context,
    std::function<void(const FileHashResult &)> done)
{
    auto *watcher = new QFutureWatcher<FileHashResult>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
            watcher->deleteLater();
            done(watcher->future().result());
        });
    watcher->setFuture(future);
}

} // namespace parley::net
