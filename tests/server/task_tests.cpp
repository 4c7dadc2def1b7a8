// Tasks against the real server: made from a client's message they keep its link, list per
// matter and as one's own in order, complete and reopen with audit entries; a restricted
// matter's tasks stay hidden and bad input is refused.
#include "demoserver.h"
#include "inboxfixture.h"
#include "mailfixture.h"

using namespace parley::test;

namespace {

const QString TasksPath = QStringLiteral("/api/v1/tasks");

QString taskPath(qint64 task)
{
    return QStringLiteral("/api/v1/tasks/%1").arg(task);
}

qint64 created(HttpClient &client, const QJsonObject &input)
{
    const HttpReply reply = client.post(TasksPath, input);
    INFO(reply.raw.toStdString());
    REQUIRE(reply.status == 201);
    return reply.json[QStringLiteral("id")].toInteger();
}

QList<qint64> taskIds(HttpClient &client, const QString &query)
{
    const HttpReply reply = client.get(TasksPath + QStringLiteral("?") + query);
    INFO(reply.raw.toStdString());
    REQUIRE(reply.status == 200);
    QList<qint64> ids;
    for (const QJsonValue &task : reply.json[QStringLiteral("tasks")].toArray())
        ids.append(task[QStringLiteral("id")].toInteger());
    return ids;
}

void checkRefused(const HttpReply &reply, int status, const QString &code, const QString &field)
{
    INFO(reply.raw.toStdString());
    CHECK(reply.status == status);
    CHECK(reply.errorCode() == code);
    if (!field.isEmpty())
        CHECK(reply.json[QStringLiteral("error")][QStringLiteral("field")].toString() == field);
}

} // namespace

