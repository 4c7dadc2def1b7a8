// InProcess: the running server's own database opened beside it (SQLite WAL), with the
// services on it: clients cannot sign in before the portal, so tests make their reads and
// replies through the services, as the portal does. Writes made here reach other users at the
// server's next look (the notifier polls every second), not through its stream.
#pragma once

#include "app/servercontext.h"
#include "db/sqlquery.h"
#include "serverdatabase.h"
#include "serverprocess.h"
#include "store/userstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <catch2/catch.hpp>

namespace parley::test {

struct InProcess
{
    server::ServerContext context { protocol::Limits(), server::PasswordHasher() };

    explicit InProcess(const ServerProcess &process)
    {
        REQUIRE(context.open(process.dataDir(), ServerDatabase::urlFor(process.dataDir())));
    }

    server::Principal principal(const QString &email)
    {
        auto record = server::UserStore(context.db()).findByEmail(email);
        REQUIRE(record);
        REQUIRE(record.value());
        return server::Principal { record.value()->user, record.value()->firmId };
    }

    server::Principal principal(qint64 userId)
    {
        auto record = server::UserStore(context.db()).find(userId);
        REQUIRE(record);
        REQUIRE(record.value());
        return server::Principal { record.value()->user, record.value()->firmId };
    }

    // A message from who into the conversation (a client's reply, say); its id.
    qint64 send(const server::Principal &who, qint64 conversation, const QString &body)
    {
        static int txn = 0;
        protocol::NewMessage message;
        message.clientTxnId = QStringLiteral("in-process-%1").arg(++txn);
        message.body = body;
        auto sent = context.messages().send(who, conversation, message, protocol::Limits());
        REQUIRE(sent);
        return sent->message.id;
    }

    // Waits until the server's notifier has looked at every change made so far (its cursor is
    // at each firm's newest change), so that a clock moved next counts from after what the test
    // just did rather than from whenever the notifier happens to look.
    void waitForNotifier()
    {
        const QString behind = QStringLiteral(
            "SELECT COUNT(*) FROM changes c WHERE c.seq > COALESCE((SELECT n.seq FROM"
            " notify_cursor n WHERE n.firm_id = c.firm_id), 0)");
        QDeadlineTimer deadline(30000);
        qint64 waiting = -1;
        while (!deadline.hasExpired()) {
            server::SqlQuery query(context.db(), behind);
            REQUIRE(query.exec());
            REQUIRE(query.next());
            waiting = query.integer(0);
            if (waiting == 0)
                return;
            QCoreApplication::processEvents();
            QThread::msleep(100);
        }
        INFO("changes the notifier has not looked at: " << waiting);
        FAIL("the server's notifier did not catch up");
    }
};

} // namespace parley::test
