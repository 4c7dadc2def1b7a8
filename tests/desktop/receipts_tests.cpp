// Read receipts end to end against the real server: a message from the paralegal is unread
// for the lawyer on its conversation and matter; the lawyer opening it marks it read, and
// the paralegal's timeline shows who read it.
#include "desktoptesthelpers.h"
#include "net/apiclient.h"
#include "serverprocess.h"
#include "store/storeworker.h"
#include "sync/workspace.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parley;
using models::ConversationsModel;
using models::MattersModel;
using models::TimelineModel;
using test::signIn;
using test::waitFor;

namespace {

int conversationUnread(sync::Workspace &workspace, qint64 id)
{
    const QModelIndex at = workspace.conversations()->indexOf(id);
    return at.isValid() ? at.data(ConversationsModel::UnreadCountRole).toInt() : -1;
}

int matterUnread(sync::Workspace &workspace, qint64 id)
{
    const int row = workspace.matters()->rowOf(id);
    return row >= 0 ? workspace.matters()->index(row).data(MattersModel::UnreadCountRole).toInt()
                    : -1;
}

QList<qint64> conversationIds(sync::Workspace &workspace)
{
    QList<qint64> ids;
    ConversationsModel *model = workspace.conversations();
    for (auto group : { ConversationsModel::External, ConversationsModel::Internal }) {
        const QModelIndex parent = model->groupIndex(group);
        for (int row = 0; row < model->rowCount(parent); ++row)
            ids << model->index(row, 0, parent).data(ConversationsModel::IdRole).toLongLong();
    }
    return ids;
}

} // namespace

TEST_CASE("A message from the paralegal is unread for the lawyer until opened, and the "
          "paralegal sees who read it")
{
    store::StoreWorker::registerMetaTypes();
    test::ServerProcess server;
    const bool started = server.start();
    INFO("server: " << server.errorString().toStdString());
    REQUIRE(started);
    QNetworkAccessManager nam;
    QTemporaryDir lawyerData;
    QTemporaryDir paralegalData;
    net::ApiClient login(&nam, server.url());
    const protocol::LoginResponse lawyerSession = signIn(login, QStringLiteral("lawyer@demo.test"));
    const protocol::LoginResponse paralegalSession
        = signIn(login, QStringLiteral("paralegal@demo.test"));

    store::StoreWorker lawyerStore;
    store::StoreWorker paralegalStore;
    sync::Workspace lawyer(&nam, server.url(), lawyerSession);
    sync::Workspace paralegal(&nam, server.url(), paralegalSession);
    lawyer.setStore(&lawyerStore, lawyerData.path());
    paralegal.setStore(&paralegalStore, paralegalData.path());
    QAbstractItemModelTester mattersTester(lawyer.matters());
    QAbstractItemModelTester conversationsTester(lawyer.conversations());
    QAbstractItemModelTester timelineTester(paralegal.timeline());
    lawyer.start();
    paralegal.start();
    REQUIRE(waitFor([&] { return lawyer.isOnline() && paralegal.isOnline(); }));
    REQUIRE(waitFor([&] { return lawyer.mattersReady() && lawyer.matters()->rowCount() > 0; }));

    // The lawyer has read everything in the first matter (the demo's history included).
    const qint64 matterId = lawyer.matters()->at(0).id;
    // The demo leaves the lawyer something unread there: once it shows, the counts are loaded
    // (before that every count reads 0, and "read everything" below would prove nothing).
    REQUIRE(waitFor([&] { return matterUnread(lawyer, matterId) > 0; }));
    lawyer.selectMatter(matterId);
    REQUIRE(waitFor([&] { return conversationIds(lawyer).size() >= 2; }));
    const QList<qint64> ids = conversationIds(lawyer);
    const qint64 conversationId
        = lawyer.conversations()
              ->index(0, 0, lawyer.conversations()->groupIndex(ConversationsModel::Internal))
              .data(ConversationsModel::IdRole)
              .toLongLong();
    for (qint64 id : ids) {
        lawyer.selectConversation(id);
        REQUIRE(waitFor([&] { return conversationUnread(lawyer, id) == 0; }));
    }
    lawyer.selectConversation(std::nullopt);
    REQUIRE(waitFor([&] { return matterUnread(lawyer, matterId) == 0; }));

    // The paralegal writes: one unread message on the conversation and its matter.
    paralegal.selectMatter(matterId);
    paralegal.selectConversation(conversationId);
    REQUIRE(waitFor([&] { return paralegal.timeline()->rowCount() > 0; }));
    const QString body = QStringLiteral("Exhibit list is ready for review.");
    REQUIRE(paralegal.sendMessage(body));
    REQUIRE(waitFor([&] { return conversationUnread(lawyer, conversationId) == 1; }));
    CHECK(matterUnread(lawyer, matterId) == 1);

    TimelineModel *timeline = paralegal.timeline();
    auto ownRow = [&] {
        for (int row = timeline->rowCount() - 1; row >= 0; --row) {
            if (timeline->messageAt(row).body == body
                && timeline->sendState(row) == TimelineModel::SendState::Sent)
                return row;
        }
        return -1;
    };
    REQUIRE(waitFor([&] { return ownRow() >= 0; }));
    CHECK(timeline->index(ownRow()).data(TimelineModel::ReadByRole).toString()
        == QStringLiteral("Delivered"));

    // The lawyer opens it: read on both levels, and the paralegal sees the receipt.
    lawyer.selectConversation(conversationId);
    REQUIRE(waitFor([&] { return conversationUnread(lawyer, conversationId) == 0; }));
    CHECK(waitFor([&] { return matterUnread(lawyer, matterId) == 0; }));
    CHECK(waitFor([&] {
        return timeline->index(ownRow())
            .data(TimelineModel::ReadByRole)
            .toString()
            .contains(lawyerSession.user.name);
    }));
    INFO(timeline->index(ownRow()).data(TimelineModel::ReadByRole).toString().toStdString());
    CHECK(timeline->index(ownRow())
              .data(TimelineModel::ReadByRole)
              .toString()
              .startsWith(QStringLiteral("Read by")));
    // Messages from others never carry a read-by line.
    for (int row = 0; row < timeline->rowCount(); ++row) {
        if (timeline->messageAt(row).senderId != paralegalSession.user.id)
            CHECK(timeline->index(row).data(TimelineModel::ReadByRole).toString().isEmpty());
    }

    lawyer.stop();
    paralegal.stop();
}
