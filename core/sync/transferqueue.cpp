// The transfer queue.
#include "transferqueue.h"

#include "models/documentsmodel.h"
#include "net/apiclient.h"
#include "net/blobdownloader.h"
#include "net/netlogging.h"
#include "net/tusuploader.h"
#include "store/storeworker.h"
#include "store/transferrow.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimer>

namespace parley::sync {

namespace {
constexpr qint64 SpeedWindowMs = 3000;
} // namespace

struct TransferQueue::Job
{
    int id = 0;
    Direction direction = Direction::Upload;
    QString name;
    QString path; // upload: the source; download: the target
    QString sha256; // download
    QUrl uploadUrl; // once created: where a resumed upload continues
    Done done;
    qint64 matterId = 0; // an upload that becomes a document of this matter
    qint64 storeId = 0; // its row in the cache, once saved
    State state = State::Queued;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString error;
    std::deque<std::pair<qint64, qint64>> samples; // (ms, bytes) over the speed window
    net::Backoff backoff;
    std::unique_ptr<net::TusUploader> uploader;
    std::unique_ptr<net::BlobDownloader> downloader;
    QTimer retry;

    bool pending() const
    {
        return state == State::Queued || state == State::Running || state == State::Paused
            || state == State::Waiting;
    }
    qint64 speed() const
    {
        if (samples.size() < 2 || samples.back().first == samples.front().first)
            return 0;
        return (samples.back().second - samples.front().second) * 1000
            / (samples.back().first - samples.front().first);
    }
};

TransferQueue::TransferQueue(net::ApiClient *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{
    m_clock.start();
}

TransferQueue::~TransferQueue() = default;

int TransferQueue::enqueueUpload(const QString &path, const QString &name, Done done)
{
    auto job = std::make_unique<Job>();
    job->direction = Direction::Upload;
    job->path = path;
    job->name = name;
    job->bytesTotal = QFileInfo(path).size();
    job->done = std::move(done);
    return enqueue(std::move(job));
}

int TransferQueue::enqueueDocumentUpload(const QString &path, const QString &name, qint64 matterId)
{
    auto job = std::make_unique<Job>();
    job->direction = Direction::Upload;
    job->path = path;
    job->name = name;
    job->matterId = matterId;
    job->bytesTotal = QFileInfo(path).size();
    return enqueue(std::move(job));
}

int TransferQueue::enqueueDownload(
    const QString &sha256, const QString &name, const QString &target, Done done)
{
    auto job = std::make_unique<Job>();
    job->direction = Direction::Download;
    job->sha256 = sha256;
    job->name = name;
    job->path = target;
    job->done = std::move(done);
    return enqueue(std::move(job));
}

int TransferQueue::enqueue(std::unique_ptr<Job> job)
{
    job->id = m_nextId++;
    job->retry.setSingleShot(true);
    Job *raw = job.get();
    connect(&job->retry, &QTimer::timeout, this, [this, raw] {
        if (raw->state == State::Waiting) {
            raw->state = State::Queued;
            startNext();
        }
    });
    const int row = static_cast<int>(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.push_back(std::move(job));
    endInsertRows();
    if (m_store && raw->storeId == 0)
        m_store->saveTransfer(store::TransferRow { 0,
                                  raw->direction == Direction::Upload ? QStringLiteral("upload")
                                                                      : QStringLiteral("download"),
                                  raw->path, raw->name, raw->sha256, raw->uploadUrl.toString(),
                                  raw->matterId, raw->state == State::Paused },
            raw->id);
    startNext();
    changed(*raw);
    return raw->id;
}

void TransferQueue::setStore(store::StoreWorker *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    // Context this, not the store: the store may outlive this queue (a new session).
    connect(store, &store::StoreWorker::opened, this, [store] { store->loadTransfers(); });
    connect(store, &store::StoreWorker::transfersLoaded, this, &TransferQueue::restore);
    connect(store, &store::StoreWorker::transferSaved, this, [this](int tag, qint64 storeId) {
        for (const auto &job : m_jobs) {
            if (job->id != tag)
                continue;
            job->storeId = storeId;
            if (!job->pending())
                forget(*job); // finished before its row was saved
            else
                persist(*job); // what changed meanwhile (its URL, a pause)
        }
    });
}

void TransferQueue::restore(const QList<store::TransferRow> &rows)
{
    for (const store::TransferRow &row : rows) {
        auto job = std::make_unique<Job>();
        job->direction
            = row.direction == QLatin1String("download") ? Direction::Download : Direction::Upload;
        job->path = row.path;
        job->name = row.name;
        job->sha256 = row.sha256;
        job->uploadUrl = QUrl(row.uploadUrl);
        job->matterId = row.matterId;
        job->storeId = row.id;
        job->state = row.paused ? State::Paused : State::Queued;
        if (job->direction == Direction::Upload)
            job->bytesTotal = QFileInfo(row.path).size();
        qCInfo(lcNet) << "taking up an unfinished transfer again";
        enqueue(std::move(job));
    }
}

void TransferQueue::persist(Job &job)
{
    if (m_store && job.storeId != 0)
        m_store->updateTransfer(job.storeId, job.uploadUrl.toString(), job.state == State::Paused);
}

void TransferQueue::forget(Job &job)
{
    if (m_store && job.storeId != 0)
        m_store->removeTransfer(job.storeId);
    job.storeId = 0;
}

void TransferQueue::createDocument(Job &job, const QString &uploadId)
{
    const qint64 matterId = job.matterId;
    const QString name = job.name;
    m_api->createDocument(matterId, protocol::NewDocument { uploadId, name },
        [this, matterId, name](const protocol::Result<protocol::Document> &document) {
            if (!document)
                Q_EMIT transferFailed(name, document.error());
            else
                Q_EMIT documentCreated(matterId, document.value());
        });
}

void TransferQueue::startNext()
{
    for (const auto &job : m_jobs) {
        if (job->state == State::Running)
            return; // one at a time: each gets the whole line
    }
    for (const auto &job : m_jobs) {
        if (job->state == State::Queued) {
            start(*job);
            return;
        }
    }
}

void TransferQueue::start(Job &job)
{
    job.state = State::Running;
    job.error.clear();
    job.samples.clear();
    Job *raw = &job;
    if (job.direction == Direction::Upload) {
        job.uploader = std::make_unique<net::TusUploader>(m_api);
        connect(job.uploader.get(), &net::TusUploader::created, this, [this, raw](const QUrl &url) {
            raw->uploadUrl = url;
            persist(*raw);
        });
        connect(job.uploader.get(), &net::TusUploader::progress, this,
            [this, raw](qint64 done, qint64 total) { progressed(*raw, done, total); });
        connect(job.uploader.get(), &net::TusUploader::finished, this,
            [this, raw](const protocol::Result<QString> &result) { finished(*raw, result); });
        job.uploader->start(job.path, job.name, job.uploadUrl);
    } else {
        job.downloader = std::make_unique<net::BlobDownloader>(m_api);
        connect(job.downloader.get(), &net::BlobDownloader::progress, this,
            [this, raw](qint64 done, qint64 total) { progressed(*raw, done, total); });
        connect(job.downloader.get(), &net::BlobDownloader::finished, this,
            [this, raw](const protocol::Result<QString> &result) { finished(*raw, result); });
        job.downloader->start(job.sha256, job.path);
    }
    changed(job);
}

void TransferQueue::progressed(Job &job, qint64 done, qint64 total)
{
    job.bytesDone = done;
    if (total > 0)
        job.bytesTotal = total;
    const qint64 now = m_clock.elapsed();
    job.samples.emplace_back(now, done);
    while (job.samples.size() > 2 && now - job.samples.front().first > SpeedWindowMs)
        job.samples.pop_front();
    changed(job);
}

void TransferQueue::finished(Job &job, const protocol::Result<QString> &result)
{
    if (!result && result.error().is(protocol::ErrorCode::NetworkError)) {
        // The connection went: wait, then go on from where the server got to.
        stopMoving(job);
        job.state = State::Waiting;
        job.error = result.error().message;
        job.retry.start(job.backoff.next());
        qCInfo(lcNet) << "transfer waiting for the network, attempt" << job.backoff.attempt();
        changed(job);
        startNext();
        return;
    }
    stopMoving(job);
    job.state = result ? State::Done : State::Failed;
    if (result)
        job.bytesDone = job.bytesTotal;
    else
        job.error = result.error().message;
    forget(job);
    changed(job);
    if (job.done)
        job.done(result);
    if (!result)
        Q_EMIT transferFailed(job.name, result.error());
    else if (job.matterId != 0 && job.direction == Direction::Upload)
        createDocument(job, result.value());
    startNext();
}

void TransferQueue::stopMoving(Job &job)
{
    // Deleted later: this may run inside their own signal.
    if (job.uploader) {
        job.uploader->pause();
        job.uploader.release()->deleteLater();
    }
    if (job.downloader) {
        job.downloader->pause();
        job.downloader.release()->deleteLater();
    }
    job.samples.clear();
}

void TransferQueue::pause(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    Job &job = *m_jobs.at(row);
    if (job.state != State::Running && job.state != State::Queued && job.state != State::Waiting)
        return;
    job.retry.stop();
    stopMoving(job);
    job.state = State::Paused;
    persist(job);
    changed(job);
    startNext();
}

void TransferQueue::resume(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    Job &job = *m_jobs.at(row);
    if (job.state != State::Paused && job.state != State::Failed && job.state != State::Waiting)
        return;
    job.retry.stop();
    job.backoff.reset();
    job.state = State::Queued;
    persist(job);
    changed(job);
    startNext();
}

void TransferQueue::cancel(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    Job &job = *m_jobs.at(row);
    if (!job.pending())
        return;
    job.retry.stop();
    if (job.uploader)
        job.uploader->cancel(); // the server drops what it has
    else if (!job.uploadUrl.isEmpty()) {
        net::TusUploader dropper(m_api);
        dropper.start(job.path, job.name, job.uploadUrl);
        dropper.cancel();
    }
    stopMoving(job);
    job.state = State::Cancelled;
    forget(job);
    changed(job);
    if (job.done)
        job.done(protocol::Error::make(
            "cancelled", tr("The transfer of %1 was cancelled.").arg(job.name)));
    startNext();
}

void TransferQueue::clearFinished()
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (m_jobs.at(row)->pending())
            continue;
        beginRemoveRows({}, row, row);
        m_jobs.erase(m_jobs.begin() + row);
        endRemoveRows();
    }
}

int TransferQueue::pendingCount() const
{
    int count = 0;
    for (const auto &job : m_jobs)
        count += job->pending();
    return count;
}

int TransferQueue::rowOf(const Job &job) const
{
    for (size_t row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs[row].get() == &job)
            return static_cast<int>(row);
    }
    return -1;
}

