// Working copies of matter documents.
#include "workingcopies.h"

#include "net/apiclient.h"
#include "net/netlogging.h"
#include "protocol/digest.h"
#include "transferqueue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace parley::sync {

namespace {
QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    protocol::Digest digest(protocol::Digest::Algorithm::Sha256);
    QByteArray piece(1024 * 1024, Qt::Uninitialized);
    qint64 got;
    while ((got = file.read(piece.data(), piece.size())) > 0)
        digest.add(piece.constData(), got);
    return QString::fromLatin1(digest.result().toHex());
}
} // namespace

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
    const QString sha = sha256Of(it->path);
    if (sha.isEmpty() || sha == it->sha256)
        return; // touched, not changed
    it->uploading = true;
    const int base = it->baseVersion;
    m_transfers->enqueueUpload(it->path, it->name,
        [this, documentId, base, sha](const protocol::Result<QString> &uploadId) {
            auto copy = m_copies.find(documentId);
            if (copy == m_copies.end())
                return;
            if (!uploadId) {
                copy->uploading = false;
                Q_EMIT failed(documentId, uploadId.error());
                return;
            }
            copy->sha256 = sha;
            saveVersion(documentId, uploadId.value(), base);
        });
}

void WorkingCopies::saveVersion(qint64 documentId, const QString &uploadId, int base)
{
    m_api->addDocumentVersion(documentId, protocol::NewDocumentVersion { uploadId, base },
        [this, documentId, uploadId](const protocol::Result<protocol::Document> &document) {
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
                    m_pendingUploads.insert(documentId, uploadId);
                    Q_EMIT conflict(documentId, copy->name, copy->conflictWith);
                    return;
                }
                copy->uploading = false;
                Q_EMIT failed(documentId, document.error());
                return;
            }
            copy->uploading = false;
            copy->baseVersion = document->currentVersion() ? document->currentVersion()->number
                                                           : copy->baseVersion;
            Q_EMIT versionSaved(documentId, copy->baseVersion);
            if (copy->changedWhileUploading) {
                copy->changedWhileUploading = false;
                uploadIfChanged(documentId);
            }
        });
}

void WorkingCopies::keepMine(qint64 documentId)
{
    auto copy = m_copies.find(documentId);
    if (copy == m_copies.end() || copy->conflictWith == 0)
        return;
    const QString uploadId = m_pendingUploads.take(documentId);
    if (uploadId.isEmpty())
        return;
    copy->uploading = true;
    copy->sha256 = sha256Of(copy->path);
    const int latest = std::exchange(copy->conflictWith, 0);
    saveVersion(documentId, uploadId, latest);
}

} // namespace parley::sync
