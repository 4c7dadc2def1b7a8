// Reusing released transfer buffers.
#include "piecebuffers.h"

#include <atomic>

namespace parley::protocol {

QByteArray &PieceBuffers::unshared(qsizetype size)
{
    for (QByteArray &buffer : m_buffers) {
        if (!buffer.isDetached() || buffer.capacity() < size)
            continue;
        // The holder's release (an ordered decrement) happened before this: its last reads
        // of the bytes are done before they are written again.
        std::atomic_thread_fence(std::memory_order_acquire);
        buffer.resize(size);
        return buffer;
    }
    if (static_cast<int>(m_buffers.size()) < m_keep) {
        m_buffers.emplace_back(size, Qt::Uninitialized);
        return m_buffers.back();
    }
    m_extra = QByteArray(size, Qt::Uninitialized);
    return m_extra;
}

} // namespace parley::protocol
