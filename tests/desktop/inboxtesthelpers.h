// The team inbox's UI tests' desk: a real server of its own (the demo firm), the lawyer's main
// window, and the server's services opened on its database so that clients can write (text and
// files) as the portal would; helpers to seed many client conversations and to ask the server
// what a user's inbox holds.
#pragma once

#include "app/servercontext.h"
#include "db/sqlquery.h"
#include "desktoptesthelpers.h"
#include "models/inboxmodel.h"
#include "serverprocess.h"
#include "store/uploadstore.h"
#include "store/userstore.h"
#include "sync/inboxfeed.h"
#include "sync/workspace.h"
#include "transfer/blobfolder.h"
#include "ui/inboxwindow.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <catch2/catch.hpp>
#include <optional>

namespace parley::test {

struct InboxDesk
{
    // A matter's client conversation and its client, who writes through the services.
    struct Thread
    {
        qint64 matterId = 0;
        QString matterNumber;
        qint64 conversationId = 0;
        qint64 internalId = 0; // the matter's internal thread (its notes wake the stream)
        server::Principal client;
    };

    ServerProcess server;
    QNetworkAccessManager nam;
    std::optional<net::ApiClient> api; // the lawyer's
    std::optional<net::ApiClient> colleague; // Priya Shah, the paralegal
    protocol::LoginResponse lawyer;
    protocol::LoginResponse paralegal;
    std::optional<sync::Workspace> workspace;
    std::optional<ui::MainWindow> window;
    std::optional<server::ServerContext> serverSide;
    QList<Thread> threads;
    int txn = 0;

    InboxDesk()
    {
        REQUIRE(server.start());
        api.emplace(&nam, server.url());
        lawyer = signIn(*api, QStringLiteral("lawyer@demo.test"));
        colleague.emplace(&nam, server.url());
        paralegal = signIn(*colleague, QStringLiteral("paralegal@demo.test"));
        workspace.emplace(&nam, server.url(), lawyer);
        window.emplace(&*workspace);
        window->resize(1280, 820);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(&*window));
        workspace->start();
        REQUIRE(waitFor([&] { return workspace->mattersReady() && workspace->isOnline(); }));
        serverSide.emplace(protocol::Limits(), server::PasswordHasher());
        REQUIRE(serverSide->open(server.dataDir()));
        findThreads();
    }

    void findThreads()
    {
        models::MattersModel *matters = workspace->matters();
        for (int row = 0; row < matters->rowCount(); ++row) {
            const protocol::Matter matter = matters->at(row);
            auto conversations = await<QList<protocol::Conversation>>(
                [&](auto done) { api->conversations(matter.id, done); });
            REQUIRE(conversations);
            Thread thread;
            thread.matterId = matter.id;
            thread.matterNumber = matter.number;
            for (const protocol::Conversation &conversation : conversations.value()) {
                if (conversation.kind == QLatin1String("external") && !thread.conversationId)
                    thread.conversationId = conversation.id;
                if (conversation.kind == QLatin1String("internal"))
                    thread.internalId = conversation.id;
            }
            for (const protocol::Party &party : matter.parties) {
                if (party.role != QLatin1String("client") || thread.client.user.id)
                    continue;
                auto record = server::UserStore(serverSide->db()).findByEmail(party.email);
                REQUIRE(record);
                REQUIRE(record.value());
                thread.client = server::Principal { record.value()->user, record.value()->firmId, 0,
                    false, {} };
            }
            if (thread.conversationId && thread.client.user.id)
                threads.append(thread);
        }
    }

    // The client of a thread writes (as the portal would); nothing tells the stream.
    protocol::Message clientWrites(
        const Thread &thread, const QString &body, const QList<protocol::NewAttachment> &files = {})
    {
        protocol::NewMessage message;
        message.clientTxnId = QStringLiteral("client-%1").arg(++txn);
        message.body = body;
        message.attachments = files;
        auto sent = serverSide->messages().send(thread.client, thread.conversationId, message,
            protocol::Limits(), QStringLiteral("portal"));
        REQUIRE(sent);
        return sent->message;
    }

