// PartWriter: appends the pieces of an upload's request body to its part file and digests
// them on a thread of its own, so the connection's thread only moves bytes off the socket
// while the disk and the hashing keep up in parallel. At most queueBytes wait in between:
// past that, hasRoom() is false and the connection stops reading (the kernel holds the
// rest back) until roomAgain is called on the thread that made the writer.
#pragma once

#include "protocol/digest.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace parley::server {

class PartWriter
{
public:
    struct Digests
    {
        protocol::Digest whole; // of the upload from its first byte
        std::optional<protocol::Digest> chunk; // of this request's body (Upload-Checksum)
    };
    struct Outcome
    {
        Digests digests;
        qint64 written = 0;
        bool failed = false; // a write failed (disk full...): what was written is unsure
    };

    static constexpr qint64 DefaultQueueBytes = 8 * 1024 * 1024;

    PartWriter(const QString &path, Digests digests, qint64 queueBytes = DefaultQueueBytes);
    ~PartWriter();
    PartWriter(const PartWriter &) = delete;
    PartWriter &operator=(const PartWriter &) = delete;

    // Opens the file for appending, expecting it to hold startSize bytes, and starts the
    // thread.
    bool open(qint64 startSize);
    // Queues piece (shared, not copied). False once a write has failed.
    bool append(const QByteArray &piece);
    bool hasRoom() const;
    // Called (on the thread that made the writer) when the queue has room again after
    // hasRoom() said no.
    void setRoomAgain(std::function<void()> roomAgain) { m_roomAgain = std::move(roomAgain); }
    // Writes what is queued, stops the thread and closes the file. Call once.
    Outcome close();

private:
    void run();

    QFile m_file;
    const qint64 m_queueBytes;
    Outcome m_outcome; // the thread's while it runs
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QByteArray> m_queue;
    qint64 m_queued = 0;
    mutable bool m_full = false; // hasRoom() said no: tell when there is room again
    bool m_closing = false;
    bool m_failed = false;
    std::thread m_thread;
    QObject m_home; // lives on the making thread: roomAgain is posted to it
    std::function<void()> m_roomAgain;
};

} // namespace parley::server
