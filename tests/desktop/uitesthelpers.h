// Screenshots for the UI tests, saved under $PARLEY_BUILD_DIR/screenshots to be looked at, a
// conversation's context menu opened and used as a user would, and a question answered.
#pragma once

#include "ui/conversationview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>

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

// Opens the context menu of a timeline row (a row of the timeline model) and hands the open
// menu to onMenu, inside the menu's event loop (CHECK there, never REQUIRE).
inline void openContextMenu(
    ui::ConversationView &conversation, int row, std::function<void(QMenu *)> onMenu)
{
    QListView *view = conversation.timelineView();
    const QModelIndex index = conversation.viewIndex(row);
    view->scrollTo(index);
    QTest::qWait(100);
    const QPoint centre = view->visualRect(index).center();
    bool seen = false;
    QTimer::singleShot(300, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        seen = true;
        onMenu(menu);
    });
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, centre, view->viewport()->mapToGlobal(centre));
    QApplication::sendEvent(view->viewport(), &event);
    REQUIRE(seen);
}

// Picks an action of the open menu the way a user does: highlighted, then Return.
inline void choose(QMenu *menu, const QString &objectName)
{
    // Runs inside the menu's event loop: CHECK only, an exception must not cross Qt.
    auto *action = menu->findChild<QAction *>(objectName);
    CHECK(action);
    if (!action) {
        menu->close();
        return;
    }
    CHECK(action->isEnabled());
    menu->setActiveAction(action);
    QTest::keyClick(menu, Qt::Key_Return);
}

// Clicks the button with this role in the next question that opens (a QMessageBox shown
// modally by what the caller does next); asked says one did.
inline void answerNextQuestion(bool &asked, QMessageBox::ButtonRole role)
{
    QTimer::singleShot(300, [&asked, role] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question)
            return;
        asked = true;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
    });
}

} // namespace parley::test