    // A file of the client's, stored as a finished upload of theirs: what the portal's tus
    // upload leaves. Gives the attachment to send it with.
    protocol::NewAttachment clientFile(
        const Thread &thread, const QByteArray &bytes, const QString &name)
    {
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        server::BlobFolder blobs(server.dataDir());
        REQUIRE(blobs.prepare());
        REQUIRE(QDir().mkpath(QFileInfo(blobs.blobPath(sha256)).path()));
        QFile file(blobs.blobPath(sha256));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
        file.close();
        server::UploadRow row;
        row.id = server::BlobFolder::newUploadId();
        row.firmId = thread.client.firmId;
        row.userId = thread.client.user.id;
        row.length = bytes.size();
        row.name = name;
        row.createdAt = QDateTime::currentDateTimeUtc();
        row.expiresAt = row.createdAt.addDays(1);
        server::UploadStore uploads(serverSide->db());
        REQUIRE(uploads.create(row));
        REQUIRE(uploads.complete(row.id, sha256, bytes.size()));
        protocol::NewAttachment attachment;
        attachment.mode = QStringLiteral("file");
        attachment.uploadId = row.id;
        return attachment;
    }

    // Moves a message back in time, as if written `minutes` earlier (only the time changes).
    void backdate(qint64 messageId, qint64 minutes)
    {
        server::SqlQuery query(serverSide->db(),
            QStringLiteral("UPDATE messages SET created_at = created_at - ? WHERE id = ?"));
        query.bind(minutes * 60 * 1000).bind(messageId);
        REQUIRE(query.exec());
    }

    // The firm answers in a thread (the client no longer waits there).
    protocol::Message firmAnswers(const Thread &thread, const QString &body)
    {
        protocol::NewMessage message;
        message.clientTxnId = QStringLiteral("answer-%1").arg(++txn);
        message.body = body;
        auto sent = await<protocol::Message>(
            [&](auto done) { api->sendMessage(thread.conversationId, message, done); });
        REQUIRE(sent);
        return sent.value();
    }

    // A colleague's note, so the stream brings the desktop what was written meanwhile.
    void wakeStream(const Thread &thread)
    {
        protocol::NewMessage note;
        note.clientTxnId = QStringLiteral("note-%1").arg(++txn);
        note.body = QStringLiteral("(internal note %1)").arg(txn);
        REQUIRE(await<protocol::Message>(
            [&](auto done) { colleague->sendMessage(thread.internalId, note, done); }));
    }

    void act(net::ApiClient &client, const QString &action, const QList<qint64> &ids,
        std::optional<qint64> assignee = std::nullopt)
    {
        protocol::InboxAction request { action, ids, assignee };
        REQUIRE(await<QList<protocol::InboxItem>>(
            [&](auto done) { client.inboxAction(request, done); }));
    }

    // What the server's inbox holds for a user.
    static QList<protocol::InboxItem> inboxOf(net::ApiClient &client, net::InboxQuery query = {})
    {
        query.limit = 500;
        auto page = await<net::InboxPage>([&](auto done) { client.inbox(query, done); });
        REQUIRE(page);
        return page->items;
    }

    static QList<qint64> idsOf(const QList<protocol::InboxItem> &items)
    {
        QList<qint64> ids;
        for (const protocol::InboxItem &item : items)
            ids.append(item.message.id);
        return ids;
    }

    // View ▸ Team Inbox, then the first answer.
    ui::InboxWindow *openInbox()
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("teamInboxAction"));
        REQUIRE(action);
        action->trigger();
        ui::InboxWindow *inbox = window->inboxWindow();
        REQUIRE(inbox);
        REQUIRE(QTest::qWaitForWindowExposed(inbox));
        waitLoaded();
        return inbox;
    }

    void waitLoaded()
    {
        sync::InboxFeed *feed = workspace->inbox();
        REQUIRE(waitFor(
            [feed] { return feed->isLoaded() && !feed->isLoading() && !feed->isApplying(); }));
    }
};

} // namespace parley::test