void TransferQueue::changed(const Job &job)
{
    const int row = rowOf(job);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
    const int pending = pendingCount();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        Q_EMIT pendingCountChanged(pending);
    }
}

int TransferQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

QString TransferQueue::formatBytes(qint64 bytes)
{
    return models::DocumentsModel::sizeText(bytes);
}

QString TransferQueue::stateText(const Job &job) const
{
    const QString amount = job.bytesTotal > 0
        ? tr("%1 of %2").arg(formatBytes(job.bytesDone), formatBytes(job.bytesTotal))
        : formatBytes(job.bytesDone);
    switch (job.state) {
    case State::Queued:
        return tr("Waiting to start");
    case State::Paused:
        return tr("Paused — %1").arg(amount);
    case State::Waiting:
        return tr("Connection lost — trying again soon (%1)").arg(amount);
    case State::Failed:
        return tr("Failed: %1").arg(job.error);
    case State::Cancelled:
        return tr("Cancelled");
    case State::Done:
        return job.direction == Direction::Upload ? tr("Uploaded") : tr("Downloaded");
    case State::Running:
        break;
    }
    const qint64 speed = job.speed();
    if (speed <= 0)
        return amount;
    const qint64 secondsLeft = (job.bytesTotal - job.bytesDone) / speed;
    return tr("%1 — %2/s, %3 left")
        .arg(amount, formatBytes(speed),
            secondsLeft >= 60 ? tr("%n min", nullptr, int(secondsLeft / 60))
                              : tr("%n s", nullptr, int(secondsLeft)));
}

QVariant TransferQueue::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Job &job = *m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return job.name;
    case Qt::ToolTipRole:
    case StateTextRole:
        return stateText(job);
    case DirectionRole:
        return int(job.direction);
    case StateRole:
        return QVariant::fromValue(job.state);
    case ProgressRole:
        return job.bytesTotal > 0 ? int(job.bytesDone * 1000 / job.bytesTotal)
                                  : (job.state == State::Done ? 1000 : 0);
    case BytesDoneRole:
        return job.bytesDone;
    case BytesTotalRole:
        return job.bytesTotal;
    case SpeedRole:
        return job.speed();
    case SecondsLeftRole: {
        const qint64 speed = job.speed();
        return speed > 0 ? (job.bytesTotal - job.bytesDone) / speed : -1;
    }
    case ErrorRole:
        return job.error;
    }
    return {};
}

QHash<int, QByteArray> TransferQueue::roleNames() const
{
    return { { NameRole, "name" }, { StateTextRole, "stateText" }, { ProgressRole, "progress" },
        { StateRole, "state" } };
}

} // namespace parley::sync
