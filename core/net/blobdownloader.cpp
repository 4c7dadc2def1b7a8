// Resumable blob downloads.
#include "blobdownloader.h"

#include "apiclient.h"
#include "filehash.h"
#include "netlogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace parley::net {

using protocol::Error;
namespace ErrorCode = protocol::ErrorCode;

namespace {
constexpr qint64 ReadBufferBytes = 1024 * 1024;
constexpr qint64 PieceBytes = 256 * 1024;
constexpr int TransferTimeoutMs = 60 * 1000;

// "bytes 100-199/1000" -> {100, 1000}
std::optional<std::pair<qint64, qint64>> contentRange(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes "))
        return std::nullopt;
    const qsizetype dash = value.indexOf('-');
    const qsizetype slash = value.indexOf('/');
    if (dash < 0 || slash < dash)
        return std::nullopt;
    bool firstOk = false;
    bool totalOk = false;
    const qint64 first = value.mid(6, dash - 6).toLongLong(&firstOk);
    const qint64 total = value.mid(slash + 1).toLongLong(&totalOk);
    if (!firstOk || !totalOk)
        return std::nullopt;
    return std::make_pair(first, total);
}
} // namespace

BlobDownloader::BlobDownloader(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

BlobDownloader::~BlobDownloader()
{
    pause();
}

void BlobDownloader::start(const QString &sha256, const QString &path)
{
    if (busy())
        return;
    m_sha256 = sha256;
    m_path = path;
    m_restarted = false;
    request();
}

void BlobDownloader::pause()
{
    ++m_attempt;
    m_hashing = false;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->abort();
    }
    m_part.close();
}

void BlobDownloader::request()
{
    // What an earlier attempt kept is hashed again (on a pool thread), so the check at the
    // end covers it.
    m_part.close();
    m_part.setFileName(partPath(m_path));
    if (!m_part.open(QIODevice::ReadWrite))
        return cannotWrite();
    m_hashing = true;
    whenHashed(hashFile(m_part.fileName(), protocol::Digest::Algorithm::Sha256), this,
        [this, attempt = m_attempt](const FileHashResult &kept) {
            if (attempt != m_attempt)
                return; // paused meanwhile
            m_hashing = false;
            if (!kept || !m_part.seek(kept->bytes))
                return cannotWrite();
            m_hash = kept->digest;
            m_received = kept->bytes;
            fetch();
        });
}

void BlobDownloader::cannotWrite()
{
    fail(Error::make(ErrorCode::Internal,
        QStringLiteral("Cannot write the download next to %1: %2")
            .arg(m_path, m_part.errorString())));
}

void BlobDownloader::fetch()
{
    m_started = false;
    QNetworkRequest req = m_api->authorizedRequest(QStringLiteral("/api/v1/blobs/") + m_sha256);
    req.setTransferTimeout(TransferTimeoutMs);
    if (m_received > 0) {
        req.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
        req.setRawHeader("If-Range", '"' + m_sha256.toLatin1() + '"');
    }
    QNetworkReply *reply = m_api->networkManager()->get(req);
    reply->setParent(this);
    reply->setReadBufferSize(ReadBufferBytes);
    m_reply = reply;
    connect(reply, &QIODevice::readyRead, this, &BlobDownloader::receive);
    connect(reply, &QNetworkReply::finished, this, &BlobDownloader::answered);
}

void BlobDownloader::receive()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (!m_started) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 206) {
            const auto range = contentRange(reply->rawHeader("Content-Range"));
            if (!range || range->first != m_received) {
                m_reply = nullptr;
                reply->abort();
                reply->deleteLater();
                return fail(Error::make(ErrorCode::InvalidResponse,
                    QStringLiteral("The server resumed the download at the wrong place.")));
            }
            m_total = range->second;
        } else if (status == 200) {
            // The whole file after all (the server ignored the range): start over.
            m_part.resize(0);
            m_part.seek(0);
            m_hash = protocol::Digest(protocol::Digest::Algorithm::Sha256);
            m_received = 0;
            m_total = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        } else {
            return; // an error body: read when finished
        }
        m_part.seek(m_received);
        m_started = true;
    }
    while (reply->bytesAvailable() > 0) {
        const QByteArray piece = reply->read(PieceBytes);
        if (m_part.write(piece) != piece.size()) {
            m_reply = nullptr;
            reply->abort();
            reply->deleteLater();
            return fail(Error::make(ErrorCode::Internal,
                QStringLiteral("Cannot write the download: %1").arg(m_part.errorString())));
        }
        m_hash.add(piece);
        m_received += piece.size();
    }
    Q_EMIT progress(m_received, m_total);
}

void BlobDownloader::answered()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return; // paused
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_started)
        receive();
    m_reply = nullptr;
    if (status == 416 && !m_restarted) {
        // The part is longer than the file: it cannot be a prefix of it.
        m_restarted = true;
        m_part.resize(0);
        return request();
    }
    if (!m_started || reply->error() != QNetworkReply::NoError) {
        m_part.close();
        return fail(m_api->replyError(reply, reply->readAll()));
    }
    m_part.close();
    if (QString::fromLatin1(m_hash.result().toHex()) != m_sha256) {
        QFile::remove(m_part.fileName());
        return fail(Error::make(ErrorCode::InvalidResponse,
            QStringLiteral("The downloaded file does not match its checksum; download it again.")));
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_part.fileName(), m_path))
        return fail(Error::make(ErrorCode::Internal,
            QStringLiteral("Cannot put the downloaded file at %1.").arg(m_path)));
    Q_EMIT finished(m_path);
}

void BlobDownloader::fail(const protocol::Error &error)
{
    qCInfo(lcNet) << "download failed:" << error.code;
    Q_EMIT finished(error);
}

} // namespace parley::net
