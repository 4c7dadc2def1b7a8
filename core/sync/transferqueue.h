// TransferQueue: the uploads and downloads of the signed-in user, one moving at a time in
// the order asked, each with its progress, speed and time left; pause, resume and cancel;
// a lost connection waits and resumes by itself (tus offset, HTTP Range), with back-off.
// With a store, unfinished transfers are kept in the cache and taken up again at the next
// start (paused ones stay paused). A list model, so the transfers view shows it row by row.
#pragma once

#include "net/backoff.h"
#include "protocol/document.h"
#include "protocol/result.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace parley::net {
class ApiClient;
class BlobDownloader;
class TusUploader;
} // namespace parley::net

namespace parley::store {
class StoreWorker;
struct TransferRow;
} // namespace parley::store

namespace parley::sync {

class TransferQueue : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Direction { Upload, Download };
    enum class State { Queued, Running, Paused, Waiting, Failed, Cancelled, Done };
    Q_ENUM(State)
    enum Role {
        NameRole = Qt::UserRole + 1,
        DirectionRole,
        StateRole,
        StateTextRole, // "Paused", "3.2 MB of 10 MB — 4.1 MB/s, 2 s left"...
        ProgressRole, // 0..1000
        BytesDoneRole,
        BytesTotalRole,
        SpeedRole, // bytes per second, over the last few seconds
        SecondsLeftRole, // -1 when unknown
        ErrorRole,
    };

    // Called once with the upload's id or the downloaded file's path, or the error.
    using Done = std::function<void(const protocol::Result<QString> &)>;

    // api is not owned and must outlive the queue.
    explicit TransferQueue(net::ApiClient *api, QObject *parent = nullptr);
    ~TransferQueue() override;

    // Keeps unfinished transfers in this store (not owned); nullptr: this session only.
    void setStore(store::StoreWorker *store);

    int enqueueUpload(const QString &path, const QString &name, Done done);
    // An upload that becomes a new document of the matter when it is complete (also when
    // it finishes after a restart): documentCreated or transferFailed tell how it ended.
    int enqueueDocumentUpload(const QString &path, const QString &name, qint64 matterId);
    int enqueueDownload(
        const QString &sha256, const QString &name, const QString &target, Done done);

    void pause(int row);
    void resume(int row);
    void cancel(int row);
    // Removes the rows that are done, failed or cancelled.
    void clearFinished();
    // Transfers not finished yet (queued, moving, paused or waiting).
    int pendingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString formatBytes(qint64 bytes);

Q_SIGNALS:
    void pendingCountChanged(int count);
    void documentCreated(qint64 matterId, const parley::protocol::Document &document);
    // A transfer that ended in an error (not a pause or a cancel), in a sentence.
    void transferFailed(const QString &name, const parley::protocol::Error &error);

private:
    struct Job;

    int enqueue(std::unique_ptr<Job> job);
    void persist(Job &job);
    void forget(Job &job);
    void restore(const QList<store::TransferRow> &rows);
    void createDocument(Job &job, const QString &uploadId);
    void startNext();
    void start(Job &job);
    void progressed(Job &job, qint64 done, qint64 total);
    void finished(Job &job, const protocol::Result<QString> &result);
    void stopMoving(Job &job);
    void changed(const Job &job);
    int rowOf(const Job &job) const;
    QString stateText(const Job &job) const;

    net::ApiClient *m_api;
    store::StoreWorker *m_store = nullptr;
    std::vector<std::unique_ptr<Job>> m_jobs;
    QElapsedTimer m_clock;
    int m_nextId = 1;
    int m_lastPending = 0;
};

} // namespace parley::sync
