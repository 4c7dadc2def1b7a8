// The notification rules.
#include "notifier.h"

#include "common/clock.h"
#include "common/logcategories.h"
#include "db/transaction.h"
#include "mailqueue.h"
#include "protocol/smsrule.h"
#include "store/changelog.h"
#include "store/firmstore.h"

namespace parley::server {

namespace {
constexpr int ChangesPerRead = 500;
const QString ClientUnread = QStringLiteral("client_unread");
const QString StaffBatch = QStringLiteral("staff_batch");
} // namespace

Notifier::Notifier(QSqlDatabase db, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_options(std::move(options))
    , m_templates(m_options.firmName, m_options.publicUrl, m_options.invitationMinutes)
{
    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &Notifier::poll);
}

protocol::Result<void> Notifier::start()
{
    auto firms = FirmStore(m_db).list();
    if (!firms)
        return firms.error();
    NotifyStore store(m_db);
    auto latestMessage = store.latestMessageId();
    if (!latestMessage)
        return latestMessage.error();
    for (const FirmRecord &firm : firms.value()) {
        auto cursor = store.cursor(firm.id);
        if (!cursor)
            return cursor.error();
        if (cursor.value())
            continue;
        auto seq = ChangeLog(m_db).latestSeq(firm.id);
        if (!seq)
            return seq.error();
        if (auto set = store.setCursor(firm.id, { seq.value(), latestMessage.value() }); !set)
            return set;
    }
    m_poll.start();
    poll();
    return {};
}

void Notifier::changesCommitted(qint64 firmId)
{
    auto queued = readChanges(firmId);
    if (!queued)
        qCWarning(lcNotify) << "cannot read the changes for notifications:" << queued.error().code;
    else if (queued.value())
        Q_EMIT mailQueued();
}

void Notifier::poll()
{
    auto firms = FirmStore(m_db).list();
    if (!firms)
        return;
    bool queued = false;
    for (const FirmRecord &firm : firms.value()) {
        auto read = readChanges(firm.id);
        queued = queued || (read && read.value());
    }
    auto sent = sendDue();
    if (!sent)
        qCWarning(lcNotify) << "cannot send due notifications:" << sent.error().code;
    if (queued || (sent && sent.value()))
        Q_EMIT mailQueued();
}

protocol::Result<bool> Notifier::readChanges(qint64 firmId)
{
    // Every commit of every server on the database is heard here, some twice: look without
    // the write lock first whether this firm has anything past the cursor.
    if (auto behind = NotifyStore(m_db).behind(firmId); !behind || !behind.value())
        return behind ? protocol::Result<bool>(false) : protocol::Result<bool>(behind.error());
    bool queued = false;
    for (;;) {
        Transaction transaction(m_db);
        if (auto begun = transaction.status(); !begun)
            return begun.error();
        NotifyStore store(m_db);
        auto cursor = store.cursor(firmId);
        if (!cursor)
            return cursor.error();
        // A firm made after start(): everything of it is new.
        NotifyCursor at = cursor.value().value_or(NotifyCursor {});
        auto changes = ChangeLog(m_db).after(firmId, at.seq, ChangesPerRead);
        if (!changes)
            return changes.error();
        if (changes->isEmpty())
            return queued;
        for (const ChangeRecord &change : changes.value()) {
            at.seq = change.seq;
            if (change.type == QLatin1String("conversation")) {
                if (auto done = conversationChanged(change.entityId, queued); !done)
                    return done.error();
            } else if (change.type == QLatin1String("message") && change.entityId > at.messageId) {
                at.messageId = change.entityId; // later changes to it are not news
                auto message = store.message(change.entityId);
                if (!message)
                    return message.error();
                if (message.value()) {
                    if (auto done = messageAdded(*message.value()); !done)
                        return done.error();
                }
            }
        }
        if (auto set = store.setCursor(firmId, at); !set)
            return set.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
}

protocol::Result<void> Notifier::conversationChanged(qint64 conversationId, bool &queued)
{
    NotifyStore store(m_db);
    auto conversation = store.conversation(conversationId);
    if (!conversation)
        return conversation.error();
    if (!conversation.value() || conversation.value()->kind != QLatin1String("external"))
        return {};
    auto members = store.members(conversationId);
    if (!members)
        return members.error();
    const QDateTime now = m_clock.now();
    for (const Recipient &member : members.value()) {
        if (member.kind != QLatin1String("client"))
            continue;
        // Each client is welcomed once per conversation (when it starts or they join).
        auto invited = store.hasInvitation(member.userId, conversationId);
        if (!invited)
            return invited.error();
        if (invited.value())
            continue;
        auto token = store.createInvitation(member.userId, conversationId, now,
            now.addSecs(qint64(m_options.invitationMinutes) * 60));
        if (!token)
            return token.error();
        auto added = queue(conversation.value()->firmId, QStringLiteral("welcome"),
            QStringLiteral("welcome:%1:%2").arg(conversationId).arg(member.userId), member,
            m_templates.welcome(member, *conversation.value(), token.value()));
        if (!added)
            return added.error();
        queued = queued || added.value();
    }
    return {};
}

protocol::Result<void> Notifier::messageAdded(const MessageFacts &message)
{
    // Of the events, only a client's read is news (for the staff's batch).
    const bool event = message.kind == QLatin1String("event");
    if (event
        && (message.eventType != QLatin1String("read")
            || message.senderKind != QLatin1String("client")))
        return {};
    NotifyStore store(m_db);
    auto conversation = store.conversation(message.conversationId);
    if (!conversation)
        return conversation.error();
    if (!conversation.value() || conversation.value()->kind != QLatin1String("external"))
        return {};
    const ConversationFacts &facts = *conversation.value();
    if (message.senderKind == QLatin1String("staff")) {
        // Each client gets one email for what they have not read in time.
        auto members = store.members(message.conversationId);
        if (!members)
            return members.error();
        const QDateTime due = message.createdAt.addSecs(qint64(m_options.clientUnreadMinutes) * 60);
        for (const Recipient &member : members.value()) {
            if (member.kind != QLatin1String("client"))
                continue;
            if (auto added = store.addPending(
                    facts.firmId, ClientUnread, member.userId, facts.id, message.id, due);
                !added)
                return added;
            if (auto texted = textMessage(facts, member, message); !texted)
                return texted;
        }
        return {};
    }
    if (!facts.matterId)
        return {};
    // A client wrote: the conversation's assignee, else the matter's staff, hear of it in their
    // next batch.
    auto assignee = store.assignee(facts.id);
    if (!assignee)
        return assignee.error();
    auto staff = assignee.value()
        ? protocol::Result<QList<Recipient>>(QList<Recipient> { *assignee.value() })
        : store.matterStaff(*facts.matterId);
    if (!staff)
        return staff.error();
    // The firm's own window, or the server's.
    auto firmWindow = store.staffBatchMinutes(facts.firmId);
    if (!firmWindow)
        return firmWindow.error();
    const int minutes = firmWindow.value().value_or(m_options.staffBatchMinutes);
    const QDateTime due = m_clock.now().addSecs(qint64(minutes) * 60);
    for (const Recipient &member : staff.value()) {
        if (auto added = store.addPending(
                facts.firmId, StaffBatch, member.userId, std::nullopt, message.id, due);
            !added)
            return added;
    }
    return {};
}

protocol::Result<void> Notifier::textMessage(
    const ConversationFacts &facts, const Recipient &client, const MessageFacts &message)
{
    // SMS when the conversation has it on and the client may get it (a domestic mobile and
    // an email); text only, never files, with a portal link to answer with files.
    if (!m_options.sms || !facts.sms || message.kind == QLatin1String("event")
        || protocol::smsEligibility(client.email, client.phone)
            != protocol::SmsEligibility::Allowed)
        return {};
    NotifyStore store(m_db);
    const QDateTime now = m_clock.now();
    auto token = store.createInvitation(
        client.userId, facts.id, now, now.addSecs(qint64(m_options.invitationMinutes) * 60));
    if (!token)
        return token.error();
    MailRow row;
    row.channel = QStringLiteral("sms");
    row.firmId = facts.firmId;
    row.kind = QStringLiteral("sms");
    row.dedupeKey = QStringLiteral("sms:%1:%2").arg(message.id).arg(client.userId);
    row.recipient = client.phone;
    row.about = MailRow::About { client.userId, facts.id, message.id, message.id };
    row.textBody = m_templates.textMessage(facts, message, token.value());
    auto queued = MailQueue(m_db).enqueue(row, now);
    if (!queued)
        return queued.error();
    return {};
}

protocol::Result<bool> Notifier::sendDue()
{
    auto due = NotifyStore(m_db).duePending(m_clock.now());
    if (!due)
        return due.error();
    bool queued = false;
    for (const PendingNotice &notice : due.value()) {
        auto sent = sendNotice(notice);
        if (!sent)
            return sent.error();
        queued = queued || sent.value();
    }
    return queued;
}

protocol::Result<bool> Notifier::sendNotice(const PendingNotice &due)
{
    // The email is queued and the notice removed together: exactly once.
    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    NotifyStore store(m_db);
    // Read again under the write lock: another server on the database may have sent it since,
    // or added messages to it (which this email must then carry).
    auto current = store.pendingFor(due.kind, due.userId, due.conversationId);
    if (!current)
        return current.error();
    if (!current.value() || current.value()->id != due.id)
        return false;
    const PendingNotice &notice = *current.value();
    auto recipient = store.user(notice.userId);
    if (!recipient)
        return recipient.error();
    bool queued = false;
    if (recipient.value() && notice.kind == ClientUnread && notice.conversationId) {
        const qint64 conversationId = *notice.conversationId;
        auto read = store.hasRead(notice.userId, conversationId, notice.lastMessageId);
        if (!read)
            return read.error();
        auto conversation = store.conversation(conversationId);
        if (!conversation)
            return conversation.error();
        auto messages
            = store.firmMessages(conversationId, notice.firstMessageId, notice.lastMessageId);
        if (!messages)
            return messages.error();
        auto member = store.members(conversationId);
        if (!member)
            return member.error();
        const bool stillMember = std::any_of(member->begin(), member->end(),
            [&](const Recipient &m) { return m.userId == notice.userId; });
        // Read in time, removed since, or nothing left to tell: no email.
        if (!read.value() && stillMember && conversation.value() && !messages->isEmpty()) {
            const QDateTime now = m_clock.now();
            auto token = store.createInvitation(notice.userId, conversationId, now,
                now.addSecs(qint64(m_options.invitationMinutes) * 60));
            if (!token)
                return token.error();
            auto added = queue(notice.firmId, ClientUnread,
                QStringLiteral("client_unread:%1:%2:%3")
                    .arg(notice.userId)
                    .arg(conversationId)
                    .arg(notice.lastMessageId),
                *recipient.value(),
                m_templates.clientUnread(
                    *recipient.value(), *conversation.value(), *messages, token.value()),
                MailRow::About {
                    notice.userId, conversationId, notice.firstMessageId, notice.lastMessageId });
            if (!added)
                return added.error();
            queued = added.value();
        }
    } else if (recipient.value() && notice.kind == StaffBatch) {
        auto messages
            = store.clientActivity(notice.userId, notice.firstMessageId, notice.lastMessageId);
        if (!messages)
            return messages.error();
        QHash<qint64, ConversationFacts> conversations;
        for (const MessageFacts &message : messages.value()) {
            if (conversations.contains(message.conversationId))
                continue;
            auto facts = store.conversation(message.conversationId);
            if (!facts)
                return facts.error();
            if (facts.value())
                conversations.insert(message.conversationId, *facts.value());
        }
        if (!messages->isEmpty()) {
            auto added = queue(notice.firmId, StaffBatch,
                QStringLiteral("staff_batch:%1:%2:%3")
                    .arg(notice.userId)
                    .arg(notice.firstMessageId)
                    .arg(notice.lastMessageId),
                *recipient.value(),
                m_templates.staffBatch(*recipient.value(), messages.value(), conversations));
            if (!added)
                return added.error();
            queued = added.value();
        }
    }
    if (auto removed = store.removePending(notice.id); !removed)
        return removed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return queued;
}

protocol::Result<bool> Notifier::queue(qint64 firmId, const QString &kind, const QString &dedupeKey,
    const Recipient &to, const MailContent &content, std::optional<MailRow::About> about)
{
    if (to.email.isEmpty())
        return false;
    MailRow row = content.toRow(firmId, kind, dedupeKey, to.email);
    row.about = about;
    return MailQueue(m_db).enqueue(row, m_clock.now());
}

} // namespace parley::server
