// Streaming blobs out.
#include "blobendpoint.h"

#include "access/accesspolicy.h"
#include "audit/downloadaudit.h"
#include "byterange.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "httphead.h"
#include "protocol/filename.h"
#include "transferauth.h"

#include <QFile>
#include <QUrl>

namespace parley::server {

BlobEndpoint::BlobEndpoint(
    CallerOf caller, AccessPolicy &access, DownloadAudit &audit, BlobFolder folder)
    : m_caller(std::move(caller))
    , m_access(access)
    , m_audit(audit)
    , m_folder(std::move(folder))
{ }

bool BlobEndpoint::claims(const QString &path) const
{
    return path.startsWith(QLatin1String(Path));
}

TransferEndpoint::Start BlobEndpoint::start(const HttpHead &head)
{
    return { answer(head), nullptr };
}

TransferReply BlobEndpoint::answer(const HttpHead &head)
{
    if (head.method != "GET" && head.method != "HEAD") {
        TransferReply reply
            = TransferReply::error(protocol::Error::make(protocol::ErrorCode::MethodNotAllowed,
                QStringLiteral("A blob can only be read, with GET or HEAD.")));
        reply.with("Allow", "GET, HEAD");
        return reply;
    }
    const auto principal = m_caller(head);
    if (!principal)
        return TransferReply::error(principal.error());
    const QString sha256 = head.path.mid(qsizetype(qstrlen(Path)));
    const TransferReply missing = TransferReply::error(notFound(QStringLiteral("The file")));
    if (!BlobFolder::isSha256(sha256))
        return missing;
    const auto allowed = m_access.canReadBlob(principal.value(), sha256);
    if (!allowed)
        return TransferReply::error(allowed.error());
    if (!allowed.value())
        return missing;
    auto file = std::make_shared<QFile>(m_folder.blobPath(sha256));
    if (!file->open(QIODevice::ReadOnly)) {
        qCWarning(lcTransfer) << "a blob the database knows is missing from the blob folder";
        return missing;
    }
    const qint64 size = file->size();
    const QByteArray etag = '"' + sha256.toLatin1() + '"';

    // The bytes of a blob never change, so a matching tag is always current.
    const QByteArray noneMatch = head.header("if-none-match");
    if (!noneMatch.isNull() && (noneMatch == "*" || noneMatch.split(',').contains(etag))) {
        TransferReply reply = TransferReply::make(304);
        reply.with("ETag", etag);
        return reply;
    }

    TransferReply reply = TransferReply::make(200);
    reply.with("ETag", etag)
        .with("Accept-Ranges", "bytes")
        .with("Content-Type", "application/octet-stream");
    // ?name= gives the saved file a name (sanitised; never a path).
    if (const QString name = head.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        !name.isEmpty()) {
        if (auto safe = protocol::sanitizeFileName(name))
            reply.with("Content-Disposition",
                "attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(safe.value()));
    }
    qint64 first = 0;
    qint64 length = size;
    const QByteArray ifRange = head.header("if-range");
    if (const QByteArray range = head.header("range");
        !range.isNull() && (ifRange.isNull() || ifRange == etag)) {
        const auto [kind, bytes] = ByteRange::parse(range, size);
        if (kind == ByteRange::Kind::Unsatisfiable) {
            TransferReply refused = TransferReply::error(
                protocol::Error::limit(protocol::ErrorCode::RangeNotSatisfiable,
                    QStringLiteral("The file is %1 bytes long; the range asked for starts "
                                   "past its end.")
                        .arg(size),
                    size, size));
            refused.with("Content-Range", "bytes */" + QByteArray::number(size));
            return refused;
        }
        if (kind == ByteRange::Kind::Satisfiable) {
            reply.status = 206;
            first = bytes.first;
            length = bytes.length();
            reply.with("Content-Range",
                "bytes " + QByteArray::number(bytes.first) + '-' + QByteArray::number(bytes.last)
                    + '/' + QByteArray::number(size));
        }
    }
    if (!file->seek(first))
        return TransferReply::error(internalError());
    if (head.method == "GET") {
        // No bytes leave without their audit entry.
        if (auto audited = m_audit.record(principal.value(), sha256, first, length); !audited)
            return TransferReply::error(audited.error());
    }
    reply.stream = std::move(file);
    reply.streamLength = length;
    reply.headOnly = head.method == "HEAD";
    return reply;
}

} // namespace parley::server
