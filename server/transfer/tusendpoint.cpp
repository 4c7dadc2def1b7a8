// tus 1.0.0 over the upload and blob folders.
#include "tusendpoint.h"

#include "common/errors.h"
#include "common/logcategories.h"
#include "httphead.h"
#include "partwriter.h"
#include "protocol/filename.h"
#include "transferauth.h"
#include "tusheaders.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace parley::server {

using protocol::Digest;

using protocol::Error;
namespace Code = protocol::ErrorCode;

namespace {
constexpr auto TusVersion = "1.0.0";
constexpr auto Extensions = "creation,checksum,expiration,termination";
constexpr auto ChecksumAlgorithms = "sha1,sha256";
// A complete upload's sha256 (hex), on the last PATCH's answer and on HEAD: a client checks
// its whole file against what the server stored, end to end.
constexpr auto ShaHeader = "Upload-Sha256";
constexpr qint64 RehashPieceBytes = 1024 * 1024;

TransferReply badHeader(const QString &header, const QString &message)
{
    return TransferReply::error(invalidField(header, message));
}
} // namespace

// Writes one PATCH body into the part file, digesting as it goes (on the PartWriter's
// thread).
class TusEndpoint::Writer : public BodySink
{
public:
    Writer(TusEndpoint &endpoint, UploadRow row, qint64 offset, Digest digest,
        std::optional<QPair<Digest, QByteArray>> checksum)
        : m_endpoint(endpoint)
        , m_row(std::move(row))
        , m_start(offset)
        , m_before(digest)
        , m_digest(digest)
        , m_expected(checksum ? std::optional<QByteArray>(checksum->second) : std::nullopt)
        , m_part(endpoint.m_folder.partPath(m_row.id),
              { std::move(digest),
                  checksum ? std::optional<Digest>(checksum->first) : std::nullopt })
    {
        m_endpoint.m_live[m_row.id].writer = this;
        m_part.setRoomAgain([this] {
            if (resume)
                resume();
        });
    }

    ~Writer() override { detach(); }

    bool open() { return m_part.open(m_start); }

    bool write(const QByteArray &piece) override { return m_part.append(piece); }

    bool ready() const override { return m_part.hasRoom(); }

    TransferReply finish() override
    {
        written(m_part.close());
        if (m_failed) {
            rollBack();
            return m_endpoint.withTus(TransferReply::error(internalError(), 507));
        }
        if (m_expected && m_chunkDigest.result() != *m_expected) {
            rollBack();
            return m_endpoint.withTus(TransferReply::error(Error::make(Code::ChecksumMismatch,
                QStringLiteral("The chunk does not match its Upload-Checksum; it was discarded. "
                               "Send it again from offset %1.")
                    .arg(m_start))));
        }
        const qint64 offset = keep();
        if (m_expected) {
            if (auto cleared = m_endpoint.m_uploads.setVerifiedOffset(m_row.id, std::nullopt);
                !cleared)
                return m_endpoint.withTus(TransferReply::error(cleared.error()));
        }
        QString sha256;
        if (offset == m_row.length) {
            sha256 = QString::fromLatin1(m_digest.result().toHex());
            if (auto promoted = m_endpoint.m_folder.promote(m_row.id, sha256); !promoted)
                return m_endpoint.withTus(TransferReply::error(promoted.error()));
            if (auto completed = m_endpoint.m_uploads.complete(m_row.id, sha256, m_row.length);
                !completed)
                return m_endpoint.withTus(TransferReply::error(completed.error()));
            m_endpoint.m_live.remove(m_row.id);
            qCInfo(lcTransfer) << "upload complete," << m_row.length << "bytes";
        }
        TransferReply reply = TransferReply::make(204);
        reply.with("Upload-Offset", QByteArray::number(offset));
        if (offset < m_row.length)
            reply.with("Upload-Expires", m_endpoint.expiresHeader(m_expires));
        else
            reply.with(ShaHeader, sha256.toLatin1()); // the client checks the whole file
        return m_endpoint.withTus(std::move(reply));
    }

