// The team inbox against the real server: each view against what the user can read through the
// rest of the API, unread per user (receipts and marks), bulk actions that change exactly the
// chosen rows and nothing when refused, and the clients who wait for an answer.
#include "db/sqlquery.h"
#include "demoserver.h"
#include "inboxfixture.h"
#include "inprocess.h"
#include "mailfixture.h"

#include <QThread>

using namespace parley;
using namespace parley::test;

namespace {

// What the views must hold, read through the matters, conversations and history the user
// sees: every text, file and status message of an open client conversation, by side.
struct Expected
{
    QSet<qint64> fromClients;
    QSet<qint64> fromStaff;
};

Expected expectedRows(HttpClient &client)
{
    Expected expected;
    for (const QJsonValue &matter :
        client.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray()) {
        QSet<qint64> parties;
        for (const QJsonValue &party : matter[QStringLiteral("parties")].toArray())
            parties.insert(party[QStringLiteral("user_id")].toInteger());
        const QJsonArray conversations
            = client
                  .get(QStringLiteral("/api/v1/matters/%1/conversations")
                           .arg(matter[QStringLiteral("id")].toInteger()))
                  .json[QStringLiteral("conversations")]
                  .toArray();
        for (const QJsonValue &conversation : conversations) {
            if (conversation[QStringLiteral("kind")].toString() != QLatin1String("external")
                || !conversation[QStringLiteral("closed_at")].isNull())
                continue;
            const HttpReply history
                = client.get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200")
                                 .arg(conversation[QStringLiteral("id")].toInteger()));
            REQUIRE(history.status == 200);
            REQUIRE_FALSE(history.json.contains(QLatin1String("prev")));
            for (const QJsonValue &message : history.json[QStringLiteral("messages")].toArray()) {
                if (message[QStringLiteral("kind")].toString() == QLatin1String("event")
                    || message[QStringLiteral("deleted")].toBool())
                    continue;
                const qint64 id = message[QStringLiteral("id")].toInteger();
                if (parties.contains(message[QStringLiteral("sender_id")].toInteger()))
                    expected.fromClients.insert(id);
                else
                    expected.fromStaff.insert(id);
            }
        }
    }
    return expected;
}

