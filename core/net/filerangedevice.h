// FileRangeDevice: a read-only, seekable window [offset, offset + length) of a file, so a
// chunk of a large file is sent without ever being held in memory.
#pragma once

#include <QFile>
#include <QIODevice>

namespace parley::net {

class FileRangeDevice : public QIODevice
{
    Q_OBJECT
public:
    FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    // Opens the file read-only; false when it cannot be read or is shorter than the window.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    QString fileError() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace parley::net
