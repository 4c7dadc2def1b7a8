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
    AlertCenter::Context fromClient { 1, QStringLiteral("Alex Morgan"), true, false };
    AlertCenter::Context fromColleague { 1, QStringLiteral("Alex Morgan"), false, false };

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
