// Part file writing and digesting off the connection's thread.
#include "partwriter.h"

#include "common/logcategories.h"

namespace parley::server {

PartWriter::PartWriter(const QString &path, Digests digests, qint64 queueBytes)
    : m_file(path)
    , m_queueBytes(queueBytes)
    , m_outcome { std::move(digests), 0, false }
{ }

PartWriter::~PartWriter()
{
    if (m_thread.joinable())
        close();
}

bool PartWriter::open(qint64 startSize)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)
        || m_file.size() != startSize)
        return false;
    m_thread = std::thread([this] { run(); });
    return true;
}

bool PartWriter::append(const QByteArray &piece)
{
    std::lock_guard lock(m_mutex);
    if (m_failed)
        return false;
    m_queue.push_back(piece);
    m_queued += piece.size();
    m_wake.notify_one();
    return true;
}

bool PartWriter::hasRoom() const
{
    std::lock_guard lock(m_mutex);
    if (m_queued < m_queueBytes)
        return true;
    m_full = true;
    return false;
}

PartWriter::Outcome PartWriter::close()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    m_file.close();
    return m_outcome;
}

void PartWriter::run()
{
    for (;;) {
        QByteArray piece;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            piece = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (!m_outcome.failed) {
            if (m_file.write(piece) != piece.size()) {
                qCWarning(lcTransfer) << "cannot write an upload:" << m_file.errorString();
                m_outcome.failed = true;
            } else {
                m_outcome.digests.whole.add(piece);
                if (m_outcome.digests.chunk)
                    m_outcome.digests.chunk->add(piece);
                m_outcome.written += piece.size();
            }
        }
        std::lock_guard lock(m_mutex);
        m_queued -= piece.size();
        m_failed = m_outcome.failed;
        if (m_full && m_queued <= m_queueBytes / 2) {
            m_full = false;
            QMetaObject::invokeMethod(
                &m_home,
                [this] {
                    if (m_roomAgain)
                        m_roomAgain();
                },
                Qt::QueuedConnection);
        }
    }
}

} // namespace parley::server
