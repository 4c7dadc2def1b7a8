// ClockedServer: a demo server whose clock the test moves ([testing] clock_file), with any
// further configuration lines the test needs (the [auth] session lifetime, say).
#pragma once

#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <catch2/catch.hpp>

namespace parley::test {

struct ClockedServer
{
    ServerProcess process;
    QString clockFile;

    explicit ClockedServer(const QString &extraConfig = {})
    {
        clockFile = QDir(process.dataDir()).filePath(QStringLiteral("clock"));
        const QString config = QDir(process.dataDir()).filePath(QStringLiteral("parley.ini"));
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("[testing]\nclock_file=%1\n%2").arg(clockFile, extraConfig).toUtf8());
        file.close();
        const bool started
            = process.start({ QStringLiteral("--demo"), QStringLiteral("--config"), config });
        INFO(process.errorString().toStdString());
        REQUIRE(started);
    }

    // Moves the server's clock to this many minutes after the real time.
    void advanceMinutes(qint64 minutes)
    {
        // Replaced whole, so that the server never reads a half-written file.
        QSaveFile file(clockFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(minutes * 60));
        REQUIRE(file.commit());
    }
};

} // namespace parley::test