TEST_CASE("A task made from a client's message keeps its link, lists per matter and as the "
          "assignee's own, and completes with audit entries")
{
    SignedInStaff staff;
    HttpClient &lawyer = staff.lawyer;
    HttpClient &paralegal = staff.paralegal;
    const qint64 lawyerId = userIdOf(lawyer);
    const qint64 paralegalId = userIdOf(paralegal);
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
    const QJsonObject item
        = inboxItems(lawyer, QStringLiteral("matter_id=%1").arg(matter))[0].toObject();
    const qint64 message = messageIdOf(item);
    const qint64 conversation
        = item[QStringLiteral("message")][QStringLiteral("conversation_id")].toInteger();

    const HttpReply made = lawyer.post(TasksPath,
        { { QStringLiteral("name"), QStringLiteral("  Send the signed letter to the court  ") },
            { QStringLiteral("message_id"), message },
            { QStringLiteral("list"), QStringLiteral("Discovery") },
            { QStringLiteral("assignee_id"), paralegalId },
            { QStringLiteral("due_date"), QStringLiteral("2026-05-01") } });
    REQUIRE(made.status == 201);
    const qint64 task = made.json[QStringLiteral("id")].toInteger();
    CHECK(made.json[QStringLiteral("name")].toString()
        == QStringLiteral("Send the signed letter to the court"));
    CHECK(made.json[QStringLiteral("message_id")].toInteger() == message);
    CHECK(made.json[QStringLiteral("conversation_id")].toInteger() == conversation);
    CHECK(made.json[QStringLiteral("matter_id")].toInteger() == matter);
    CHECK(made.json[QStringLiteral("matter_number")].toString() == QStringLiteral("2026-0101"));
    CHECK(made.json[QStringLiteral("list")].toString() == QStringLiteral("Discovery"));
    CHECK(made.json[QStringLiteral("assignee_id")].toInteger() == paralegalId);
    CHECK(made.json[QStringLiteral("due_date")].toString() == QStringLiteral("2026-05-01"));
    CHECK(made.json[QStringLiteral("created_by")].toInteger() == lawyerId);
    CHECK(made.json[QStringLiteral("done_at")].isNull());
    // The message's matter given again is fine; another is not.
    CHECK(lawyer
              .post(TasksPath,
                  { { QStringLiteral("name"), QStringLiteral("Same matter") },
                      { QStringLiteral("message_id"), message },
                      { QStringLiteral("matter_id"), matter } })
              .status
        == 201);
    checkRefused(
        lawyer.post(TasksPath,
            { { QStringLiteral("name"), QStringLiteral("Other matter") },
                { QStringLiteral("message_id"), message },
                { QStringLiteral("matter_id"), matterId(lawyer, QStringLiteral("2026-0102")) } }),
        400, QStringLiteral("invalid_field"), QStringLiteral("matter_id"));

    // Order: open first, by due date, none last, then by id; done ones only when asked.
    const qint64 undated = created(lawyer,
        { { QStringLiteral("name"), QStringLiteral("Undated") },
            { QStringLiteral("matter_id"), matter } });
    const qint64 early = created(lawyer,
        { { QStringLiteral("name"), QStringLiteral("Early") },
            { QStringLiteral("matter_id"), matter },
            { QStringLiteral("due_date"), QStringLiteral("2026-04-01") } });
    const qint64 finished = created(lawyer,
        { { QStringLiteral("name"), QStringLiteral("Finished") },
            { QStringLiteral("matter_id"), matter },
            { QStringLiteral("due_date"), QStringLiteral("2026-01-01") } });
    const QList<qint64> open = taskIds(lawyer, QStringLiteral("matter_id=%1").arg(matter));
    REQUIRE(open.size() == 5);
    CHECK(open.indexOf(finished) < open.indexOf(early));
    CHECK(open.indexOf(early) < open.indexOf(task));
    CHECK(open.last() == undated);

    const HttpReply done = lawyer.post(taskPath(finished), { { QStringLiteral("done"), true } });
    REQUIRE(done.status == 200);
    CHECK_FALSE(done.json[QStringLiteral("done_at")].isNull());
    CHECK_FALSE(taskIds(lawyer, QStringLiteral("matter_id=%1").arg(matter)).contains(finished));
    const QList<qint64> all
        = taskIds(lawyer, QStringLiteral("matter_id=%1&include_done=1").arg(matter));
    CHECK(all.size() == 5);
    CHECK(all.last() == finished);

    // My Tasks: the paralegal's, not the lawyer's.
    CHECK(taskIds(paralegal, QStringLiteral("assignee=me")) == QList<qint64> { task });
    CHECK(taskIds(lawyer, QStringLiteral("assignee=me")).isEmpty());
    CHECK(taskIds(paralegal, QStringLiteral("assignee=me&matter_id=%1").arg(matter))
        == QList<qint64> { task });

    // Changing: the fields given only; the link stays.
    const HttpReply changed = paralegal.post(taskPath(task),
        { { QStringLiteral("name"), QStringLiteral("Letter filed") },
            { QStringLiteral("due_date"), QJsonValue() }, { QStringLiteral("done"), true } });
    REQUIRE(changed.status == 200);
    CHECK(changed.json[QStringLiteral("name")].toString() == QStringLiteral("Letter filed"));
    CHECK(changed.json[QStringLiteral("due_date")].isNull());
    CHECK(changed.json[QStringLiteral("list")].toString() == QStringLiteral("Discovery"));
    CHECK(changed.json[QStringLiteral("assignee_id")].toInteger() == paralegalId);
    CHECK(changed.json[QStringLiteral("message_id")].toInteger() == message);
    CHECK(taskIds(paralegal, QStringLiteral("assignee=me")).isEmpty());
    CHECK(
        taskIds(paralegal, QStringLiteral("assignee=me&include_done=1")) == QList<qint64> { task });
    const HttpReply reopened
        = paralegal.post(taskPath(task), { { QStringLiteral("done"), false } });
    CHECK(reopened.json[QStringLiteral("done_at")].isNull());
    CHECK(lawyer.post(taskPath(task), { { QStringLiteral("assignee_id"), QJsonValue() } })
              .json[QStringLiteral("assignee_id")]
              .isNull());

    // The audit trail: each made and each completed, linked to the message it came from.
    const QJsonArray made5 = auditEntries(lawyer, matter, QStringLiteral("task_created"));
    CHECK(made5.size() == 5);
    CHECK(made5[0][QStringLiteral("detail")][QStringLiteral("task_id")].toInteger() == task);
    CHECK(made5[0][QStringLiteral("message_id")].toInteger() == message);
    CHECK(made5[0][QStringLiteral("conversation_id")].toInteger() == conversation);
    const QJsonArray completed = auditEntries(lawyer, matter, QStringLiteral("task_done"));
    REQUIRE(completed.size() == 2);
    CHECK(
        completed[0][QStringLiteral("detail")][QStringLiteral("task_id")].toInteger() == finished);
    CHECK(completed[1][QStringLiteral("actor_id")].toInteger() == paralegalId);
    const QString html = recordHtml(lawyer, matter);
    CHECK(html.contains(QStringLiteral("Created a task")));
    CHECK(html.contains(QStringLiteral("Completed a task")));
    CHECK(html.contains(QStringLiteral("task %1").arg(task)));
    CHECK(html.contains(QStringLiteral("Audit trail intact")));
}

