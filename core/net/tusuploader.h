// TusUploader: sends one file to /api/v1/uploads/ with tus 1.0.0: create, then PATCH
// chunks (StreamedRequest: read from the file as they are written, never held in memory)
// each carrying an Upload-Checksum, hashed on a pool thread while the chunk before it is on
// the wire. An upload resumes from the server's offset (HEAD), also in a
// later process given the upload's URL; a chunk that fails its checksum is sent again.
#pragma once

#include "filehash.h"
#include "protocol/result.h"
#include "streamedrequest.h"

#include <QFuture>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
class QNetworkRequest;

namespace parley::net {

class ApiClient;

class TusUploader : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 chunkBytes = 64LL * 1024 * 1024;
        // Upload-Checksum (sha1) on every chunk: a damaged chunk is found and sent again.
        bool checksums = false;
        int checksumRetries = 3;
        // The whole file's sha256 (hashed on the pool while it is sent) must equal what the
        // server says it stored (Upload-Sha256): end to end, and one hash pass fewer on each
        // side than chunk checksums, which keeps uploads near the disk's speed.
        bool verifyWhole = true;
    };

    // api is not owned and must outlive the uploader.
    TusUploader(ApiClient *api, Options options, QObject *parent = nullptr);
    explicit TusUploader(ApiClient *api, QObject *parent = nullptr)
        : TusUploader(api, Options(), parent)
    { }
    ~TusUploader() override;

    // Uploads path under name. With uploadUrl (from created() of an earlier attempt) it asks
    // the server where that upload stands and goes on from there; an upload the server no
    // longer has is started again.
    void start(const QString &path, const QString &name, const QUrl &uploadUrl = {});
    // Stops the request in flight; start() again with url() resumes.
    void pause();
    // Stops and asks the server to drop what it has.
    void cancel();

    QUrl url() const { return m_url; }
    qint64 offset() const { return m_offset; }
    qint64 size() const { return m_size; }
    bool busy() const { return m_reply != nullptr || m_chunk != nullptr || m_waitingForHash; }
    // The upload's id: the last segment of url().
    QString uploadId() const;

Q_SIGNALS:
    // The server created the upload: keep url to resume after a restart.
    void created(const QUrl &url);
    void progress(qint64 sent, qint64 total);
    // Done (the upload's id), or why not; not emitted after pause() or cancel().
    void finished(const protocol::Result<QString> &uploadId);

private:
    void create();
    void askOffset();
    void sendChunk();
    void transmit(qint64 length, const QByteArray &checksum);
    void chunkAnswered(const StreamedAnswer &answer);
    qint64 chunkLength(qint64 offset) const;
    // The sha1 of the chunk at offset, computed or being computed on a pool thread.
    QFuture<FileHashResult> chunkHash(qint64 offset);
    // All bytes are on the server: check the whole file's hash, then finish.
    void complete();
    protocol::Error unreadable() const;
    void fail(const protocol::Error &error);
    QNetworkRequest request(const QUrl &url) const;
    QNetworkReply *track(QNetworkReply *reply);

    ApiClient *m_api;
    Options m_options;
    QString m_path;
    QString m_name;
    QUrl m_url;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    int m_checksumFailures = 0;
    bool m_restarted = false;
    struct PendingHash
    {
        qint64 offset;
        QFuture<FileHashResult> sha1;
    };
    QList<PendingHash> m_hashes; // this chunk's and the next one's
    QFuture<FileHashResult> m_wholeHash; // sha256 of the file, when verifying the whole
    QString m_serverSha256; // what the server says it stored (hex)
    bool m_waitingForHash = false;
    quint64 m_attempt = 0; // start() and pause() move it on: late hashes are then ignored
    QPointer<QNetworkReply> m_reply; // create, HEAD
    QPointer<StreamedRequest> m_chunk; // PATCH
};

} // namespace parley::net
