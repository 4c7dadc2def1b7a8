// Models under QAbstractItemModelTester: incremental inserts and updates (never a reset), the
// grouped conversations tree, and the timeline's pending -> sent merge and failed state.
#include "models/conversationsmodel.h"
#include "models/mattersmodel.h"
#include "models/timelinemodel.h"
#include "modeltestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace parley;
using models::ConversationsModel;
using models::MattersModel;
using models::TimelineModel;
using test::makeConversation;
using test::makeMatter;
using test::makeMessage;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
}

TEST_CASE("MattersModel inserts matters one row at a time in number order")
{
    MattersModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.upsert(makeMatter(2, QStringLiteral("2026-0102"), QStringLiteral("Whitfield")));
    model.upsert(makeMatter(1, QStringLiteral("2026-0101"), QStringLiteral("Gonzalez")));
    model.upsert(makeMatter(3, QStringLiteral("2026-0103"), QStringLiteral("Karimi")));
    REQUIRE(model.rowCount() == 3);
    REQUIRE(inserted.count() == 3);
    CHECK(inserted.at(1).at(1).toInt() == 0); // 0101 went before 0102
    CHECK(model.index(0).data(MattersModel::NumberRole).toString() == QStringLiteral("2026-0101"));
    CHECK(model.index(2).data(MattersModel::IdRole).toLongLong() == 3);
    CHECK(
        model.index(0).data(MattersModel::ClientNameRole).toString() == QStringLiteral("Client 1"));
    CHECK(model.index(0)
              .data(MattersModel::SearchTextRole)
              .toString()
              .contains(QStringLiteral("Gonzalez")));

    SECTION("an update changes the row in place")
    {
        auto renamed
            = makeMatter(2, QStringLiteral("2026-0102"), QStringLiteral("Whitfield estate"));
        model.upsert(renamed);
        CHECK(model.rowCount() == 3);
        CHECK(inserted.count() == 3);
        REQUIRE(changed.count() == 1);
        CHECK(changed.at(0).at(0).toModelIndex().row() == 1);
        CHECK(model.index(1).data(MattersModel::TitleRole).toString()
            == QStringLiteral("Whitfield estate"));
        // The same value again changes nothing.
        model.upsert(renamed);
        CHECK(changed.count() == 1);
    }
    SECTION("a refresh removes what is gone and keeps the rest")
    {
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setMatters({ makeMatter(1, QStringLiteral("2026-0101"), QStringLiteral("Gonzalez")),
            makeMatter(3, QStringLiteral("2026-0103"), QStringLiteral("Karimi")) });
        CHECK(model.rowCount() == 2);
        CHECK(removed.count() == 1);
        CHECK(inserted.count() == 3);
        CHECK(model.rowOf(2) == -1);
    }
    CHECK(reset.count() == 0);
}

