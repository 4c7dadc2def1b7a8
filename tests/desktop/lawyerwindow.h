// LawyerWindow: the lawyer's main window on a demo server of its own (for tests that change the
// demo firm, which must not disturb other tests), shown, online, with the first matter
// selected; and finding a matter's row and a conversation of the selected matter.
#pragma once

#include "desktoptesthelpers.h"
#include "serverprocess.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"

#include <QListView>
#include <QNetworkAccessManager>
#include <catch2/catch.hpp>
#include <memory>

namespace parley::test {

struct LawyerWindow
{
    ServerProcess server;
    QNetworkAccessManager nam;
    std::unique_ptr<net::ApiClient> api;
    protocol::LoginResponse session;
    std::unique_ptr<sync::Workspace> workspace;
    std::unique_ptr<ui::MainWindow> window;

    LawyerWindow()
    {
        REQUIRE(server.start());
        api = std::make_unique<net::ApiClient>(&nam, server.url());
        session = signIn(*api, QStringLiteral("lawyer@demo.test"));
        workspace = std::make_unique<sync::Workspace>(&nam, server.url(), session);
        window = std::make_unique<ui::MainWindow>(workspace.get());
        window->resize(1100, 700);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        workspace->start();
        REQUIRE(waitFor([&] { return workspace->mattersReady() && workspace->isOnline(); }));
        REQUIRE(window->selectMatterRow(0));
    }

    // Selects the matter in the matters list.
    void selectMatter(qint64 matterId)
    {
        QAbstractItemModel *list = window->mattersView()->model();
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row, 0).data(models::MattersModel::IdRole).toLongLong() == matterId) {
                REQUIRE(window->selectMatterRow(row));
                return;
            }
        }
        FAIL("matter " << matterId << " is not listed");
    }

    // The first conversation of the group once the selected matter's conversations show.
    qint64 firstConversation(models::ConversationsModel::Group group)
    {
        models::ConversationsModel *conversations = workspace->conversations();
        const QModelIndex parent = conversations->groupIndex(group);
        REQUIRE(waitFor([&] {
            return conversations->matterId() == workspace->selectedMatter()
                && conversations->rowCount(parent) > 0;
        }));
        return conversations->index(0, 0, parent)
            .data(models::ConversationsModel::IdRole)
            .toLongLong();
    }
};

} // namespace parley::test
