// PartWriter: the part file and its digests written on a thread of their own, with a bounded
// queue that tells the connection when to stop reading and when to go on.
#include "transfer/partwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parley;
using protocol::Digest;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(size);
    for (char &byte : bytes)
        byte = char(generator.generate() & 0xff);
    return bytes;
}

server::PartWriter::Digests freshDigests()
{
    return { Digest(Digest::Algorithm::Sha256), Digest(Digest::Algorithm::Sha1) };
}

} // namespace

TEST_CASE("PartWriter appends after what the part holds and digests the whole and the chunk")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upload.part"));
    const QByteArray first = randomBytes(100'000);
    {
        QFile part(path);
        REQUIRE(part.open(QIODevice::WriteOnly));
        part.write(first);
    }
    server::PartWriter::Digests digests = freshDigests();
    digests.whole.add(first);
    server::PartWriter writer(path, std::move(digests), 64 * 1024);
    REQUIRE(writer.open(first.size()));

    const QByteArray body = randomBytes(3 * 1024 * 1024 + 17);
    int roomAgain = 0;
    int refusals = 0;
    writer.setRoomAgain([&] { ++roomAgain; });
    for (qsizetype at = 0; at < body.size(); at += 32 * 1024) {
        // As the connection does: stop while the queue is full, go on when told.
        QElapsedTimer waited;
        waited.start();
        while (!writer.hasRoom()) {
            ++refusals;
            const int before = roomAgain;
            while (roomAgain == before && waited.elapsed() < 10'000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            REQUIRE(roomAgain > before);
        }
        REQUIRE(writer.append(body.mid(at, 32 * 1024)));
    }
    const server::PartWriter::Outcome outcome = writer.close();
    CHECK_FALSE(outcome.failed);
    CHECK(outcome.written == body.size());
    CHECK(refusals > 0); // the 64 KB queue filled up at least once
    CHECK(outcome.digests.chunk->result()
        == QCryptographicHash::hash(body, QCryptographicHash::Sha1));
    CHECK(outcome.digests.whole.result()
        == QCryptographicHash::hash(first + body, QCryptographicHash::Sha256));

    QFile part(path);
    REQUIRE(part.open(QIODevice::ReadOnly));
    CHECK(part.readAll() == first + body);
}

TEST_CASE("PartWriter refuses a part file that is not at the expected size")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upload.part"));
    {
        QFile part(path);
        REQUIRE(part.open(QIODevice::WriteOnly));
        part.write("abc");
    }
    server::PartWriter writer(path, freshDigests());
    CHECK_FALSE(writer.open(10));
    CHECK(writer.close().written == 0);
}

#ifdef Q_OS_LINUX
TEST_CASE("PartWriter reports a failed write and refuses more pieces")
{
    // /dev/full: every write fails with "no space left on device".
    server::PartWriter writer(QStringLiteral("/dev/full"), freshDigests());
    REQUIRE(writer.open(0));
    REQUIRE(writer.append(QByteArray(4096, 'x')));
    QElapsedTimer waited;
    waited.start();
    bool refused = false;
    while (!refused && waited.elapsed() < 10'000)
        refused = !writer.append(QByteArray(16, 'y'));
    CHECK(refused);
    const server::PartWriter::Outcome outcome = writer.close();
    CHECK(outcome.failed);
    CHECK(outcome.written == 0);
}
#endif
