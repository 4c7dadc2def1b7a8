// bench_files: upload_MBps and download_MBps of a large file (default 2 GB) through the
// desktop's TusUploader and BlobDownloader to parley-server on loopback, against dd writing
// as much to the same disk (conv=fdatasync: the server also syncs a finished blob), and the
// peak resident memory of both sides. Prints key=value lines. dd runs just before and just
// after the upload (the disk's speed on this kind of VM swings between runs).
#include "net/apiclient.h"
#include "net/blobdownloader.h"
#include "net/tusuploader.h"
#include "serverrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace parley;

namespace {

constexpr qint64 MiB = 1024 * 1024;

void print(const char *key, double value)
{
    std::printf("%s=%.2f\n", key, value);
    std::fflush(stdout);
}

double mbps(qint64 bytes, qint64 ms)
{
    return ms > 0 ? (double(bytes) / MiB) / (double(ms) / 1000.0) : 0;
}

// dd of zeros, synced, as the disk's own write speed.
double ddWriteMbps(const QString &path, qint64 megabytes)
{
    QElapsedTimer timer;
    timer.start();
    QProcess dd;
    dd.start(QStringLiteral("dd"),
        { QStringLiteral("if=/dev/zero"), QStringLiteral("of=") + path, QStringLiteral("bs=1M"),
            QStringLiteral("count=%1").arg(megabytes), QStringLiteral("conv=fdatasync") });
    dd.waitForFinished(-1);
    const qint64 ms = timer.elapsed();
    QFile::remove(path);
    return mbps(megabytes * MiB, ms);
}

// A file of size bytes: one random megabyte repeated (hashing costs the same on any bytes).
bool writeSource(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(MiB, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(
        reinterpret_cast<quint32 *>(block.data()), block.size() / sizeof(quint32));
    for (qint64 written = 0; written < size; written += block.size()) {
        if (file.write(block.constData(), std::min<qint64>(block.size(), size - written)) < 0)
            return false;
    }
    return file.flush();
}

template<typename Start>
std::optional<protocol::Result<QString>> runUntilFinished(QObject *sender, Start start)
{
    std::optional<protocol::Result<QString>> result;
    QEventLoop loop;
    auto done = [&](const protocol::Result<QString> &r) {
        result = r;
        loop.quit();
    };
    if (auto *uploader = qobject_cast<net::TusUploader *>(sender))
        QObject::connect(uploader, &net::TusUploader::finished, &loop, done);
    else if (auto *downloader = qobject_cast<net::BlobDownloader *>(sender))
        QObject::connect(downloader, &net::BlobDownloader::finished, &loop, done);
    start();
    loop.exec();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(QStringLiteral("size-mb"),
        QStringLiteral("File size in MB (default 2048)."), QStringLiteral("mb"),
        QStringLiteral("2048"));
    parser.addOption(sizeOption);
    const QCommandLineOption chunkChecksums(QStringLiteral("chunk-checksums"),
        QStringLiteral("Send every chunk with a sha1 Upload-Checksum instead of checking the "
                       "whole file's sha256 at the end (to see what that costs)."));
    parser.addOption(chunkChecksums);
    parser.addHelpOption();
    parser.process(app);
    const qint64 megabytes = parser.value(sizeOption).toLongLong();
    const qint64 size = megabytes * MiB;

    QTemporaryDir work(QDir::temp().filePath(QStringLiteral("parley-bench-files-XXXXXX")));
    if (!work.isValid())
        return 1;
    print("file_mb", double(megabytes));
    const QString source = work.filePath(QStringLiteral("source.bin"));
    if (!writeSource(source, size))
        return 1;
    bench::ServerRun server;
    if (!server.start(work.filePath(QStringLiteral("server"))))
        return 1;
    // This VM's disk speed swings from run to run (page cache, the host): dd runs right
    // before the upload and again right after, and the limit is their mean.
    const QString ddPath = work.filePath(QStringLiteral("dd.bin"));
    const double diskBefore = ddWriteMbps(ddPath, megabytes);
    print("disk_write_before_MBps", diskBefore);
    QNetworkAccessManager nam;
    net::ApiClient api(&nam, server.url());
    {
        QEventLoop loop;
        api.login(protocol::LoginRequest { QStringLiteral("lawyer@demo.test"),
                      QStringLiteral("parley-demo"), {} },
            [&](const protocol::Result<protocol::LoginResponse> &login) {
                if (login)
                    api.setToken(login->token);
                loop.quit();
            });
        loop.exec();
    }

    net::TusUploader::Options options;
    options.checksums = parser.isSet(chunkChecksums);
    options.verifyWhole = !options.checksums;
    net::TusUploader uploader(&api, options);
    QElapsedTimer timer;
    timer.start();
    const auto uploaded = runUntilFinished(
        &uploader, [&] { uploader.start(source, QStringLiteral("source.bin")); });
    const qint64 uploadMs = timer.elapsed();
    if (!uploaded || !uploaded->ok()) {
        std::fprintf(stderr, "upload failed\n");
        return 1;
    }
    const double upload = mbps(size, uploadMs);
    const double diskAfter = ddWriteMbps(ddPath, megabytes);
    print("disk_write_after_MBps", diskAfter);
    const double disk = (diskBefore + diskAfter) / 2;
    print("disk_write_MBps", disk);
    print("upload_MBps", upload);
    print("upload_ratio", disk > 0 ? upload / disk : 0);

    QFile sourceFile(source);
    sourceFile.open(QIODevice::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&sourceFile);
    const QString sha = QString::fromLatin1(hash.result().toHex());

    net::BlobDownloader downloader(&api);
    const QString copy = work.filePath(QStringLiteral("copy.bin"));
    timer.restart();
    const auto downloaded = runUntilFinished(&downloader, [&] { downloader.start(sha, copy); });
    const qint64 downloadMs = timer.elapsed();
    if (!downloaded || !downloaded->ok()) {
        std::fprintf(stderr, "download failed\n");
        return 1;
    }
    const double download = mbps(size, downloadMs);
    print("download_MBps", download);
    print("download_ratio", disk > 0 ? download / disk : 0);
    print("client_peak_rss_mb", bench::peakRssMbOf(QCoreApplication::applicationPid()));
    print("server_peak_rss_mb", server.peakRssMb());
    return 0;
}
