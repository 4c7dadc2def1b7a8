// tus client over QNetworkAccessManager.
#include "tusuploader.h"

#include "apiclient.h"
#include "netlogging.h"
#include "protocol/digest.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace parley::net {

using protocol::Error;
namespace ErrorCode = protocol::ErrorCode;

namespace {
constexpr auto UploadsPath = "/api/v1/uploads/";
constexpr int TransferTimeoutMs = 60 * 1000; // no bytes moving for this long: give up

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

std::optional<qint64> offsetOf(QNetworkReply *reply)
{
    bool ok = false;
    const qint64 offset = reply->rawHeader("Upload-Offset").toLongLong(&ok);
    return ok && offset >= 0 ? std::optional<qint64>(offset) : std::nullopt;
}
} // namespace

TusUploader::TusUploader(ApiClient *api, Options options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_options(options)
{ }

TusUploader::~TusUploader()
{
    pause();
}

QString TusUploader::uploadId() const
{
    return m_url.path().section(QLatin1Char('/'), -1);
}

void TusUploader::start(const QString &path, const QString &name, const QUrl &uploadUrl)
{
    if (busy())
        return;
    m_path = path;
    m_name = name;
    m_size = QFileInfo(path).size();
    m_checksumFailures = 0;
    m_restarted = false;
    m_hashes.clear(); // the file may have changed since an earlier attempt
    m_serverSha256.clear();
    ++m_attempt;
    if (!QFileInfo(path).isReadable())
        return fail(Error::make(ErrorCode::NotFound,
            QStringLiteral("The file %1 cannot be read.").arg(QFileInfo(path).fileName())));
    if (m_options.verifyWhole)
        m_wholeHash = hashFile(path, protocol::Digest::Algorithm::Sha256);
    m_url = uploadUrl;
    if (m_url.isEmpty())
        create();
    else
        askOffset();
}

void TusUploader::pause()
{
    ++m_attempt;
    m_waitingForHash = false;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->abort();
    }
    if (StreamedRequest *chunk = m_chunk) {
        m_chunk = nullptr;
        chunk->abort();
        chunk->deleteLater();
    }
}

void TusUploader::cancel()
{
    pause();
    if (m_url.isEmpty())
        return;
    QNetworkReply *reply = m_api->networkManager()->sendCustomRequest(request(m_url), "DELETE");
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    m_url.clear();
}

QNetworkRequest TusUploader::request(const QUrl &url) const
{
    QNetworkRequest req = m_api->authorizedRequest(url.path());
    req.setRawHeader("Tus-Resumable", "1.0.0");
    req.setTransferTimeout(TransferTimeoutMs);
    return req;
}

QNetworkReply *TusUploader::track(QNetworkReply *reply)
{
    m_reply = reply;
    reply->setParent(this);
    return reply;
}

void TusUploader::create()
{
    QNetworkRequest req = request(QUrl(QLatin1String(UploadsPath)));
    req.setRawHeader("Upload-Length", QByteArray::number(m_size));
    req.setRawHeader("Upload-Metadata", "filename " + m_name.toUtf8().toBase64());
    QNetworkReply *reply = track(m_api->networkManager()->post(req, QByteArray()));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply)
            return; // paused
        m_reply = nullptr;
        if (statusOf(reply) != 201 || !reply->hasRawHeader("Location"))
            return fail(m_api->replyError(reply, reply->readAll()));
        m_url = m_api->baseUrl().resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
        m_offset = 0;
        Q_EMIT created(m_url);
        sendChunk();
    });
}

void TusUploader::askOffset()
{
    QNetworkReply *reply = track(m_api->networkManager()->head(request(m_url)));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        const int status = statusOf(reply);
        if ((status == 404 || status == 410) && !m_restarted) {
            // Expired or removed on the server: start again from the first byte.
            qCInfo(lcNet) << "upload gone from the server; starting it again";
            m_restarted = true;
            return create();
        }
        const auto offset = offsetOf(reply);
        if (status != 200 || !offset)
            return fail(m_api->replyError(reply, reply->readAll()));
        m_offset = *offset;
        m_serverSha256 = QString::fromLatin1(reply->rawHeader("Upload-Sha256"));
        Q_EMIT progress(m_offset, m_size);
        sendChunk();
    });
}

qint64 TusUploader::chunkLength(qint64 offset) const
{
    return std::min(m_options.chunkBytes, m_size - offset);
}

QFuture<FileHashResult> TusUploader::chunkHash(qint64 offset)
{
    m_hashes.removeIf([this](const PendingHash &hash) { return hash.offset < m_offset; });
    for (const PendingHash &hash : std::as_const(m_hashes)) {
        if (hash.offset == offset)
            return hash.sha1;
    }
    m_hashes.append({ offset,
        hashFile(m_path, protocol::Digest::Algorithm::Sha1, offset, chunkLength(offset)) });
    return m_hashes.last().sha1;
}

