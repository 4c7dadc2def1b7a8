// WorkingCopies: Open on a matter document: its current version is downloaded (through the
// transfer queue) to a working copy the system application opens, and the copy is watched;
// each save is uploaded as the document's next version. When someone else saved a newer
// version meanwhile, the server refuses (version_conflict) and conflict() asks the user, who
// may overwrite it with keepMine() or leave it.
#pragma once

#include "protocol/document.h"
#include "protocol/result.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace parley::net {
class ApiClient;
}

namespace parley::sync {

class TransferQueue;

class WorkingCopies : public QObject
{
    Q_OBJECT
public:
    // folder: where working copies live (a subfolder per document).
    WorkingCopies(
        net::ApiClient *api, TransferQueue *transfers, QString folder, QObject *parent = nullptr);

    void open(const protocol::Document &document);
    // After conflict(): upload the working copy over the newer version.
    void keepMine(qint64 documentId);
    QString pathOf(qint64 documentId) const;
    // How long a saved file must stay unchanged before it is uploaded.
    void setSettleMs(int ms) { m_settleMs = ms; }

Q_SIGNALS:
    // The working copy is ready: open it with the system application.
    void readyToOpen(qint64 documentId, const QString &path);
    void versionSaved(qint64 documentId, int version);
    // The server has version `latest`, newer than the one the working copy was opened at.
    void conflict(qint64 documentId, const QString &name, int latest);
    void failed(qint64 documentId, const parley::protocol::Error &error);

private:
    struct Copy
    {
        qint64 documentId = 0;
        QString name;
        QString path;
        int baseVersion = 0;
        QString sha256; // of the bytes the server has from this copy
        bool uploading = false;
        bool changedWhileUploading = false;
        int conflictWith = 0; // the newer version the user was asked about
    };

    struct Upload
    {
        QString id;
        QString sha256; // of the bytes uploaded
    };

    void watch(Copy &copy);
    void fileTouched(const QString &path);
    // Hashes the copy on a pool thread; uploads it when it differs from the server's bytes.
    void uploadIfChanged(qint64 documentId);
    void upload(qint64 documentId, const QString &sha256);
    void saveVersion(qint64 documentId, const Upload &upload, int base);
    // The upload (or the check) is over: look again if the file changed meanwhile.
    void settled(qint64 documentId);

    net::ApiClient *m_api;
    TransferQueue *m_transfers;
    QString m_folder;
    QHash<qint64, Copy> m_copies;
    QFileSystemWatcher m_watcher;
    QHash<qint64, QTimer *> m_settle;
    QHash<qint64, Upload> m_pendingUploads; // refused for a newer version: keepMine() uses it
    int m_settleMs = 1000;
};

} // namespace parley::sync