QSet<qint64> idSet(const QJsonArray &items)
{
    const QList<qint64> ids = messageIdsOf(items);
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

// The rows of a full list that a search for text must find (the oracle of q).
QSet<qint64> matching(const QJsonArray &items, const QString &text)
{
    QSet<qint64> found;
    for (const QJsonValue &item : items) {
        for (const QString &field :
            { item[QStringLiteral("message")][QStringLiteral("body")].toString(),
                item[QStringLiteral("sender_name")].toString(),
                item[QStringLiteral("matter_number")].toString(),
                item[QStringLiteral("matter_title")].toString(),
                item[QStringLiteral("conversation_title")].toString() }) {
            if (field.contains(text, Qt::CaseInsensitive))
                found.insert(messageIdOf(item));
        }
    }
    return found;
}

qint64 createdMs(const QJsonValue &item)
{
    return QDateTime::fromString(
        item[QStringLiteral("message")][QStringLiteral("created_at")].toString(), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("The inbox holds clients' messages and Sent the firm's, of the client conversations "
          "the user may see; filters and pages")
{
    SignedInStaff staff;
    DemoServer &server = staff.server;
    HttpClient &lawyer = staff.lawyer;
    HttpClient &partner = staff.partner;

    // What the views leave out: an event (a new client conversation's participant_added), a
    // deleted message, an internal thread's message.
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0102"));
    const qint64 fresh = startConversation(lawyer, matter, clientOf(lawyer, matter).first, false);
    const qint64 doomed = post(lawyer, fresh, QStringLiteral("Sent by mistake"));
    REQUIRE(
        lawyer.send("DELETE", QStringLiteral("/api/v1/messages/%1").arg(doomed), {}).status == 200);
    const qint64 note = post(lawyer,
        conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("internal")),
        QStringLiteral("Internal note"));

    for (HttpClient *who : { &lawyer, &partner }) {
        const Expected expected = expectedRows(*who);
        REQUIRE_FALSE(expected.fromClients.isEmpty());
        const HttpReply inbox = who->get(QStringLiteral("/api/v1/inbox?limit=500"));
        REQUIRE(inbox.status == 200);
        const QJsonArray items = inbox.json[QStringLiteral("items")].toArray();
        CHECK(idSet(items) == expected.fromClients);
        CHECK(inbox.json[QStringLiteral("total")].toInteger() == items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            CHECK(items[i][QStringLiteral("from_client")].toBool());
            CHECK_FALSE(items[i][QStringLiteral("matter_number")].toString().isEmpty());
            CHECK_FALSE(items[i][QStringLiteral("trashed")].toBool());
            if (i > 0) // newest first
                CHECK(createdMs(items[i - 1]) >= createdMs(items[i]));
        }
        const QJsonArray sent = inboxItems(*who, QStringLiteral("view=sent&limit=500"));
        CHECK(idSet(sent) == expected.fromStaff);
        CHECK_FALSE(idSet(sent).contains(doomed));
        CHECK_FALSE(idSet(sent).contains(note));
        for (const QJsonValue &item : sent)
            CHECK_FALSE(item[QStringLiteral("from_client")].toBool());
        CHECK(inboxItems(*who, QStringLiteral("view=trash")).isEmpty());
    }
    // The restricted matter's clients reach the partner's inbox, not the lawyer's.
    const auto numbers = [](const QJsonArray &items) {
        QSet<QString> seen;
        for (const QJsonValue &item : items)
            seen.insert(item[QStringLiteral("matter_number")].toString());
        return seen;
    };
    CHECK(numbers(inboxItems(partner, QStringLiteral("limit=500"))).contains(RestrictedNumber));
    CHECK_FALSE(
        numbers(inboxItems(lawyer, QStringLiteral("limit=500"))).contains(RestrictedNumber));
    const HttpReply hidden = lawyer.get(
        QStringLiteral("/api/v1/inbox?matter_id=%1").arg(matterId(partner, RestrictedNumber)));
    CHECK(hidden.status == 404);
    CHECK(hidden.raw == lawyer.get(QStringLiteral("/api/v1/inbox?matter_id=987654321")).raw);

    // Pages of the same order, and the total of the whole query.
    const QJsonArray all = inboxItems(lawyer, QStringLiteral("limit=500"));
    REQUIRE(all.size() > 10);
    const HttpReply first = lawyer.get(QStringLiteral("/api/v1/inbox?limit=5"));
    const HttpReply second = lawyer.get(QStringLiteral("/api/v1/inbox?limit=5&offset=5"));
    CHECK(first.json[QStringLiteral("total")].toInteger() == all.size());
    CHECK(second.json[QStringLiteral("total")].toInteger() == all.size());
    CHECK(messageIdsOf(first.json[QStringLiteral("items")].toArray())
            + messageIdsOf(second.json[QStringLiteral("items")].toArray())
        == messageIdsOf(all).mid(0, 10));
    CHECK(inboxItems(lawyer, QStringLiteral("offset=100000")).isEmpty());

    // Filters, each against the full list.
    const qint64 gonzalez = matterId(lawyer, QStringLiteral("2026-0101"));
    QSet<qint64> ofMatter;
    for (const QJsonValue &item : all) {
        if (item[QStringLiteral("matter_id")].toInteger() == gonzalez)
            ofMatter.insert(messageIdOf(item));
    }
    REQUIRE_FALSE(ofMatter.isEmpty());
    CHECK(idSet(inboxItems(lawyer, QStringLiteral("matter_id=%1").arg(gonzalez))) == ofMatter);
    // Maria Gonzalez is a client of that matter only.
    CHECK(idSet(inboxItems(
              lawyer, QStringLiteral("client_id=%1").arg(clientOf(lawyer, gonzalez).first)))
        == ofMatter);
    for (const QString &text :
        { QStringLiteral("SCAN THE LETTERS"), QStringLiteral("maria"), QStringLiteral("2026-0104"),
            QStringLiteral("harbor logistics"), QStringLiteral("100%"), QStringLiteral("_") }) {
        INFO(text.toStdString());
        CHECK(idSet(inboxItems(lawyer,
                  QStringLiteral("limit=500&q=")
                      + QString::fromLatin1(QUrl::toPercentEncoding(text))))
            == matching(all, text));
    }
    CHECK_FALSE(matching(all, QStringLiteral("SCAN THE LETTERS")).isEmpty());

    // Bad queries.
    for (const QString &query :
        { QStringLiteral("view=archive"), QStringLiteral("limit=0"), QStringLiteral("limit=501"),
            QStringLiteral("offset=-1"), QStringLiteral("sort=oldest"),
            QStringLiteral("assigned=you"), QStringLiteral("unread=2"),
            QStringLiteral("matter_id=abc"), QStringLiteral("q=") + QString(201, u'x') }) {
        INFO(query.toStdString());
        const HttpReply bad = lawyer.get(QStringLiteral("/api/v1/inbox?") + query);
        CHECK(bad.status == 400);
        CHECK(bad.errorCode() == QStringLiteral("invalid_field"));
    }
    HttpClient anonymous(server.process.url());
    CHECK(anonymous.get(QStringLiteral("/api/v1/inbox")).status == 401);
}

TEST_CASE("Unread is each user's own: receipts read, inbox marks win when newer and never make "
          "receipts, reading a conversation takes the marks back")
{
    SignedInStaff staff;
    DemoServer &server = staff.server;
    HttpClient &lawyer = staff.lawyer;
    HttpClient &paralegal = staff.paralegal;
    InProcess db(server.process);
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0103"));
    const qint64 client = clientOf(lawyer, matter).first;
    const qint64 conversation = startConversation(lawyer, matter, client, false);
    const qint64 welcome = post(lawyer, conversation, QStringLiteral("Welcome"));
    const server::Principal aisha = db.principal(client);
    const qint64 first = db.send(aisha, conversation, QStringLiteral("First question"));
    const qint64 second = db.send(aisha, conversation, QStringLiteral("Second question"));

    const auto unread = [matter](HttpClient &who, qint64 message, const QString &view) {
        const QJsonObject item = itemOf(
            inboxItems(who, QStringLiteral("view=%1&matter_id=%2").arg(view).arg(matter)), message);
        REQUIRE_FALSE(item.isEmpty());
        return item[QStringLiteral("unread")].toBool();
    };
    // The unread=1 filter, on this conversation's rows.
    const auto unreadOnly = [matter, conversation](HttpClient &who) {
        QSet<qint64> ids;
        for (const QJsonValue &item :
            inboxItems(who, QStringLiteral("unread=1&matter_id=%1").arg(matter))) {
            if (item[QStringLiteral("message")][QStringLiteral("conversation_id")].toInteger()
                == conversation)
                ids.insert(messageIdOf(item));
        }
        return ids;
    };
    const QString inbox = QStringLiteral("inbox");
    CHECK(unread(lawyer, first, inbox));
    CHECK(unread(lawyer, second, inbox));
    CHECK(unread(paralegal, first, inbox));
    // Never one's own message; a colleague's until read.
    CHECK_FALSE(unread(lawyer, welcome, QStringLiteral("sent")));
    CHECK(unread(paralegal, welcome, QStringLiteral("sent")));

    // The lawyer reads up to the first (receipts): read for the lawyer, not the paralegal.
    const QString readPath = QStringLiteral("/api/v1/conversations/%1/read").arg(conversation);
    REQUIRE(lawyer.post(readPath, { { QStringLiteral("message_id"), first } }).status == 200);
    CHECK_FALSE(unread(lawyer, first, inbox));
    CHECK(unread(lawyer, second, inbox));
    CHECK(unread(paralegal, first, inbox));

    // Marks: the first back to unread, the second read; no receipt, so nothing the client
    // could see as "read".
    const qint64 since
        = lawyer.get(QStringLiteral("/api/v1/sync")).json[QStringLiteral("next")].toInteger();
    const HttpReply marked = inboxAction(lawyer, QStringLiteral("unread"), { first });
    REQUIRE(marked.status == 200);
    CHECK(marked.json[QStringLiteral("items")][0][QStringLiteral("unread")].toBool());
    REQUIRE(inboxAction(lawyer, QStringLiteral("read"), { second }).status == 200);
    CHECK(unread(lawyer, first, inbox));
    CHECK_FALSE(unread(lawyer, second, inbox));
    CHECK(unread(paralegal, second, inbox));
    CHECK(unreadOnly(lawyer) == QSet<qint64> { first });
    CHECK(lawyer.get(QStringLiteral("/api/v1/sync?since=%1").arg(since))
              .json[QStringLiteral("changes")]
              .toArray()
              .isEmpty());
    server::SqlQuery receipts(db.context.db(),
        QStringLiteral("SELECT COUNT(*) FROM receipts WHERE message_id = ? AND user_id = ?"));
    receipts.bind(second).bind(userIdOf(lawyer));
    REQUIRE(receipts.exec());
    REQUIRE(receipts.next());
    CHECK(receipts.integer(0) == 0);

    // Reading the conversation to the end: a receipt for the second, and the first's unread
    // mark taken back.
    REQUIRE(lawyer.post(readPath, { { QStringLiteral("message_id"), second } }).status == 200);
    CHECK_FALSE(unread(lawyer, first, inbox));
    CHECK_FALSE(unread(lawyer, second, inbox));
    CHECK(unreadOnly(lawyer).isEmpty());
    CHECK(unreadOnly(paralegal) == QSet<qint64> { first, second });
}

TEST_CASE("Bulk actions change exactly the chosen rows of the one user; trash is per user")
{
    SignedInStaff staff;
    HttpClient &lawyer = staff.lawyer;
    HttpClient &paralegal = staff.paralegal;
    const qint64 lawyerId = userIdOf(lawyer);

    QMap<qint64, QJsonObject> rows = everyRow(lawyer);
    const QMap<qint64, QJsonObject> colleague = everyRow(paralegal);
    const QJsonArray inbox = inboxItems(lawyer, QStringLiteral("limit=500"));
    REQUIRE(inbox.size() > 10);
    qint64 fromColleague = 0; // a sent message the lawyer did not write, so it can be unread
    for (const QJsonValue &item : inboxItems(lawyer, QStringLiteral("view=sent&limit=500"))) {
        if (item[QStringLiteral("message")][QStringLiteral("sender_id")].toInteger() != lawyerId)
            fromColleague = messageIdOf(item);
    }
    REQUIRE(fromColleague != 0);
    const QList<qint64> chosen { messageIdOf(inbox[9]), fromColleague, messageIdOf(inbox[0]),
        messageIdOf(inbox[4]) };
    const QList<qint64> asked = chosen + QList<qint64> { chosen.first() }; // a repeat is fine

    const QList<std::pair<QString, std::function<void(QJsonObject &)>>> steps {
        { QStringLiteral("todo"),
            [](QJsonObject &row) { row[QStringLiteral("todo")] = QStringLiteral("todo"); } },
        { QStringLiteral("done"),
            [](QJsonObject &row) { row[QStringLiteral("todo")] = QStringLiteral("done"); } },
        { QStringLiteral("clear_todo"),
            [](QJsonObject &row) { row[QStringLiteral("todo")] = QJsonValue(); } },
        { QStringLiteral("read"), [](QJsonObject &row) { row[QStringLiteral("unread")] = false; } },
        { QStringLiteral("unread"),
            [](QJsonObject &row) { row[QStringLiteral("unread")] = true; } },
        { QStringLiteral("trash"),
            [](QJsonObject &row) {
                row[QStringLiteral("trashed")] = true;
                row[QStringLiteral("view")] = QStringLiteral("trash");
            } },
        { QStringLiteral("restore"),
            [](QJsonObject &row) {
                row[QStringLiteral("trashed")] = false;
                row[QStringLiteral("view")] = row[QStringLiteral("from_client")].toBool()
                    ? QStringLiteral("inbox")
                    : QStringLiteral("sent");
            } },
    };
    for (const auto &[action, change] : steps) {
        INFO("action " << action.toStdString());
        const HttpReply reply = inboxAction(lawyer, action, asked);
        INFO(reply.raw.toStdString());
        REQUIRE(reply.status == 200);
        // The answer: the rows as they are now, in the order asked.
        CHECK(messageIdsOf(reply.json[QStringLiteral("items")].toArray()) == asked);
        QMap<qint64, QJsonObject> expected = rows;
        for (qint64 id : chosen)
            change(expected[id]);
        const QMap<qint64, QJsonObject> now = everyRow(lawyer);
        CHECK(now.keys() == expected.keys());
        for (auto row = expected.cbegin(); row != expected.cend(); ++row) {
            INFO("message " << row.key());
            CHECK(now.value(row.key()) == row.value());
        }
        // Nobody else's rows move: the paralegal still has in the inbox what the lawyer trashed.
        CHECK(everyRow(paralegal) == colleague);
        rows = now;
    }
}

TEST_CASE("An action with an empty, too long, unknown or hidden list changes nothing; the inbox "
          "is not for clients")
{
    SignedInStaff staff;
    DemoServer &server = staff.server;
    HttpClient &lawyer = staff.lawyer;
    HttpClient &partner = staff.partner;
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0102"));
    const qint64 client = clientOf(lawyer, matter).first;
    const qint64 fresh = startConversation(lawyer, matter, client, false);
    const qint64 doomed = post(lawyer, fresh, QStringLiteral("Withdrawn"));
    REQUIRE(
        lawyer.send("DELETE", QStringLiteral("/api/v1/messages/%1").arg(doomed), {}).status == 200);
    qint64 event = 0;
    for (const QJsonValue &message :
        lawyer.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(fresh))
            .json[QStringLiteral("messages")]
            .toArray()) {
        if (message[QStringLiteral("kind")].toString() == QLatin1String("event"))
            event = message[QStringLiteral("id")].toInteger();
    }
    REQUIRE(event != 0);
    const qint64 internal = post(lawyer,
        conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("internal")),
        QStringLiteral("Internal"));
    const qint64 hidden
        = post(partner, conversationOf(partner, RestrictedNumber, QStringLiteral("external")),
            QStringLiteral("Falcon terms"));
    const QJsonArray inbox = inboxItems(lawyer);
    REQUIRE(inbox.size() > 2);
    const QList<qint64> valid { messageIdOf(inbox[0]), messageIdOf(inbox[1]) };

    const QMap<qint64, QJsonObject> before = everyRow(lawyer);
    const QMap<qint64, QJsonObject> partnerBefore = everyRow(partner);
    const HttpReply tooMany = inboxAction(lawyer, QStringLiteral("trash"),
        valid + QList<qint64>(499, valid.first())); // 501, however repeated
    CHECK(tooMany.status == 422);
    CHECK(tooMany.errorCode() == QStringLiteral("too_many_items"));
    CHECK(tooMany.json[QStringLiteral("error")][QStringLiteral("field")].toString()
        == QStringLiteral("message_ids"));
    CHECK(tooMany.json[QStringLiteral("error")][QStringLiteral("limit")].toInteger() == 500);
    const HttpReply empty = inboxAction(lawyer, QStringLiteral("trash"), {});
    CHECK(empty.status == 400);
    CHECK(empty.errorCode() == QStringLiteral("invalid_field"));
    CHECK(empty.json[QStringLiteral("error")][QStringLiteral("field")].toString()
        == QStringLiteral("message_ids"));
    const HttpReply unknown
        = inboxAction(lawyer, QStringLiteral("trash"), valid + QList<qint64> { 987654321 });
    CHECK(unknown.status == 404);
    for (qint64 other : { hidden, event, internal, doomed }) {
        INFO("message " << other);
        const HttpReply refused
            = inboxAction(lawyer, QStringLiteral("trash"), valid + QList<qint64> { other });
        CHECK(refused.status == 404);
        CHECK(refused.raw == unknown.raw); // a hidden message reads like a missing one
    }
    CHECK(inboxAction(lawyer, QStringLiteral("archive"), valid).status == 400);
    CHECK(inboxAction(lawyer, QStringLiteral("assign"), valid, QJsonValue(client)).status == 400);
    CHECK(everyRow(lawyer) == before);
    CHECK(everyRow(partner) == partnerBefore);
    for (const QJsonValue &item : inboxItems(lawyer))
        CHECK(item[QStringLiteral("assignee_id")].isNull());

    // Clients never reach the inbox, assignment or tasks: not even through the services.
    InProcess db(server.process);
    const server::Principal maria = db.principal(client);
    auto list = db.context.inbox().list(maria, server::InboxFilter {});
    REQUIRE_FALSE(list);
    CHECK(list.error().is(protocol::ErrorCode::NotFound));
    auto acted = db.context.inbox().apply(
        maria, protocol::InboxAction { QStringLiteral("trash"), { doomed }, std::nullopt });
    REQUIRE_FALSE(acted);
    CHECK(acted.error().is(protocol::ErrorCode::NotFound));
    auto assigned = db.context.assignment().assign(maria, fresh, std::nullopt);
    REQUIRE_FALSE(assigned);
    CHECK(assigned.error().is(protocol::ErrorCode::NotFound));
    protocol::TaskInput task;
    task.name = QStringLiteral("Call me");
    task.messageId = doomed;
    auto created = db.context.tasks().create(maria, task);
    REQUIRE_FALSE(created);
    CHECK(created.error().is(protocol::ErrorCode::NotFound));
    auto tasks = db.context.tasks().list(maria, server::TaskQuery { matter, false, true });
    REQUIRE_FALSE(tasks);
    CHECK(tasks.error().is(protocol::ErrorCode::NotFound));
    // Over HTTP a client has no bearer token: the staff API answers 401 first.
    HttpClient anonymous(server.process.url());
    CHECK(inboxAction(anonymous, QStringLiteral("trash"), valid).status == 401);
}