    void abandon() override
    {
        written(m_part.close());
        // A checksummed chunk cut short cannot be verified: drop it. Otherwise keep what
        // arrived, as tus asks, so the client resumes from there.
        if (m_expected || m_failed)
            rollBack();
        else
            keep();
        if (m_expected)
            (void)m_endpoint.m_uploads.setVerifiedOffset(m_row.id, std::nullopt);
    }

    void setExpires(const QDateTime &at) { m_expires = at; }

private:
    void written(const PartWriter::Outcome &outcome)
    {
        m_digest = outcome.digests.whole;
        if (outcome.digests.chunk)
            m_chunkDigest = *outcome.digests.chunk;
        m_written = outcome.written;
        m_failed = outcome.failed;
    }

    qint64 keep()
    {
        const qint64 offset = m_start + m_written;
        Live &live = m_endpoint.m_live[m_row.id];
        live.offset = offset;
        live.digest = m_digest;
        detach();
        return offset;
    }

    void rollBack()
    {
        (void)m_endpoint.m_folder.truncatePart(m_row.id, m_start);
        Live &live = m_endpoint.m_live[m_row.id];
        live.offset = m_start;
        live.digest = m_before;
        detach();
    }

    void detach()
    {
        auto it = m_endpoint.m_live.find(m_row.id);
        if (it != m_endpoint.m_live.end() && it->writer == this)
            it->writer = nullptr;
    }

    TusEndpoint &m_endpoint;
    UploadRow m_row;
    qint64 m_start;
    Digest m_before;
    Digest m_digest; // once the part writer is closed
    Digest m_chunkDigest { Digest::Algorithm::Sha1 }; // likewise, with an Upload-Checksum
    std::optional<QByteArray> m_expected; // the Upload-Checksum's value
    PartWriter m_part;
    qint64 m_written = 0;
    bool m_failed = false;
    QDateTime m_expires;
};

TusEndpoint::TusEndpoint(CallerOf caller, UploadStore uploads, BlobFolder folder,
    protocol::Limits limits, Options options, QObject *parent)
    : QObject(parent)
    , m_caller(std::move(caller))
    , m_uploads(std::move(uploads))
    , m_folder(std::move(folder))
    , m_limits(limits)
    , m_options(std::move(options))
{
    m_sweep.setInterval(m_options.sweepIntervalMs);
    connect(&m_sweep, &QTimer::timeout, this, &TusEndpoint::sweepExpired);
    m_sweep.start();
    sweepExpired();
}

TusEndpoint::~TusEndpoint() = default;

bool TusEndpoint::claims(const QString &path) const
{
    const QLatin1String base(Path);
    return path == base || path.startsWith(base + QLatin1Char('/'));
}

TransferEndpoint::Start TusEndpoint::start(const HttpHead &head)
{
    if (head.method == "OPTIONS")
        return { options(head), nullptr };
    if (head.header("tus-resumable") != TusVersion) {
        TransferReply reply = TransferReply::error(Error::make(Code::UnsupportedTusVersion,
            QStringLiteral("This server speaks tus %1; send Tus-Resumable: %1.")
                .arg(QLatin1String(TusVersion))));
        reply.with("Tus-Version", TusVersion);
        return { std::move(reply), nullptr };
    }
    const auto principal = m_caller(head);
    if (!principal)
        return { withTus(TransferReply::error(principal.error())), nullptr };

    const QString rest = head.path.mid(qsizetype(qstrlen(Path)));
    if (rest.isEmpty() || rest == QLatin1String("/")) {
        if (head.method == "POST")
            return { create(head, principal.value()), nullptr };
        TransferReply reply = TransferReply::error(
            Error::make(Code::MethodNotAllowed, QStringLiteral("Create an upload with POST.")));
        reply.with("Allow", "OPTIONS, POST");
        return { withTus(std::move(reply)), nullptr };
    }
    const QString id = rest.mid(1);
    auto found = BlobFolder::isUploadId(id)
        ? m_uploads.find(id)
        : protocol::Result<std::optional<UploadRow>>(std::optional<UploadRow>());
    if (!found)
        return { withTus(TransferReply::error(found.error())), nullptr };
    const std::optional<UploadRow> &row = found.value();
    // Another user's upload is reported exactly like one that does not exist.
    if (!row || row->userId != principal.value().userId() || row->terminated)
        return { withTus(TransferReply::error(notFound(QStringLiteral("The upload")))), nullptr };
    if (head.method == "DELETE")
        return { terminate(*row), nullptr };
    if (!row->completed && row->expiresAt < m_options.now())
        return { withTus(TransferReply::error(Error::make(
                     Code::UploadExpired, QStringLiteral("The upload expired; start a new one.")))),
            nullptr };
    if (head.method == "HEAD")
        return { describe(*row), nullptr };
    if (head.method == "PATCH")
        return patch(head, *row);
    TransferReply reply = TransferReply::error(Error::make(
        Code::MethodNotAllowed, QStringLiteral("An upload accepts HEAD, PATCH and DELETE.")));
    reply.with("Allow", "OPTIONS, HEAD, PATCH, DELETE");
    return { withTus(std::move(reply)), nullptr };
}