TEST_CASE("ConversationsModel groups conversations by kind and switches matters incrementally")
{
    ConversationsModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setGroupTitles(
        QStringLiteral("Clients (portal)"), QStringLiteral("Internal"), QStringLiteral("Direct"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    REQUIRE(model.rowCount() == ConversationsModel::GroupCount);
    CHECK(model.groupIndex(ConversationsModel::External).data().toString()
        == QStringLiteral("Clients (portal)"));
    CHECK(model.groupIndex(ConversationsModel::Direct)
              .data(ConversationsModel::IsGroupRole)
              .toBool());

    model.setDirectConversations(
        { makeConversation(9, QStringLiteral("direct"), std::nullopt, QStringLiteral("Priya")) });
    model.setMatterConversations(1,
        { makeConversation(1, QStringLiteral("external"), 1, QStringLiteral("Client portal")),
            makeConversation(2, QStringLiteral("internal"), 1, QStringLiteral("Case team")),
            makeConversation(3, QStringLiteral("internal"), 1, QStringLiteral("Billing")) });
    CHECK(inserted.count() == 4);
    CHECK(model.rowCount(model.groupIndex(ConversationsModel::External)) == 1);
    CHECK(model.rowCount(model.groupIndex(ConversationsModel::Internal)) == 2);
    CHECK(model.rowCount(model.groupIndex(ConversationsModel::Direct)) == 1);
    // Sorted by title within a group.
    CHECK(model.index(0, 0, model.groupIndex(ConversationsModel::Internal)).data().toString()
        == QStringLiteral("Billing"));
    const QModelIndex portal = model.indexOf(1);
    REQUIRE(portal.isValid());
    CHECK(portal.parent() == model.groupIndex(ConversationsModel::External));
    CHECK(portal.data(ConversationsModel::KindRole).toString() == QStringLiteral("external"));
    CHECK_FALSE(model.groupIndex(ConversationsModel::External).flags() & Qt::ItemIsSelectable);

    SECTION("another matter replaces the matter's groups and keeps direct conversations")
    {
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setMatterConversations(
            2, { makeConversation(4, QStringLiteral("external"), 2, QStringLiteral("Portal")) });
        CHECK(removed.count() == 3);
        CHECK(model.conversationCount() == 2);
        CHECK(model.indexOf(9).isValid());
        CHECK(model.matterId() == 2);
    }
    SECTION("an assignment changes the row in place and shows in its assignee role")
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        CHECK(model.indexOf(1).data(ConversationsModel::AssigneeIdRole).isNull());
        auto assigned
            = makeConversation(1, QStringLiteral("external"), 1, QStringLiteral("Client portal"));
        assigned.assigneeId = 42;
        model.upsert(assigned);
        CHECK(changed.count() == 1);
        CHECK(model.indexOf(1).data(ConversationsModel::AssigneeIdRole).toLongLong() == 42);
        assigned.assigneeId.reset();
        model.upsert(assigned);
        CHECK(model.indexOf(1).data(ConversationsModel::AssigneeIdRole).isNull());
    }
    SECTION("a renamed conversation moves within its group")
    {
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.upsert(makeConversation(3, QStringLiteral("internal"), 1, QStringLiteral("Zeta")));
        CHECK(moved.count() == 1);
        CHECK(model.index(1, 0, model.groupIndex(ConversationsModel::Internal)).data().toString()
            == QStringLiteral("Zeta"));
        CHECK(model.conversationCount() == 4);
    }
    SECTION("untitled conversations are named by their other members")
    {
        model.setSelfUserId(1);
        auto direct = makeConversation(10, QStringLiteral("direct"), std::nullopt, {});
        direct.members = { protocol::Member {
                               1, QStringLiteral("Alex Morgan"), QStringLiteral("staff"), {}, {} },
            protocol::Member { 2, QStringLiteral("Priya Shah"), QStringLiteral("staff"), {}, {} } };
        model.upsert(direct);
        CHECK(model.indexOf(10).data().toString() == QStringLiteral("Priya Shah"));
    }
    CHECK(reset.count() == 0);
}

TEST_CASE("TimelineModel merges a pending message with its echo into one row")
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setSelfUserId(1);
    model.setConversation(7);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.upsertAll(
        { makeMessage(10, 7, QStringLiteral("first")), makeMessage(12, 7, QStringLiteral("third")),
            makeMessage(11, 7, QStringLiteral("second")) });
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(1).data(TimelineModel::BodyRole).toString() == QStringLiteral("second"));
    CHECK(inserted.count() == 3);
    // Another conversation's message is not ours to show.
    CHECK_FALSE(model.upsert(makeMessage(13, 8, QStringLiteral("elsewhere"))));
    CHECK(model.rowCount() == 3);

    auto draft = makeMessage(0, 7, QStringLiteral("hello"), QStringLiteral("txn-1"));
    model.addPending(draft);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.sendState(3) == TimelineModel::SendState::Pending);
    CHECK(model.index(3).data(TimelineModel::IsOwnRole).toBool());

    const auto echo = makeMessage(20, 7, QStringLiteral("hello"), QStringLiteral("txn-1"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    SECTION("stream echo first, then the POST answer")
    {
        model.upsert(echo);
        model.upsert(echo);
    }
    SECTION("a message from someone else arrives before the echo")
    {
        model.upsert(makeMessage(19, 7, QStringLiteral("from Priya")));
        CHECK(model.rowCount() == 5);
        CHECK(model.sendState(4) == TimelineModel::SendState::Pending);
        model.upsert(echo);
        CHECK(model.index(3).data(TimelineModel::BodyRole).toString()
            == QStringLiteral("from Priya"));
    }
    SECTION("the send failed first, then a retry's echo arrives")
    {
        model.markFailed(QStringLiteral("txn-1"),
            protocol::Error::make(protocol::ErrorCode::NetworkError, QStringLiteral("offline")));
        CHECK(model.sendState(3) == TimelineModel::SendState::Failed);
        CHECK(model.index(3).data(TimelineModel::BodyRole).toString() == QStringLiteral("hello"));
        CHECK(
            model.index(3).data(TimelineModel::ErrorRole).toString() == QStringLiteral("offline"));
        model.markPending(QStringLiteral("txn-1"));
        CHECK(model.sendState(3) == TimelineModel::SendState::Pending);
        model.upsert(echo);
    }

    const int row = model.rowOfTxn(QStringLiteral("txn-1"));
    REQUIRE(row >= 0);
    CHECK(model.rowOfId(20) == row);
    CHECK(model.sendState(row) == TimelineModel::SendState::Sent);
    CHECK(model.index(row).data(TimelineModel::IdRole).toLongLong() == 20);
    CHECK(model.index(row).data(TimelineModel::ErrorRole).toString().isEmpty());
    CHECK(changed.count() >= 1);
    // Exactly one row carries the message.
    int rowsWithTxn = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        rowsWithTxn += model.messageAt(r).clientTxnId == QStringLiteral("txn-1");
    CHECK(rowsWithTxn == 1);
    // Sent rows stay ordered by id.
    for (int r = 1; r < model.rowCount(); ++r)
        CHECK(model.messageAt(r - 1).id < model.messageAt(r).id);
    CHECK(reset.count() == 0);
}

TEST_CASE("TimelineModel keeps a failed message's text and state")
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversation(7);
    model.addPending(makeMessage(0, 7, QStringLiteral("draft text"), QStringLiteral("txn-9")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markFailed(QStringLiteral("txn-9"),
        protocol::Error::make(protocol::ErrorCode::MessageTooLong, QStringLiteral("too long")));
    REQUIRE(model.rowCount() == 1);
    CHECK(changed.count() == 1);
    CHECK(model.index(0).data(TimelineModel::SendStateRole).value<TimelineModel::SendState>()
        == TimelineModel::SendState::Failed);
    CHECK(model.index(0).data(TimelineModel::BodyRole).toString() == QStringLiteral("draft text"));
    // Adding the same transaction again does not duplicate it.
    model.addPending(makeMessage(0, 7, QStringLiteral("draft text"), QStringLiteral("txn-9")));
    CHECK(model.rowCount() == 1);
}

TEST_CASE("TimelineModel asks for older history once per page, never from data()")
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy requested(&model, &TimelineModel::olderMessagesRequested);
    model.setConversation(7);
    CHECK_FALSE(model.canFetchMore());
    model.upsertAll({ makeMessage(50, 7, QStringLiteral("latest")) });
    model.setOlderHistory(50);
    REQUIRE(model.canFetchMore());
    model.fetchMore();
    model.fetchMore();
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toLongLong() == 50);
    model.upsertAll({ makeMessage(40, 7, QStringLiteral("older")) });
    model.setOlderHistory(std::nullopt);
    CHECK_FALSE(model.canFetchMore());
    CHECK(model.index(0).data(TimelineModel::IdRole).toLongLong() == 40);
    // Switching conversations clears the rows with a removal, not a reset.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setConversation(8);
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Unread counts change rows in place and survive a matter's conversations being replaced")
{
    MattersModel matters;
    ConversationsModel conversations;
    QAbstractItemModelTester mattersTester(&matters, Fatal);
    QAbstractItemModelTester conversationsTester(&conversations, Fatal);
    matters.upsert(makeMatter(1, QStringLiteral("2026-0101"), QStringLiteral("Gonzalez")));
    conversations.setMatterConversations(
        1, { makeConversation(10, QStringLiteral("internal"), 1, QStringLiteral("Team")) });
    QSignalSpy mattersChanged(&matters, &QAbstractItemModel::dataChanged);
    QSignalSpy conversationsChanged(&conversations, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&conversations, &QAbstractItemModel::modelReset);

    CHECK(matters.index(0).data(MattersModel::UnreadCountRole).toInt() == 0);
    matters.setUnreadCount(1, 3);
    matters.setUnreadCount(1, 3); // unchanged: no signal
    conversations.setUnreadCount(10, 3);
    CHECK(mattersChanged.count() == 1);
    CHECK(conversationsChanged.count() == 1);
    CHECK(matters.index(0).data(MattersModel::UnreadCountRole).toInt() == 3);
    CHECK(conversations.indexOf(10).data(ConversationsModel::UnreadCountRole).toInt() == 3);
    CHECK(conversations.groupIndex(ConversationsModel::Internal)
              .data(ConversationsModel::UnreadCountRole)
              .toInt()
        == 0);

    conversations.setMatterConversations(
        1, { makeConversation(10, QStringLiteral("internal"), 1, QStringLiteral("Team")) });
    CHECK(conversations.indexOf(10).data(ConversationsModel::UnreadCountRole).toInt() == 3);
    conversations.setUnreadCount(10, 0);
    CHECK(conversations.indexOf(10).data(ConversationsModel::UnreadCountRole).toInt() == 0);
    CHECK(reset.isEmpty());
}

TEST_CASE("TimelineModel shows who read the user's own messages, and Delivered before that")
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setSelfUserId(1); // makeMessage's sender
    model.setConversation(7);
    protocol::Message theirs = makeMessage(2, 7, QStringLiteral("Thanks"));
    theirs.senderId = 5;
    model.upsertAll({ makeMessage(1, 7, QStringLiteral("Draft attached")), theirs });
    CHECK(model.index(0).data(TimelineModel::ReadByRole).toString() == QStringLiteral("Delivered"));
    CHECK(model.index(1).data(TimelineModel::ReadByRole).toString().isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC);
    model.addReader(1, 5, QStringLiteral("Tom Becker"), at);
    model.addReader(1, 5, QStringLiteral("Tom Becker"), at); // once per reader
    CHECK(changed.count() == 1);
    const QString readBy = model.index(0).data(TimelineModel::ReadByRole).toString();
    CHECK(readBy.startsWith(QStringLiteral("Read by Tom Becker ")));
    CHECK(readBy.contains(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));

    // Readers belong to the conversation shown.
    model.setConversation(8);
    model.upsert(makeMessage(1, 8, QStringLiteral("Elsewhere")));
    CHECK(model.index(0).data(TimelineModel::ReadByRole).toString() == QStringLiteral("Delivered"));
}
