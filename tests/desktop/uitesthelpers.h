// Screenshots for the UI tests, saved under $PARLEY_BUILD_DIR/screenshots to be looked at.
#pragma once

#include <QDir>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
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

// The screen where the window and its open menu are, as the user sees it (a window's grab()
// leaves out popup menus).
inline void saveScreenGrab(QWidget *window, QMenu *menu, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARLEY_BUILD_DIR", QDir::currentPath())
        + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QRect area = window->frameGeometry().united(menu->geometry());
    QPixmap shot = window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    // Without a compositor's root contents (some X servers), fall back to the widgets.
    if (shot.isNull()) {
        shot = QPixmap(area.size());
        QPainter painter(&shot);
        painter.drawPixmap(window->geometry().topLeft() - area.topLeft(), window->grab());
        painter.drawPixmap(menu->geometry().topLeft() - area.topLeft(), menu->grab());
    }
    CHECK(shot.save(dir + QLatin1Char('/') + name));
}

} // namespace parley::test