TransferReply TusEndpoint::options(const HttpHead &head)
{
    // The limit of the caller when it is known, else the smaller one (a client's).
    const bool staff = head.hasHeader("authorization") && [&] {
        const auto principal = m_caller(head);
        return principal && principal.value().isStaff();
    }();
    TransferReply reply = TransferReply::make(204);
    reply.with("Tus-Resumable", TusVersion)
        .with("Tus-Version", TusVersion)
        .with("Tus-Extension", Extensions)
        .with("Tus-Checksum-Algorithm", ChecksumAlgorithms)
        .with("Tus-Max-Size",
            QByteArray::number(staff ? m_limits.staffFileBytes : m_limits.clientFileBytes));
    return reply;
}

TransferReply TusEndpoint::create(const HttpHead &head, const Principal &principal)
{
    if (head.hasHeader("upload-defer-length"))
        return withTus(badHeader(QStringLiteral("Upload-Defer-Length"),
            QStringLiteral(
                "Give the size with Upload-Length; deferred lengths are not supported.")));
    const std::optional<qint64> length = tus::parseByteCount(head.header("upload-length"));
    if (!length)
        return withTus(badHeader(QStringLiteral("Upload-Length"),
            QStringLiteral("Upload-Length must be the file's size in bytes.")));
    if (auto allowed = m_limits.checkFileSize(*length, !principal.isStaff()); !allowed)
        return withTus(TransferReply::error(allowed.error(), 413));
    if (head.contentLength().value_or(0) > 0)
        return withTus(badHeader(QStringLiteral("Content-Length"),
            QStringLiteral(
                "Create the upload with an empty body, then send the bytes with PATCH.")));
    const QByteArray metadata = head.header("upload-metadata");
    auto name = tus::parseFileName(metadata);
    if (!name)
        return withTus(TransferReply::error(name.error()));
    QString safeName;
    if (!name.value().isEmpty()) {
        auto sanitized = protocol::sanitizeFileName(name.value());
        if (!sanitized)
            return withTus(TransferReply::error(sanitized.error()));
        safeName = sanitized.value();
    }

    UploadRow row;
    row.id = BlobFolder::newUploadId();
    row.firmId = principal.firmId;
    row.userId = principal.userId();
    row.length = *length;
    row.name = safeName;
    row.metadata = QString::fromLatin1(metadata);
    row.createdAt = m_options.now();
    row.expiresAt = row.createdAt.addMSecs(m_options.expiryMs);
    QFile part(m_folder.partPath(row.id));
    if (!part.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        qCWarning(lcTransfer) << "cannot create an upload's part file:" << part.errorString();
        return withTus(TransferReply::error(internalError()));
    }
    part.close();
    if (auto created = m_uploads.create(row); !created) {
        m_folder.removePart(row.id);
        return withTus(TransferReply::error(created.error()));
    }
    m_live.insert(row.id, Live {});
    TransferReply reply = TransferReply::make(201);
    reply.with("Location", QByteArray(Path) + '/' + row.id.toLatin1())
        .with("Upload-Expires", expiresHeader(row.expiresAt));
    if (row.length == 0) {
        // Nothing to send: complete at once.
        Writer writer(*this, row, 0, Digest(Digest::Algorithm::Sha256), std::nullopt);
        if (!writer.open())
            return withTus(TransferReply::error(internalError()));
        TransferReply done = writer.finish();
        if (done.status != 204)
            return done;
    }
    return withTus(std::move(reply));
}

