// The offset clock reads its file on every call: tests change it at any moment.
#include "clock.h"

#include <QFile>

namespace parley::server {

OffsetClock::OffsetClock(QString file)
    : m_file(std::move(file))
{ }

QDateTime OffsetClock::now() const
{
    qint64 seconds = 0;
    QFile file(m_file);
    if (file.open(QIODevice::ReadOnly))
        seconds = file.readAll().trimmed().toLongLong();
    return QDateTime::currentDateTimeUtc().addSecs(seconds);
}

} // namespace parley::server