TEST_CASE("Waiting: one row per conversation whose client waits, longest first; the firm's "
          "answer ends the wait")
{
    SignedInStaff staff;
    DemoServer &server = staff.server;
    HttpClient &lawyer = staff.lawyer;
    InProcess db(server.process);
    const qint64 karimi = matterId(lawyer, QStringLiteral("2026-0103"));
    const qint64 novak = matterId(lawyer, QStringLiteral("2026-0105"));
    const qint64 aisha = clientOf(lawyer, karimi).first;
    const qint64 daniel = clientOf(lawyer, novak).first;
    const qint64 a = startConversation(lawyer, karimi, aisha, false);
    const qint64 b = startConversation(lawyer, novak, daniel, false);
    post(lawyer, a, QStringLiteral("Hello Aisha"));
    post(lawyer, b, QStringLiteral("Hello Daniel"));
    const auto rowsOf = [](const QJsonArray &items, qint64 conversation) {
        QJsonArray found;
        for (const QJsonValue &item : items) {
            if (item[QStringLiteral("message")][QStringLiteral("conversation_id")].toInteger()
                == conversation)
                found.append(item);
        }
        return found;
    };
    CHECK(rowsOf(inboxItems(lawyer, QStringLiteral("view=waiting")), a).isEmpty());

    const qint64 a1 = db.send(db.principal(aisha), a, QStringLiteral("A question"));
    QThread::msleep(20);
    const qint64 b1 = db.send(db.principal(daniel), b, QStringLiteral("B question"));
    QThread::msleep(20);
    const qint64 a2 = db.send(db.principal(aisha), a, QStringLiteral("A again"));

    const QJsonArray waiting = inboxItems(lawyer, QStringLiteral("view=waiting&limit=500"));
    const QJsonArray ofA = rowsOf(waiting, a);
    const QJsonArray ofB = rowsOf(waiting, b);
    REQUIRE(ofA.size() == 1);
    REQUIRE(ofB.size() == 1);
    CHECK(messageIdOf(ofA[0]) == a2); // the latest client message stands for the conversation
    CHECK(messageIdOf(ofB[0]) == b1);
    const QJsonArray inbox = inboxItems(lawyer, QStringLiteral("limit=500"));
    const QJsonObject first = itemOf(inbox, a1);
    CHECK(ofA[0][QStringLiteral("waiting_since")]
        == first[QStringLiteral("message")][QStringLiteral("created_at")]);
    CHECK(first[QStringLiteral("waiting_since")] == ofA[0][QStringLiteral("waiting_since")]);
    CHECK(ofB[0][QStringLiteral("waiting_since")]
        == itemOf(inbox, b1)[QStringLiteral("message")][QStringLiteral("created_at")]);
    CHECK(messageIdsOf(waiting).indexOf(a2) < messageIdsOf(waiting).indexOf(b1)); // longest first
    QSet<qint64> conversations;
    QString previous;
    for (const QJsonValue &item : waiting) {
        const QString since = item[QStringLiteral("waiting_since")].toString();
        CHECK_FALSE(since.isEmpty());
        CHECK(since >= previous);
        previous = since;
        const qint64 conversation
            = item[QStringLiteral("message")][QStringLiteral("conversation_id")].toInteger();
        CHECK_FALSE(conversations.contains(conversation));
        conversations.insert(conversation);
    }
    // sort=waiting in the inbox: waiting conversations first, longest first, then the rest.
    const QJsonArray sorted = inboxItems(lawyer, QStringLiteral("sort=waiting&limit=500"));
    bool waitingPart = true;
    previous.clear();
    for (const QJsonValue &item : sorted) {
        const QString since = item[QStringLiteral("waiting_since")].toString();
        if (since.isEmpty()) {
            waitingPart = false;
            continue;
        }
        CHECK(waitingPart);
        CHECK(since >= previous);
        previous = since;
    }
    CHECK(messageIdsOf(sorted).indexOf(a1) < messageIdsOf(sorted).indexOf(b1));

    // The firm answers A: A waits no more, B still does.
    post(lawyer, a, QStringLiteral("Here is the answer"));
    const QJsonArray after = inboxItems(lawyer, QStringLiteral("view=waiting&limit=500"));
    CHECK(rowsOf(after, a).isEmpty());
    CHECK(rowsOf(after, b).size() == 1);
    CHECK(
        itemOf(inboxItems(lawyer, QStringLiteral("limit=500")), a1)[QStringLiteral("waiting_since")]
            .isNull());
}
