// Clock: the server's idea of now, passed to whatever keeps time (invitation expiry, the
// 15-minute unread rule, the staff batch window, mail retries), so tests move time instead of
// waiting. SystemClock is the real one; OffsetClock adds seconds read from a file, which the
// integration tests write to jump ahead while the real binary runs ([testing] clock_file).
#pragma once

#include <QDateTime>
#include <QString>

namespace parley::server {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class OffsetClock : public Clock
{
public:
    // file holds a whole number of seconds to add (missing or unreadable: 0).
    explicit OffsetClock(QString file);
    QDateTime now() const override;

private:
    QString m_file;
};

} // namespace parley::server
