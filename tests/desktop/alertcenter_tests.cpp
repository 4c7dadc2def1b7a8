// AlertCenter's rules: which messages become alerts, once each, newest first, unread until
// opened; raised only when live; protected unless the conversation is known not to be.
#include "sync/alertcenter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace parley;
using sync::AlertCenter;

namespace {

protocol::Message message(qint64 id, qint64 sender, const QString &body)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = 7;
    m.senderId = sender;
    m.senderName = sender == 2 ? QStringLiteral("Maria Gonzalez") : QStringLiteral("Priya Shah");
    m.kind = QStringLiteral("text");
    m.body = body;
    m.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + id, Qt::UTC);
    return m;
}

} // namespace

TEST_CASE("AlertCenter turns client replies, files, reads and mentions into alerts, once")
{
    AlertCenter alerts;
    QAbstractItemModelTester tester(&alerts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy raised(&alerts, &AlertCenter::raised);
    AlertCenter::Context fromClient { 1, QStringLiteral("Alex Morgan"), true, false, std::nullopt };
    AlertCenter::Context fromColleague { 1, QStringLiteral("Alex Morgan"), false, false,
        std::nullopt };

    alerts.consider(message(10, 1, QStringLiteral("My own words")), fromColleague, true);
    alerts.consider(message(11, 3, QStringLiteral("A colleague's note")), fromColleague, true);
    CHECK(alerts.rowCount() == 0); // the user's own and colleagues' plain messages

    alerts.consider(message(12, 2, QStringLiteral("I signed it.")), fromClient, true);
    REQUIRE(alerts.rowCount() == 1);
    CHECK(alerts.at(0).kind == AlertCenter::Kind::Reply);
    CHECK(alerts.index(0).data(AlertCenter::TitleRole).toString()
        == QStringLiteral("Maria Gonzalez replied"));
    CHECK_FALSE(alerts.at(0).protectedContent);
    CHECK(raised.count() == 1);
    alerts.consider(message(12, 2, QStringLiteral("I signed it.")), fromClient, true);
    CHECK(alerts.rowCount() == 1); // the same message again (an edit, a reconnect)

    protocol::Message upload = message(13, 2, QString());
    upload.attachments.append(protocol::Attachment {});
    upload.attachments.first().name = QStringLiteral("Scan.pdf");
    AlertCenter::Context unknown = fromClient;
    unknown.requiresMfa.reset();
    alerts.consider(upload, unknown, false); // caught up, not live: listed, not raised
    REQUIRE(alerts.rowCount() == 2);
    CHECK(alerts.at(0).kind == AlertCenter::Kind::Upload); // newest first
    CHECK(alerts.at(0).text == QStringLiteral("Scan.pdf"));
    CHECK(alerts.at(0).protectedContent); // conversation not known: keep it private
    CHECK(raised.count() == 1);

    protocol::Message read = message(14, 2, QString());
    read.kind = QStringLiteral("event");
    read.event = QJsonObject { { QStringLiteral("type"), QStringLiteral("read") } };
    alerts.consider(read, fromClient, true);
    CHECK(alerts.at(0).kind == AlertCenter::Kind::Read);
    protocol::Message added = message(15, 2, QString());
    added.kind = QStringLiteral("event");
    added.event = QJsonObject { { QStringLiteral("type"), QStringLiteral("member_added") } };
    alerts.consider(added, fromClient, true);
    CHECK(alerts.rowCount() == 3); // other events are not alerts

    alerts.consider(
        message(16, 3, QStringLiteral("@alex morgan can you call her?")), fromColleague, true);
    REQUIRE(alerts.rowCount() == 4);
    CHECK(alerts.at(0).kind == AlertCenter::Kind::Mention);

    QSignalSpy counts(&alerts, &AlertCenter::unreadCountChanged);
    CHECK(alerts.unreadCount() == 4);
    alerts.markRead(1);
    CHECK(alerts.unreadCount() == 3);
    CHECK_FALSE(alerts.index(1).data(AlertCenter::UnreadRole).toBool());
    alerts.markAllRead();
    CHECK(alerts.unreadCount() == 0);
    CHECK(counts.last().at(0).toInt() == 0);
    alerts.clear();
    CHECK(alerts.rowCount() == 0);
}

TEST_CASE("A client's reply or read in a conversation assigned to a colleague is not news; "
          "assigned to the user or to nobody it is")
{
    AlertCenter alerts;
    QAbstractItemModelTester tester(&alerts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy raised(&alerts, &AlertCenter::raised);
    const QString me = QStringLiteral("Alex Morgan");
    const AlertCenter::Context toColleague { 1, me, true, false, qint64(3) };
    const AlertCenter::Context toMe { 1, me, true, false, qint64(1) };
    const AlertCenter::Context toNobody { 1, me, true, false, std::nullopt };

    alerts.consider(message(20, 2, QStringLiteral("For Priya")), toColleague, true);
    protocol::Message read = message(21, 2, QString());
    read.kind = QStringLiteral("event");
    read.event = QJsonObject { { QStringLiteral("type"), QStringLiteral("read") } };
    alerts.consider(read, toColleague, true);
    CHECK(alerts.rowCount() == 0);
    CHECK(raised.count() == 0);
    // A colleague's mention of the user there still is.
    alerts.consider(message(22, 3, QStringLiteral("@Alex Morgan see above")),
        AlertCenter::Context { 1, me, false, false, qint64(3) }, true);
    REQUIRE(alerts.rowCount() == 1);
    CHECK(alerts.at(0).kind == AlertCenter::Kind::Mention);

    alerts.consider(message(23, 2, QStringLiteral("For Alex")), toMe, true);
    alerts.consider(message(24, 2, QStringLiteral("For anyone")), toNobody, true);
    REQUIRE(alerts.rowCount() == 3);
    CHECK(alerts.at(0).messageId == 24);
    CHECK(alerts.at(1).messageId == 23);
    CHECK(raised.count() == 3);
}
