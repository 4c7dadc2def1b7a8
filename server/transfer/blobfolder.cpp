// The upload and blob folders.
#include "blobfolder.h"

#include <QRandomGenerator>

#include "common/errors.h"
#include "common/logcategories.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace parley::server {

namespace {
bool isLowerHex(const QString &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}
} // namespace

BlobFolder::BlobFolder(const QString &dataDir)
    : m_uploads(QDir(dataDir).filePath(QStringLiteral("uploads")))
    , m_blobs(QDir(dataDir).filePath(QStringLiteral("blobs")))
{ }

protocol::Result<void> BlobFolder::prepare() const
{
    for (const QString &folder : { m_uploads, m_blobs }) {
        if (!QDir().mkpath(folder))
            return invalidField(QStringLiteral("data_dir"),
                QStringLiteral("The folder %1 cannot be created.").arg(folder));
    }
    return {};
}

QString BlobFolder::partPath(const QString &uploadId) const
{
    return m_uploads + QLatin1Char('/') + uploadId + QLatin1String(".part");
}

QString BlobFolder::blobPath(const QString &sha256) const
{
    return m_blobs + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

protocol::Result<void> BlobFolder::promote(const QString &uploadId, const QString &sha256) const
{
    const QString part = partPath(uploadId);
    const QString target = blobPath(sha256);
    if (QFile::exists(target)) {
        QFile::remove(part);
        return {};
    }
    {
        QFile file(part);
        if (!file.open(QIODevice::ReadWrite)) {
            qCWarning(lcTransfer) << "cannot open a complete upload:" << file.errorString();
            return internalError();
        }
#ifdef Q_OS_UNIX
        // The bytes reach the disk before the name does.
        ::fsync(file.handle());
#endif
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::rename(part, target)) {
        qCWarning(lcTransfer) << "cannot move a complete upload into the blob folder";
        return internalError();
    }
    return {};
}

void BlobFolder::removePart(const QString &uploadId) const
{
    QFile::remove(partPath(uploadId));
}

protocol::Result<void> BlobFolder::truncatePart(const QString &uploadId, qint64 length) const
{
    if (!QFile::resize(partPath(uploadId), length)) {
        qCWarning(lcTransfer) << "cannot cut an upload back to its verified length";
        return internalError();
    }
    return {};
}

bool BlobFolder::isSha256(const QString &text)
{
    return isLowerHex(text, 64);
}

QString BlobFolder::newUploadId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

bool BlobFolder::isUploadId(const QString &text)
{
    return isLowerHex(text, 32);
}

} // namespace parley::server