void TusUploader::complete()
{
    if (m_options.verifyWhole && m_size > 0) {
        if (!m_wholeHash.isFinished()) {
            m_waitingForHash = true;
            whenHashed(m_wholeHash, this, [this, attempt = m_attempt](const FileHashResult &) {
                if (attempt != m_attempt)
                    return;
                m_waitingForHash = false;
                complete();
            });
            return;
        }
        const FileHashResult local = m_wholeHash.result();
        if (!local)
            return fail(unreadable());
        if (QString::fromLatin1(local->digest.result().toHex()) != m_serverSha256) {
            qCWarning(lcNet) << "the server stored different bytes than the file holds";
            return fail(Error::make(ErrorCode::ChecksumMismatch,
                QStringLiteral("The server stored different bytes than %1 holds (the file may "
                               "have changed while it was sent). Upload it again.")
                    .arg(QFileInfo(m_path).fileName())));
        }
    }
    Q_EMIT progress(m_size, m_size);
    Q_EMIT finished(uploadId());
}

void TusUploader::sendChunk()
{
    if (m_offset >= m_size)
        return complete();
    const qint64 length = chunkLength(m_offset);
    if (!m_options.checksums)
        return transmit(length, {});
    const QFuture<FileHashResult> sha1 = chunkHash(m_offset);
    if (!sha1.isFinished()) {
        m_waitingForHash = true;
        whenHashed(sha1, this, [this, attempt = m_attempt](const FileHashResult &) {
            if (attempt != m_attempt)
                return; // paused or started again meanwhile
            m_waitingForHash = false;
            sendChunk();
        });
        return;
    }
    const FileHashResult hash = sha1.result();
    if (!hash)
        return fail(unreadable());
    transmit(length, "sha1 " + hash->digest.result().toBase64());
    // Read ahead: the next chunk is hashed while this one is on the wire.
    if (m_offset + length < m_size)
        chunkHash(m_offset + length);
}

void TusUploader::transmit(qint64 length, const QByteArray &checksum)
{
    const QNetworkRequest base = request(m_url);
    StreamedRequest::Headers headers;
    for (const QByteArray &name : base.rawHeaderList())
        headers.append({ name, base.rawHeader(name) });
    headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/offset+octet-stream")));
    headers.append(qMakePair(QByteArray("Upload-Offset"), QByteArray::number(m_offset)));
    if (!checksum.isEmpty())
        headers.append(qMakePair(QByteArray("Upload-Checksum"), checksum));
    auto *chunk = new StreamedRequest(m_api->authorizedRequest(m_url.path()).url(), "PATCH",
        headers, m_path, m_offset, length, this);
    m_chunk = chunk;
    const qint64 start = m_offset;
    connect(chunk, &StreamedRequest::progress, this, [this, chunk, start](qint64 sent, qint64) {
        if (chunk == m_chunk)
            Q_EMIT progress(start + sent, m_size);
    });
    connect(chunk, &StreamedRequest::finished, this, [this, chunk](const StreamedAnswer &answer) {
        chunk->deleteLater();
        if (chunk != m_chunk)
            return;
        m_chunk = nullptr;
        chunkAnswered(answer);
    });
    chunk->start();
}

protocol::Error TusUploader::unreadable() const
{
    return Error::make(ErrorCode::NotFound,
        QStringLiteral("The file %1 changed or cannot be read any more.")
            .arg(QFileInfo(m_path).fileName()));
}

void TusUploader::chunkAnswered(const StreamedAnswer &answer)
{
    if (answer.status == 204) {
        bool ok = false;
        const qint64 offset = answer.header("upload-offset").toLongLong(&ok);
        if (!ok || offset <= m_offset || offset > m_size)
            return fail(Error::make(ErrorCode::InvalidResponse,
                QStringLiteral("The server answered a chunk without a sensible Upload-Offset.")));
        m_offset = offset;
        m_checksumFailures = 0;
        if (const QByteArray sha = answer.header("upload-sha256"); !sha.isEmpty())
            m_serverSha256 = QString::fromLatin1(sha);
        return sendChunk();
    }
    if (answer.status == 460 && ++m_checksumFailures <= m_options.checksumRetries) {
        qCInfo(lcNet) << "chunk failed its checksum on the server; sending it again";
        m_hashes.clear(); // read the chunk from the file again
        return sendChunk();
    }
    if (answer.status == 409)
        return askOffset(); // the server has more or less than assumed
    if (answer.status == 0) {
        qCInfo(lcNet) << "chunk upload lost its connection";
        return fail(Error::make(ErrorCode::NetworkError,
            QStringLiteral("Cannot reach the server at %1: %2")
                .arg(m_api->baseUrl().toDisplayString(), answer.networkError)));
    }
    fail(Error::fromBody(answer.body, answer.status));
}

void TusUploader::fail(const protocol::Error &error)
{
    Q_EMIT finished(error);
}

} // namespace parley::net
