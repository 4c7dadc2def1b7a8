// Working copies of matter documents.
#include "workingcopies.h"

#include "net/apiclient.h"
#include "net/filehash.h"
#include "net/netlogging.h"
#include "transferqueue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace parley::sync {

WorkingCopies::WorkingCopies(
    net::ApiClient *api, TransferQueue *transfers, QString folder, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_transfers(transfers)
    , m_folder(std::move(folder))
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &WorkingCopies::fileTouched);
    // Editors often save by writing a new file and renaming it over the old one.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &dir) {
        for (const Copy &copy : std::as_const(m_copies)) {
            if (QFileInfo(copy.path).absolutePath() == QFileInfo(dir).absoluteFilePath())
                fileTouched(copy.path);
        }
    });
}

QString WorkingCopies::pathOf(qint64 documentId) const
{
    return m_copies.value(documentId).path;
}

void WorkingCopies::open(const protocol::Document &document)
{
    const protocol::DocumentVersion *current = document.currentVersion();
    if (!current)
        return;
    const QString dir = QDir(m_folder).filePath(QString::number(document.id));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(document.name);
    auto known = m_copies.constFind(document.id);
    if (known != m_copies.constEnd() && known->baseVersion == current->number
        && QFileInfo::exists(path)) {
        Q_EMIT readyToOpen(document.id, path); // already here, with the user's changes
        return;
    }
    Copy copy;
    copy.documentId = document.id;
    copy.name = document.name;
    copy.path = path;
    copy.baseVersion = current->number;
    copy.sha256 = current->sha256;
    m_watcher.removePath(path);
    const qint64 id = document.id;
    m_transfers->enqueueDownload(current->sha256, document.name, path,
        [this, id, copy](const protocol::Result<QString> &saved) {
            if (!saved) {
                Q_EMIT failed(id, saved.error());
                return;
            }
            m_copies.insert(id, copy);
            watch(m_copies[id]);
            Q_EMIT readyToOpen(id, copy.path);
        });
}

void WorkingCopies::watch(Copy &copy)
{
    m_watcher.addPath(copy.path);
    m_watcher.addPath(QFileInfo(copy.path).absolutePath());
}

void WorkingCopies::fileTouched(const QString &path)
{
    for (Copy &copy : m_copies) {
        if (copy.path != path)
            continue;
        // Renamed over: watch the new file.
        if (!m_watcher.files().contains(path) && QFileInfo::exists(path))
            m_watcher.addPath(path);
        QTimer *&timer = m_settle[copy.documentId];
        if (!timer) {
            timer = new QTimer(this);
            timer->setSingleShot(true);
            const qint64 id = copy.documentId;
            connect(timer, &QTimer::timeout, this, [this, id] { uploadIfChanged(id); });
        }
        timer->start(m_settleMs); // editors write in several steps: wait for the last
    }
}

void WorkingCopies::uploadIfChanged(qint64 documentId)
{
    auto it = m_copies.find(documentId);
    if (it == m_copies.end() || !QFileInfo::exists(it->path))
        return;
    if (it->uploading) {
        it->changedWhileUploading = true;
        return;
    }
    it->uploading = true; // from the hashing on
    net::whenHashed(net::hashFile(it->path, protocol::Digest::Algorithm::Sha256), this,
        [this, documentId](const net::FileHashResult &hash) {
            auto copy = m_copies.find(documentId);
            if (copy == m_copies.end())
                return;
            const QString sha
                = hash ? QString::fromLatin1(hash->digest.result().toHex()) : QString();
            if (sha.isEmpty() || sha == copy->sha256)
                return settled(documentId); // touched, not changed
            upload(documentId, sha);
        });
}

void WorkingCopies::upload(qint64 documentId, const QString &sha)
{
    auto it = m_copies.find(documentId);
    const int base = it->baseVersion;
    m_transfers->enqueueUpload(it->path, it->name,
        [this, documentId, base, sha](const protocol::Result<QString> &uploadId) {
            if (!m_copies.contains(documentId))
                return;
            if (!uploadId) {
                settled(documentId);
                Q_EMIT failed(documentId, uploadId.error());
                return;
            }
            saveVersion(documentId, { uploadId.value(), sha }, base);
        });
}

void WorkingCopies::settled(qint64 documentId)
{
    auto copy = m_copies.find(documentId);
    if (copy == m_copies.end())
        return;
    copy->uploading = false;
    if (std::exchange(copy->changedWhileUploading, false))
        uploadIfChanged(documentId);
}

void WorkingCopies::saveVersion(qint64 documentId, const Upload &upload, int base)
{
    m_api->addDocumentVersion(documentId, protocol::NewDocumentVersion { upload.id, base },
        [this, documentId, upload](const protocol::Result<protocol::Document> &document) {
            auto copy = m_copies.find(documentId);
            if (copy == m_copies.end())
                return;
            if (!document) {
                if (document.error().is(protocol::ErrorCode::VersionConflict)) {
                    // Keep the upload: keepMine() saves it over the newer version.
                    copy->conflictWith
                        = document.error().details.value(QStringLiteral("latest")).toInt();
                    copy->uploading = false;
                    copy->sha256.clear(); // not on the server yet
                    m_pendingUploads.insert(documentId, upload);
                    Q_EMIT conflict(documentId, copy->name, copy->conflictWith);
                    return;
                }
                Q_EMIT failed(documentId, document.error());
                return settled(documentId);
            }
            copy->sha256 = upload.sha256;
            if (const protocol::DocumentVersion *current = document->currentVersion())
                copy->baseVersion = current->number;
            Q_EMIT versionSaved(documentId, copy->baseVersion);
            settled(documentId);
        });
}

void WorkingCopies::keepMine(qint64 documentId)
{
    auto copy = m_copies.find(documentId);
    if (copy == m_copies.end() || copy->conflictWith == 0 || !m_pendingUploads.contains(documentId))
        return;
    copy->uploading = true;
    const int latest = std::exchange(copy->conflictWith, 0);
    saveVersion(documentId, m_pendingUploads.take(documentId), latest);
}

} // namespace parley::sync