TEST_CASE("A restricted matter's tasks stay hidden, a task without a matter is its creator's and "
          "assignee's, and bad input is refused")
{
    SignedInStaff staff;
    DemoServer &server = staff.server;
    HttpClient &lawyer = staff.lawyer;
    HttpClient &paralegal = staff.paralegal;
    HttpClient &partner = staff.partner;
    const qint64 lawyerId = userIdOf(lawyer);
    const qint64 partnerId = userIdOf(partner);
    const qint64 falcon = matterId(partner, RestrictedNumber);
    const qint64 falconConversation
        = conversationOf(partner, RestrictedNumber, QStringLiteral("external"));
    const qint64 falconMessage = post(partner, falconConversation, QStringLiteral("Falcon terms"));
    const qint64 secret = created(partner,
        { { QStringLiteral("name"), QStringLiteral("Falcon diligence") },
            { QStringLiteral("message_id"), falconMessage },
            { QStringLiteral("assignee_id"), partnerId } });
    CHECK(taskIds(partner, QStringLiteral("matter_id=%1").arg(falcon)) == QList<qint64> { secret });
    CHECK(taskIds(partner, QStringLiteral("assignee=me")) == QList<qint64> { secret });

    // The lawyer: every way in answers like a task or matter that does not exist.
    const HttpReply hiddenMatter
        = lawyer.get(TasksPath + QStringLiteral("?matter_id=%1").arg(falcon));
    CHECK(hiddenMatter.status == 404);
    CHECK(hiddenMatter.raw == lawyer.get(TasksPath + QStringLiteral("?matter_id=987654321")).raw);
    const HttpReply hiddenTask
        = lawyer.post(taskPath(secret), { { QStringLiteral("done"), true } });
    CHECK(hiddenTask.status == 404);
    CHECK(hiddenTask.raw
        == lawyer.post(taskPath(987654321), { { QStringLiteral("done"), true } }).raw);
    CHECK(taskIds(lawyer, QStringLiteral("assignee=me")).isEmpty());
    const QJsonObject name { { QStringLiteral("name"), QStringLiteral("Peek") } };
    QJsonObject onFalcon = name;
    onFalcon.insert(QStringLiteral("matter_id"), falcon);
    checkRefused(lawyer.post(TasksPath, onFalcon), 404, QStringLiteral("not_found"),
        QStringLiteral("matter_id"));
    QJsonObject fromFalcon = name;
    fromFalcon.insert(QStringLiteral("message_id"), falconMessage);
    checkRefused(lawyer.post(TasksPath, fromFalcon), 404, QStringLiteral("not_found"),
        QStringLiteral("message_id"));
    // Nor may the partner give Falcon work to someone who cannot see it.
    QJsonObject toLawyer = onFalcon;
    toLawyer.insert(QStringLiteral("assignee_id"), lawyerId);
    checkRefused(partner.post(TasksPath, toLawyer), 400, QStringLiteral("invalid_field"),
        QStringLiteral("assignee_id"));
    checkRefused(partner.post(taskPath(secret), { { QStringLiteral("assignee_id"), lawyerId } }),
        400, QStringLiteral("invalid_field"), QStringLiteral("assignee_id"));

    // Without a matter: the creator and the assignee, nobody else.
    const qint64 loose = created(lawyer,
        { { QStringLiteral("name"), QStringLiteral("Renew the bar membership") },
            { QStringLiteral("assignee_id"), userIdOf(paralegal) } });
    CHECK(taskIds(paralegal, QStringLiteral("assignee=me")) == QList<qint64> { loose });
    CHECK(
        lawyer.post(taskPath(loose), { { QStringLiteral("list"), QStringLiteral("Admin") } }).status
        == 200);
    CHECK(partner.post(taskPath(loose), { { QStringLiteral("done"), true } }).status == 404);

    // Bad input.
    const qint64 matter = matterId(lawyer, QStringLiteral("2026-0101"));
    const auto withName = [matter](const QJsonValue &value) {
        return QJsonObject { { QStringLiteral("name"), value },
            { QStringLiteral("matter_id"), matter } };
    };
    checkRefused(lawyer.post(TasksPath, withName(QString())), 400, QStringLiteral("invalid_field"),
        QStringLiteral("name"));
    checkRefused(lawyer.post(TasksPath, withName(QStringLiteral("   "))), 400,
        QStringLiteral("invalid_field"), QStringLiteral("name"));
    checkRefused(lawyer.post(TasksPath, withName(QString(201, u'x'))), 400,
        QStringLiteral("invalid_field"), QStringLiteral("name"));
    CHECK(lawyer.post(TasksPath, withName(QString(200, u'x'))).status == 201);
    checkRefused(lawyer.post(TasksPath, withName(42)), 400, QStringLiteral("invalid_field"),
        QStringLiteral("name"));
    checkRefused(lawyer.post(TasksPath, { { QStringLiteral("matter_id"), matter } }), 400,
        QStringLiteral("missing_field"), QStringLiteral("name"));
    for (const QString &day : { QStringLiteral("2026-13-01"), QStringLiteral("tomorrow"),
             QStringLiteral("2026-5-1"), QStringLiteral("2026-02-30") }) {
        QJsonObject dated = withName(QStringLiteral("Dated"));
        dated.insert(QStringLiteral("due_date"), day);
        checkRefused(lawyer.post(TasksPath, dated), 400, QStringLiteral("invalid_field"),
            QStringLiteral("due_date"));
    }
    QJsonObject foreign = name;
    foreign.insert(QStringLiteral("matter_id"), 987654321);
    checkRefused(lawyer.post(TasksPath, foreign), 404, QStringLiteral("not_found"),
        QStringLiteral("matter_id"));
    QJsonObject toClient = withName(QStringLiteral("Ask the client"));
    toClient.insert(QStringLiteral("assignee_id"), clientOf(lawyer, matter).first);
    checkRefused(lawyer.post(TasksPath, toClient), 400, QStringLiteral("invalid_field"),
        QStringLiteral("assignee_id"));
    const qint64 directMessage = post(lawyer,
        lawyer
            .post(QStringLiteral("/api/v1/conversations"),
                { { QStringLiteral("kind"), QStringLiteral("direct") },
                    { QStringLiteral("title"), QStringLiteral("Lunch") },
                    { QStringLiteral("member_ids"), QJsonArray { partnerId } } })
            .json[QStringLiteral("id")]
            .toInteger(),
        QStringLiteral("Lunch?"));
    QJsonObject fromDirect = name;
    fromDirect.insert(QStringLiteral("message_id"), directMessage);
    checkRefused(lawyer.post(TasksPath, fromDirect), 400, QStringLiteral("invalid_field"),
        QStringLiteral("message_id"));
    checkRefused(lawyer.post(taskPath(loose), { { QStringLiteral("matter_id"), matter } }), 400,
        QStringLiteral("invalid_field"), QStringLiteral("matter_id"));
    checkRefused(
        lawyer.get(TasksPath), 400, QStringLiteral("missing_field"), QStringLiteral("matter_id"));
    checkRefused(lawyer.get(TasksPath + QStringLiteral("?assignee=someone")), 400,
        QStringLiteral("invalid_field"), QStringLiteral("assignee"));
    HttpClient anonymous(server.process.url());
    CHECK(anonymous.get(TasksPath + QStringLiteral("?assignee=me")).status == 401);
    CHECK(anonymous.post(TasksPath, withName(QStringLiteral("x"))).status == 401);
}