TransferEndpoint::Start TusEndpoint::patch(const HttpHead &head, const UploadRow &row)
{
    if (head.header("content-type").toLower() != "application/offset+octet-stream")
        return { withTus(TransferReply::error(Error::make(Code::UnsupportedMediaType,
                     QStringLiteral("Send the chunk as application/offset+octet-stream.")))),
            nullptr };
    const std::optional<qint64> claimed = tus::parseByteCount(head.header("upload-offset"));
    if (!claimed)
        return { withTus(badHeader(QStringLiteral("Upload-Offset"),
                     QStringLiteral("Upload-Offset must be a number of bytes."))),
            nullptr };
    std::optional<QPair<Digest, QByteArray>> checksum;
    if (const QByteArray value = head.header("upload-checksum"); !value.isNull()) {
        const std::optional<tus::Checksum> parsed = tus::parseChecksum(value);
        if (!parsed)
            return { withTus(badHeader(QStringLiteral("Upload-Checksum"),
                         QStringLiteral("Upload-Checksum must be \"sha1 <base64>\" or "
                                        "\"sha256 <base64>\"."))),
                nullptr };
        checksum = qMakePair(Digest(parsed->algorithm), parsed->expected);
    }

    const auto settled = settle(row);
    if (!settled)
        return { withTus(TransferReply::error(settled.error())), nullptr };
    const qint64 offset = settled.value();
    if (*claimed != offset) {
        TransferReply reply = TransferReply::error(Error::make(Code::OffsetMismatch,
            QStringLiteral("The upload is at offset %1, not %2; ask with HEAD and resume from "
                           "there.")
                .arg(offset)
                .arg(*claimed)));
        reply.with("Upload-Offset", QByteArray::number(offset));
        return { withTus(std::move(reply)), nullptr };
    }
    const qint64 length = head.contentLength().value_or(0);
    if (length > row.length - offset)
        return { withTus(TransferReply::error(Error::limit(Code::RequestTooLarge,
                     QStringLiteral("The chunk is %1 bytes, but only %2 bytes of the upload "
                                    "remain.")
                         .arg(length)
                         .arg(row.length - offset),
                     row.length - offset, length))),
            nullptr };
    if (row.completed) {
        TransferReply reply = TransferReply::make(204);
        reply.with("Upload-Offset", QByteArray::number(offset))
            .with(ShaHeader, row.sha256.toLatin1());
        return { withTus(std::move(reply)), nullptr };
    }

    auto digest = digestUpTo(row.id, offset);
    if (!digest)
        return { withTus(TransferReply::error(digest.error())), nullptr };
    if (checksum) {
        if (auto marked = m_uploads.setVerifiedOffset(row.id, offset); !marked)
            return { withTus(TransferReply::error(marked.error())), nullptr };
    }
    const QDateTime expires = m_options.now().addMSecs(m_options.expiryMs);
    if (auto extended = m_uploads.setExpiry(row.id, expires); !extended)
        return { withTus(TransferReply::error(extended.error())), nullptr };
    auto writer = std::make_unique<Writer>(*this, row, offset, digest.value(), std::move(checksum));
    writer->setExpires(expires);
    if (!writer->open()) {
        qCWarning(lcTransfer) << "cannot open an upload's part file for writing";
        writer->abandon();
        return { withTus(TransferReply::error(internalError())), nullptr };
    }
    return { {}, std::move(writer) };
}

