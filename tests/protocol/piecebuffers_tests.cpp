// PieceBuffers hands out a buffer again only once its holder has let go, never the bytes
// someone still holds, and fills what it hands out.
#include "protocol/piecebuffers.h"

#include <catch2/catch.hpp>
#include <thread>

using parley::protocol::PieceBuffers;

namespace {
QByteArray filled(PieceBuffers &buffers, qsizetype size, char byte)
{
    return buffers.fill(size, [byte](char *data, qsizetype length) {
        std::fill(data, data + length, byte);
        return static_cast<qint64>(length);
    });
}
} // namespace

TEST_CASE("a released buffer is reused, a held one is not overwritten")
{
    PieceBuffers buffers(2);
    QByteArray first = filled(buffers, 1024, 'a');
    const char *firstBytes = first.constData();
    const QByteArray second = filled(buffers, 1024, 'b');
    CHECK(second.constData() != firstBytes);

    // Both kept ones are held: a third is made without touching them.
    const QByteArray third = filled(buffers, 1024, 'c');
    CHECK(first == QByteArray(1024, 'a'));
    CHECK(second == QByteArray(1024, 'b'));
    CHECK(third == QByteArray(1024, 'c'));

    first = QByteArray(); // released
    const QByteArray again = filled(buffers, 512, 'd');
    CHECK(again.constData() == firstBytes);
    CHECK(again == QByteArray(512, 'd'));
    CHECK(second == QByteArray(1024, 'b'));
}

TEST_CASE("a buffer too small for the size asked is not reused")
{
    PieceBuffers buffers(1);
    QByteArray small = filled(buffers, 100, 'a');
    small = QByteArray();
    const QByteArray big = filled(buffers, 100000, 'b');
    CHECK(big.size() == 100000);
    CHECK(big == QByteArray(100000, 'b'));
}

TEST_CASE("what fill reads decides the size; nothing read gives an empty array")
{
    PieceBuffers buffers;
    const QByteArray part = buffers.fill(4096, [](char *data, qsizetype) {
        std::fill(data, data + 10, 'x');
        return qint64(10);
    });
    CHECK(part == QByteArray(10, 'x'));
    CHECK(buffers.fill(4096, [](char *, qsizetype) { return qint64(0); }).isEmpty());
    CHECK(buffers.fill(4096, [](char *, qsizetype) { return qint64(-1); }).isEmpty());
}

TEST_CASE("buffers released on another thread are reused intact")
{
    PieceBuffers buffers(4);
    for (int round = 0; round < 200; ++round) {
        const char byte = static_cast<char>('a' + round % 26);
        QByteArray piece = filled(buffers, 64 * 1024, byte);
        // Another thread checks the bytes, then lets go, as the part writer does.
        bool intact = false;
        std::thread holder([piece = std::move(piece), byte, &intact]() mutable {
            intact = piece == QByteArray(64 * 1024, byte);
            piece = QByteArray();
        });
        holder.join();
        REQUIRE(intact);
    }
}
