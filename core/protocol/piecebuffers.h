// PieceBuffers: large buffers a transfer's bytes pass through, reused once whoever they were
// handed to (a socket's write queue, a part writer's thread) has let go of them. A fresh
// megabyte per piece costs a page fault per page: glibc maps big blocks afresh and gives
// freed ones back to the system, which halved upload speed. Use from one thread; the holders
// may release on any thread.
#pragma once

#include <QByteArray>
#include <vector>

namespace parley::protocol {

class PieceBuffers
{
public:
    // Keeps at most keep buffers for reuse; more are made (and dropped) as needed.
    explicit PieceBuffers(int keep = 16)
        : m_keep(keep)
    { }

    // fill(char *data, qsizetype size) writes up to size bytes into a buffer (a released one
    // when there is one, else a new one) and answers how many; the buffer, cut to that, is
    // handed out. Empty when fill answers 0 or less.
    template<typename Fill>
    QByteArray fill(qsizetype size, Fill fill)
    {
        QByteArray &buffer = unshared(size);
        const qint64 got = fill(buffer.data(), size);
        if (got <= 0)
            return {};
        buffer.resize(static_cast<qsizetype>(got));
        return buffer; // shared with the holder from now on
    }

private:
    // A buffer of size bytes that nobody else holds.
    QByteArray &unshared(qsizetype size);

    int m_keep;
    std::vector<QByteArray> m_buffers; // each shared with its holder until released
    QByteArray m_extra; // when all kept ones are held
};

} // namespace parley::protocol