TransferReply TusEndpoint::describe(const UploadRow &row)
{
    const auto settled = settle(row);
    if (!settled)
        return withTus(TransferReply::error(settled.error()));
    TransferReply reply = TransferReply::make(200);
    reply.headOnly = true;
    reply.with("Upload-Offset", QByteArray::number(settled.value()))
        .with("Upload-Length", QByteArray::number(row.length));
    if (!row.metadata.isEmpty())
        reply.with("Upload-Metadata", row.metadata.toLatin1());
    if (!row.completed)
        reply.with("Upload-Expires", expiresHeader(row.expiresAt));
    else
        reply.with(ShaHeader, row.sha256.toLatin1());
    return withTus(std::move(reply));
}

TransferReply TusEndpoint::terminate(const UploadRow &row)
{
    if (auto it = m_live.find(row.id); it != m_live.end() && it->writer && it->writer->cancel)
        it->writer->cancel();
    m_live.remove(row.id);
    if (auto ended = m_uploads.terminate(row.id); !ended)
        return withTus(TransferReply::error(ended.error()));
    // A complete upload's bytes are a blob other rows may point at: only parts go.
    if (!row.completed)
        m_folder.removePart(row.id);
    return withTus(TransferReply::make(204));
}

protocol::Result<qint64> TusEndpoint::settle(const UploadRow &row)
{
    if (row.completed)
        return row.length;
    // A client that resumes has given up on its earlier connection, even if the server
    // has not noticed yet: that request ends here, keeping what it wrote.
    if (auto it = m_live.find(row.id); it != m_live.end() && it->writer && it->writer->cancel)
        it->writer->cancel();
    auto current = m_uploads.find(row.id);
    if (!current)
        return current.error();
    if (current.value() && current.value()->verifiedOffset) {
        // A checksummed chunk was being written when the server stopped.
        const qint64 verified = *current.value()->verifiedOffset;
        if (auto cut = m_folder.truncatePart(row.id, verified); !cut)
            return cut.error();
        if (auto cleared = m_uploads.setVerifiedOffset(row.id, std::nullopt); !cleared)
            return cleared.error();
    }
    const QFileInfo part(m_folder.partPath(row.id));
    if (!part.exists()) {
        qCWarning(lcTransfer) << "an unfinished upload has lost its part file";
        return internalError();
    }
    return part.size();
}

protocol::Result<Digest> TusEndpoint::digestUpTo(const QString &id, qint64 offset)
{
    if (auto it = m_live.constFind(id); it != m_live.constEnd() && it->offset == offset)
        return it->digest;
    // Started before this process (a restart): read the part back once.
    QFile part(m_folder.partPath(id));
    if (!part.open(QIODevice::ReadOnly)) {
        qCWarning(lcTransfer) << "cannot read an upload back:" << part.errorString();
        return internalError();
    }
    Digest digest(Digest::Algorithm::Sha256);
    QByteArray piece;
    qint64 remaining = offset;
    while (remaining > 0) {
        piece = part.read(std::min(remaining, RehashPieceBytes));
        if (piece.isEmpty())
            return internalError();
        digest.add(piece);
        remaining -= piece.size();
    }
    Live &live = m_live[id];
    live.offset = offset;
    live.digest = digest;
    return digest;
}

void TusEndpoint::sweepExpired()
{
    const auto expired = m_uploads.expiredBefore(m_options.now());
    if (!expired)
        return;
    for (const QString &id : expired.value()) {
        if (m_live.value(id).writer)
            continue; // being written right now: its expiry moves on at the next request
        m_live.remove(id);
        m_folder.removePart(id);
        (void)m_uploads.terminate(id);
    }
    if (!expired.value().isEmpty())
        qCInfo(lcTransfer) << "removed" << expired.value().size() << "expired uploads";
}

QByteArray TusEndpoint::expiresHeader(const QDateTime &at) const
{
    // RFC 9110 date: "Sun, 06 Nov 1994 08:49:37 GMT".
    return QLocale::c().toString(at.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

TransferReply TusEndpoint::withTus(TransferReply reply) const
{
    reply.with("Tus-Resumable", TusVersion);
    return reply;
}

} // namespace parley::server
