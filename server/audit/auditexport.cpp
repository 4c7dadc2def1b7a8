// Building the record of communication.
#include "auditexport.h"

#include "auditlog.h"
#include "auditverifier.h"
#include "common/errors.h"
#include "db/transaction.h"
#include "protocol/wiretime.h"
#include "store/conversationstore.h"
#include "store/matterstore.h"
#include "store/recordstore.h"

#include <QJsonArray>
#include <QMultiHash>
#include <QTimeZone>
#include <algorithm>

namespace parley::server {

namespace {

QString timeText(qint64 ms)
{
    return protocol::toWireTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

QString nameOf(const QHash<qint64, RecordPerson> &people, const QJsonValue &id)
{
    if (id.isNull() || id.isUndefined())
        return QStringLiteral("(the server)");
    const auto found = people.constFind(id.toInteger());
    return found == people.cend() ? QStringLiteral("(user %1)").arg(id.toInteger()) : found->name;
}

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

AuditExport::AuditExport(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<QJsonObject> AuditExport::record(qint64 matterId, const QDateTime &now)
{
    // One consistent view, even while the server goes on writing.
    Transaction snapshot(m_db, Transaction::Mode::Read);
    if (auto begun = snapshot.status(); !begun)
        return begun.error();
    MatterStore matters(m_db);
    auto matterRecord = matters.find(matterId);
    if (!matterRecord)
        return matterRecord.error();
    if (!matterRecord.value())
        return notFound(QStringLiteral("The matter"));
    auto matter = matters.load(matterId);
    if (!matter)
        return matter.error();
    RecordStore rows(m_db);
    auto people = rows.people(matterRecord.value()->firmId);
    if (!people)
        return people.error();
    auto messages = rows.messages(matterId);
    if (!messages)
        return messages.error();
    auto files = rows.files(matterId);
    if (!files)
        return files.error();
    auto receipts = rows.receipts(matterId);
    if (!receipts)
        return receipts.error();
    auto deliveries = rows.deliveries(matterId);
    if (!deliveries)
        return deliveries.error();
    auto versions = rows.versionNumbers(matterId);
    if (!versions)
        return versions.error();
    ConversationStore conversationStore(m_db);
    auto conversations = conversationStore.listForMatter(matterId);
    if (!conversations)
        return conversations.error();

    const QString chain = AuditLog::chainOf(matterRecord.value()->firmId, matterId);
    auto entries = AuditLog(m_db).entries(chain);
    if (!entries)
        return entries.error();
    // Whether a client's read had the security code entered, where the conversation asked for
    // one (recorded with the read; reads from before that was recorded say nothing).
    QHash<QPair<qint64, qint64>, bool> readMfa;
    for (const AuditRecord &entry : entries.value()) {
        const QJsonValue mfa = entry.entry.detail.value(QLatin1String("mfa"));
        if (entry.entry.action == QLatin1String(AuditAction::MessageRead) && entry.entry.messageId
            && entry.entry.actorId && mfa.isBool())
            readMfa.insert({ *entry.entry.messageId, *entry.entry.actorId }, mfa.toBool());
    }

    QMultiHash<qint64, QJsonObject> filesOf;
    for (const RecordFile &file : files.value()) {
        filesOf.insert(file.messageId,
            QJsonObject { { QStringLiteral("name"), file.name },
                { QStringLiteral("mode"), file.mode }, { QStringLiteral("version"), file.version },
                { QStringLiteral("size"), file.size }, { QStringLiteral("sha256"), file.sha256 } });
    }
    QMultiHash<qint64, QJsonObject> readsOf;
    for (const RecordReceipt &receipt : receipts.value()) {
        QJsonObject read { { QStringLiteral("user_id"), receipt.userId },
            { QStringLiteral("name"), people->value(receipt.userId).name },
            { QStringLiteral("at"), timeText(receipt.readAtMs) } };
        if (const auto mfa = readMfa.constFind({ receipt.messageId, receipt.userId });
            mfa != readMfa.cend())
            read.insert(QStringLiteral("mfa_satisfied"), *mfa);
        readsOf.insert(receipt.messageId, read);
    }
    // A text is about one message; an unread reminder lists the firm's messages of a range
    // (deleted ones left out), so only those are credited with it.
    QMultiHash<qint64, const RecordDelivery *> textsOf; // by message
    QMultiHash<qint64, const RecordDelivery *> remindersIn; // by conversation
    for (const RecordDelivery &delivery : deliveries.value()) {
        if (delivery.channel == QLatin1String("sms"))
            textsOf.insert(delivery.firstMessageId, &delivery);
        else
            remindersIn.insert(delivery.conversationId, &delivery);
    }
    const auto deliveredOf = [&](const RecordMessage &message) {
        QList<const RecordDelivery *> notices = textsOf.values(message.id);
        if (!message.deleted && people->value(message.senderId).kind == QLatin1String("staff")) {
            for (const RecordDelivery *reminder : remindersIn.values(message.conversationId)) {
                if (message.id >= reminder->firstMessageId && message.id <= reminder->lastMessageId)
                    notices.append(reminder);
            }
        }
        std::sort(notices.begin(), notices.end(),
            [](const RecordDelivery *a, const RecordDelivery *b) { return a->id < b->id; });
        QJsonArray delivered;
        for (const RecordDelivery *notice : std::as_const(notices)) {
            delivered.append(QJsonObject { { QStringLiteral("user_id"), notice->userId },
                { QStringLiteral("name"), people->value(notice->userId).name },
                { QStringLiteral("channel"), notice->channel },
                { QStringLiteral("to"), notice->recipient },
                { QStringLiteral("state"), notice->state },
                { QStringLiteral("queued_at"), timeText(notice->queuedAtMs) },
                { QStringLiteral("sent_at"),
                    notice->sentAtMs ? QJsonValue(timeText(*notice->sentAtMs)) : QJsonValue() } });
        }
        return delivered;
    };
    QMultiHash<qint64, QJsonObject> messagesOf;
    for (const RecordMessage &message : messages.value()) {
        QJsonArray attached;
        for (const QJsonObject &file : filesOf.values(message.id))
            attached.prepend(file); // values() gives the newest first
        QJsonArray reads;
        for (const QJsonObject &read : readsOf.values(message.id))
            reads.prepend(read);
        messagesOf.insert(message.conversationId,
            QJsonObject { { QStringLiteral("id"), message.id },
                { QStringLiteral("at"), timeText(message.atMs) },
                { QStringLiteral("sender_id"), message.senderId },
                { QStringLiteral("sender"), people->value(message.senderId).name },
                { QStringLiteral("kind"), message.kind },
                { QStringLiteral("channel"), message.channel },
                { QStringLiteral("body"), message.body },
                { QStringLiteral("deleted"), message.deleted },
                { QStringLiteral("files"), attached },
                { QStringLiteral("delivered"), deliveredOf(message) },
                { QStringLiteral("read_by"), reads } });
    }
    QJsonArray conversationList;
    for (const ConversationRecord &record : conversations.value()) {
        auto conversation = conversationStore.load(record.id);
        if (!conversation)
            return conversation.error();
        QJsonArray members;
        for (const protocol::Member &member : conversation->members)
            members.append(member.toJson());
        QJsonArray list;
        const QList<QJsonObject> inConversation = messagesOf.values(record.id);
        for (auto it = inConversation.crbegin(); it != inConversation.crend(); ++it)
            list.append(*it);
        conversationList.append(QJsonObject { { QStringLiteral("id"), record.id },
            { QStringLiteral("kind"), conversation->kind },
            { QStringLiteral("title"), conversation->title },
            { QStringLiteral("require_mfa"), conversation->requireMfa },
            { QStringLiteral("sms"), conversation->sms }, { QStringLiteral("members"), members },
            { QStringLiteral("messages"), list } });
    }

    QJsonArray audit;
    for (const AuditRecord &entry : entries.value()) {
        QJsonObject row { { QStringLiteral("seq"), entry.seq },
            { QStringLiteral("at"), timeText(entry.atMs) },
            { QStringLiteral("action"), entry.entry.action },
            { QStringLiteral("actor_id"), optionalJson(entry.entry.actorId) },
            { QStringLiteral("actor"), nameOf(people.value(), optionalJson(entry.entry.actorId)) },
            { QStringLiteral("conversation_id"), optionalJson(entry.entry.conversationId) },
            { QStringLiteral("message_id"), optionalJson(entry.entry.messageId) },
            { QStringLiteral("document_id"), optionalJson(entry.entry.documentId) },
            { QStringLiteral("detail"), entry.entry.detail },
            { QStringLiteral("hash"), entry.hash } };
        if (entry.entry.version)
            row.insert(QStringLiteral("version"), versions->value(*entry.entry.version));
        if (entry.entry.detail.contains(QLatin1String("subject_id")))
            row.insert(QStringLiteral("subject"),
                nameOf(people.value(), entry.entry.detail.value(QLatin1String("subject_id"))));
        // An assignment names whom to; unassigning, nobody.
        if (entry.entry.action == QLatin1String(AuditAction::ConversationAssigned)) {
            const QJsonValue assignee = entry.entry.detail.value(QLatin1String("assignee_id"));
            row.insert(QStringLiteral("subject"),
                assignee.isNull() ? QStringLiteral("to nobody (unassigned)")
                                  : QStringLiteral("to ") + nameOf(people.value(), assignee));
        }
        audit.append(row);
    }
    auto report = AuditVerifier(m_db).verifyOne(chain);
    if (!report)
        return report.error();
    QJsonArray problems;
    for (const AuditProblem &problem : report->problems)
        problems.append(problem.what);

    return QJsonObject {
        { QStringLiteral("generated_at"), protocol::toWireTime(now) },
        { QStringLiteral("matter"),
            QJsonObject { { QStringLiteral("id"), matterId },
                { QStringLiteral("firm_id"), matterRecord.value()->firmId },
                { QStringLiteral("number"), matter->number },
                { QStringLiteral("title"), matter->title },
                { QStringLiteral("status"), matter->status } } },
        { QStringLiteral("chain"),
            QJsonObject { { QStringLiteral("name"), chain },
                { QStringLiteral("entries"), qint64(entries->size()) },
                { QStringLiteral("intact"), report->intact() },
                { QStringLiteral("head_hash"),
                    entries->isEmpty() ? AuditLog::genesisHash() : entries->last().hash },
                { QStringLiteral("problems"), problems } } },
        { QStringLiteral("conversations"), conversationList },
        { QStringLiteral("audit"), audit },
    };
}

} // namespace parley::server
