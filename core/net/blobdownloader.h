// BlobDownloader: fetches /api/v1/blobs/{sha256} into a file through "<file>.part", a
// window at a time; an interrupted download resumes with Range and If-Range from what the
// part holds, and the result is kept only when its sha256 is the one asked for.
#pragma once

#include "protocol/digest.h"
#include "protocol/result.h"

#include <QFile>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

namespace parley::net {

class ApiClient;

class BlobDownloader : public QObject
{
    Q_OBJECT
public:
    // api is not owned and must outlive the downloader.
    explicit BlobDownloader(ApiClient *api, QObject *parent = nullptr);
    ~BlobDownloader() override;

    // Downloads the blob to path (replacing it once complete), resuming path + ".part".
    void start(const QString &sha256, const QString &path);
    // Stops; start() again resumes from the part file.
    void pause();
    bool busy() const { return m_reply != nullptr || m_hashing; }

    static QString partPath(const QString &path) { return path + QLatin1String(".part"); }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    // The finished file's path, or why not; not emitted after pause().
    void finished(const protocol::Result<QString> &path);

private:
    void request();
    void fetch();
    void cannotWrite();
    void receive();
    void answered();
    void fail(const protocol::Error &error);

    ApiClient *m_api;
    QString m_sha256;
    QString m_path;
    QFile m_part;
    protocol::Digest m_hash { protocol::Digest::Algorithm::Sha256 };
    qint64 m_received = 0;
    qint64 m_total = -1;
    bool m_started = false; // the answer's status was checked and the body is being written
    bool m_restarted = false;
    bool m_hashing = false; // reading back what the part file kept
    quint64 m_attempt = 0; // pause() moves it on: a late hash is then ignored
    QPointer<QNetworkReply> m_reply;
};

} // namespace parley::net
