// Helpers for the transfer tests: random files written a piece at a time, their sha256,
// and the path of a blob in a server's data folder.
#pragma once

#include "desktoptesthelpers.h"
#include "net/apiclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace parley::test {

// The shared demo server, the lawyer signed in, and a folder for the files moved.
struct LawyerTransfers
{
    ServerProcess &server = demoServer();
    QNetworkAccessManager nam;
    net::ApiClient api { &nam, server.url() };
    QString token = signIn(api, QStringLiteral("lawyer@demo.test")).token;
    QTemporaryDir dir;
};

inline QString writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray piece(1024 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const qint64 take = std::min<qint64>(left, piece.size());
        QRandomGenerator::global()->fillRange(
            reinterpret_cast<quint32 *>(piece.data()), piece.size() / sizeof(quint32));
        REQUIRE(file.write(piece.constData(), take) == take);
        left -= take;
    }
    return path;
}

inline QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

inline QString serverBlobPath(const QString &dataDir, const QString &sha256)
{
    return QDir(dataDir).filePath(QStringLiteral("blobs/%1/%2").arg(sha256.left(2), sha256));
}

// A random point strictly between from and to (to > from + 1).
inline qint64 randomBetween(qint64 from, qint64 to)
{
    return from + 1 + QRandomGenerator::global()->bounded(to - from - 1);
}

} // namespace parley::test
