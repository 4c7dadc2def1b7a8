// Helpers for tus and blob tests: tus header sets, random content, and where the server
// keeps an upload's part file and a blob inside its data folder.
#pragma once

#include "httpclient.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

namespace parley::test {

inline HttpClient::Headers tusHeaders(HttpClient::Headers extra)
{
    extra.prepend({ "Tus-Resumable", "1.0.0" });
    return extra;
}

// A member of the error object of an API error body.
inline QJsonValue errorDetail(const HttpReply &reply, const char *name)
{
    return reply.json.value(QStringLiteral("error")).toObject().value(QLatin1String(name));
}

inline QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

inline QByteArray checksum(const QByteArray &algorithm, const QByteArray &bytes)
{
    const auto method = algorithm == "sha1" ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return algorithm + ' ' + QCryptographicHash::hash(bytes, method).toBase64();
}

// Creates an upload; returns its path (the Location), empty on failure.
inline QString createUpload(HttpClient &client, qint64 length, const QString &name)
{
    const HttpReply reply = client.send("POST", QStringLiteral("/api/v1/uploads/"), {},
        tusHeaders({ { "Upload-Length", QByteArray::number(length) },
            { "Upload-Metadata", "filename " + name.toUtf8().toBase64() } }));
    return reply.status == 201 ? QString::fromLatin1(reply.header("Location")) : QString();
}

inline HttpReply patchChunk(HttpClient &client, const QString &upload, qint64 offset,
    const QByteArray &bytes, const QByteArray &checksumHeader = {})
{
    HttpClient::Headers headers = tusHeaders({ { "Upload-Offset", QByteArray::number(offset) },
        { "Content-Type", "application/offset+octet-stream" } });
    if (!checksumHeader.isEmpty())
        headers.append({ "Upload-Checksum", checksumHeader });
    return client.send("PATCH", upload, bytes, headers);
}

// Uploads bytes completely in one chunk; returns the upload's id.
inline QString uploadBytes(HttpClient &client, const QByteArray &bytes, const QString &name)
{
    const QString upload = createUpload(client, bytes.size(), name);
    if (upload.isEmpty() || patchChunk(client, upload, 0, bytes).status != 204)
        return {};
    return upload.section(u'/', -1);
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline QString partPath(const ServerProcess &process, const QString &upload)
{
    return QDir(process.dataDir())
        .filePath(QStringLiteral("uploads/%1.part").arg(upload.section(u'/', -1)));
}

inline qint64 partSize(const ServerProcess &process, const QString &upload)
{
    return QFileInfo(partPath(process, upload)).size();
}

inline QString blobPath(const ServerProcess &process, const QByteArray &sha256)
{
    return QDir(process.dataDir())
        .filePath(QStringLiteral("blobs/%1/%2")
                      .arg(QString::fromLatin1(sha256.left(2)), QString::fromLatin1(sha256)));
}

} // namespace parley::test
