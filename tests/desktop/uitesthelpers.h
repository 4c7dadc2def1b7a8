// Screenshots for the UI tests, saved under $PARLEY_BUILD_DIR/screenshots to be looked at.
#pragma once

#include <QDir>
#include <QWidget>
#include <catch2/catch.hpp>

namespace parley::test {

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARLEY_BUILD_DIR", QDir::currentPath())
        + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString file = dir + QLatin1Char('/') + name;
    REQUIRE(widget->grab().save(file));
}

} // namespace parley::test
