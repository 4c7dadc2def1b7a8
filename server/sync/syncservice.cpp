// Sync batches: incremental changes and snapshots.
#include "syncservice.h"

#include "access/accesspolicy.h"
#include "access/visibilitycache.h"
#include "changereads.h"
#include "db/transaction.h"
#include "store/conversationstore.h"
#include "store/matterstore.h"
#include "store/messagestore.h"
#include "store/receiptstore.h"
#include "store/userstore.h"

#include <QSet>

namespace parley::server {

namespace {

// Rows read per query while skipping invisible changes, and the most one request scans
// before answering has_more, so a user who may see little cannot make one call expensive.
constexpr int ScanPage = 500;
constexpr int ScanBudget = 5000;
// Shown changes whose forms are read together: a batch of large messages stops at the byte
// budget after a few, so the rest of a page is not read for nothing.
constexpr int FormSlice = 32;

} // namespace

SyncService::SyncService(QSqlDatabase db, AccessPolicy &policy)
    : m_db(std::move(db))
    , m_policy(policy)
{ }

protocol::Result<protocol::SyncBatch> SyncService::changesSince(
    const Principal &who, qint64 since, int limit)
{
    Transaction view(m_db, Transaction::Mode::Read);
    if (auto status = view.status(); !status)
        return status.error();
    ChangeReads reads(m_db);
    return changesSince(reads, who, since, limit);
}

protocol::Result<protocol::SyncBatch> SyncService::changesSince(
    ChangeReads &reads, const Principal &who, qint64 since, int limit)
{
    auto latest = reads.latestSeq(who.firmId);
    if (!latest)
        return latest.error();
    // A cursor this server never issued (another server's, or a restored database): the
    // client must start over from a snapshot rather than silently miss changes.
    if (since > latest.value())
        return protocol::Error::make(protocol::ErrorCode::InvalidField,
            QStringLiteral("The sync cursor is ahead of this server; take a snapshot (sync "
                           "without since) and continue from its next."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("since") },
                { QStringLiteral("latest"), latest.value() } });
    protocol::SyncBatch batch;
    batch.since = since;
    batch.next = since;
    VisibilityCache visible(m_policy, who);
    int scanned = 0;
    qsizetype bytes = 0;
    bool stoppedEarly = false;
    bool cut = false; // at the byte budget
    while (!stoppedEarly) {
        auto rows = reads.after(who.firmId, batch.next, ScanPage);
        if (!rows)
            return rows.error();
        QList<ChangeRecord> shown;
        for (const ChangeRecord &row : rows.value()) {
            batch.next = row.seq;
            ++scanned;
            auto canSee = visible.change(row);
            if (!canSee)
                return canSee.error();
            if (canSee.value())
                shown.append(row);
            if (batch.changes.size() + shown.size() >= limit || scanned >= ScanBudget) {
                stoppedEarly = true;
                break;
            }
        }
        for (qsizetype i = 0; i < shown.size() && !cut; ++i) {
            const ChangeRecord &row = shown.at(i);
            // The forms of the next FormSlice shown changes in a few queries, not one per
            // change, and no more of them than the byte budget is likely to take.
            if (i % FormSlice == 0) {
                if (auto loaded = reads.loadForms(shown.mid(i, FormSlice)); !loaded)
                    return loaded.error();
            }
            auto form = reads.currentForm(row);
            if (!form)
                return form.error();
            if (!form.value())
                continue;
            // A batch is held whole in memory, once per stream client it goes to: the change
            // that would take it past BatchBytes starts the next one (one alone may pass it).
            const qsizetype size = reads.formBytes(row, *form.value());
            if (!batch.changes.isEmpty() && bytes + size > BatchBytes) {
                batch.next = row.seq - 1;
                stoppedEarly = true;
                cut = true;
            } else {
                bytes += size;
                batch.changes.append(protocol::Change { row.seq, row.type, *form.value() });
            }
        }
        if (rows->size() < ScanPage)
            break;
    }
    if (stoppedEarly) {
        auto more = reads.after(who.firmId, batch.next, 1);
        if (!more)
            return more.error();
        batch.hasMore = !more->isEmpty();
    }
    return batch;
}

protocol::Result<protocol::SyncBatch> SyncService::snapshot(const Principal &who)
{
    Transaction view(m_db, Transaction::Mode::Read);
    if (auto status = view.status(); !status)
        return status.error();
    protocol::SyncBatch batch;
    batch.snapshot = true;
    auto latest = ChangeLog(m_db).latestSeq(who.firmId);
    if (!latest)
        return latest.error();
    batch.next = latest.value();

    // Every snapshot entry carries seq = next: it is the state as of that change.
    QList<protocol::Change> matterChanges;
    QList<protocol::Change> conversationChanges;
    QList<protocol::Change> messageChanges;
    QList<protocol::Change> receiptChanges;
    QSet<qint64> userIds { who.userId() };
    auto add = [&batch](QList<protocol::Change> &list, const char *type, const QJsonObject &data) {
        list.append(protocol::Change { batch.next, QString::fromLatin1(type), data });
    };

    MatterStore matterStore(m_db);
    auto matters = matterStore.list(who.firmId);
    if (!matters)
        return matters.error();
    for (const MatterRecord &record : matters.value()) {
        auto canSee = m_policy.canSeeMatter(who, record);
        if (!canSee)
            return canSee.error();
        if (!canSee.value())
            continue;
        auto matter = matterStore.load(record.id);
        if (!matter)
            return matter.error();
        for (const protocol::Party &party : matter->parties)
            userIds.insert(party.userId);
        for (const protocol::User &staff : matter->staff)
            userIds.insert(staff.id);
        add(matterChanges, "matter", matter->toJson());
    }

    ConversationStore conversationStore(m_db);
    MessageStore messageStore(m_db);
    auto conversations = conversationStore.list(who.firmId);
    if (!conversations)
        return conversations.error();
    for (const ConversationRecord &record : conversations.value()) {
        auto canSee = m_policy.canSeeConversation(who, record);
        if (!canSee)
            return canSee.error();
        if (!canSee.value())
            continue;
        auto conversation = conversationStore.load(record.id);
        if (!conversation)
            return conversation.error();
        for (const protocol::Member &member : conversation->members)
            userIds.insert(member.userId);
        add(conversationChanges, "conversation", conversation->toJson());
        auto page = messageStore.page(record.id, std::nullopt, SnapshotMessagesPerConversation);
        if (!page)
            return page.error();
        for (const protocol::Message &message : page->messages) {
            userIds.insert(message.senderId);
            add(messageChanges, "message", message.toJson());
        }
        // The receipts of the window, so unread counts and "read by" are right at once.
        if (!page->messages.isEmpty()) {
            auto receipts = ReceiptStore(m_db).listFrom(record.id, page->messages.first().id);
            if (!receipts)
                return receipts.error();
            for (const protocol::Receipt &receipt : receipts.value()) {
                userIds.insert(receipt.userId);
                add(receiptChanges, "receipt", receipt.toJson());
            }
        }
    }

    UserStore userStore(m_db);
    QList<qint64> sortedUsers(userIds.begin(), userIds.end());
    std::sort(sortedUsers.begin(), sortedUsers.end());
    for (qint64 userId : sortedUsers) {
        auto user = userStore.find(userId);
        if (!user)
            return user.error();
        if (user.value() && user.value()->firmId == who.firmId)
            add(batch.changes, "user", user.value()->user.toJson());
    }
    batch.changes += matterChanges;
    batch.changes += conversationChanges;
    batch.changes += messageChanges;
    batch.changes += receiptChanges;
    return batch;
}

} // namespace parley::server
