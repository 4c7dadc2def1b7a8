// Workspace: loading, the one apply path, and sending with client_txn_id.
#include "workspace.h"

#include "store/cachedatabase.h"
#include "store/outboxitem.h"
#include "store/storeworker.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <utility>

Q_LOGGING_CATEGORY(lcSync, "parley.sync", QtInfoMsg)

namespace parley::sync {

using protocol::Error;
using protocol::Result;
namespace ErrorCode = protocol::ErrorCode;

namespace {
constexpr int MessagePageSize = 50;
constexpr int SyncPageSize = 500;
// While the stream stays up, a send that failed for a passing reason is tried again after this.
constexpr int ResendDelayMs = 10000;

// Errors that say nothing about the message itself: the outbox keeps it pending and tries
// again; every other answer of the server is permanent and marks it failed.
bool isTransient(const Error &error)
{
    return error.is(ErrorCode::NetworkError) || error.is(ErrorCode::Internal)
        || error.is(ErrorCode::RateLimited) || error.is(ErrorCode::InvalidResponse)
        || error.endsSession();
}
} // namespace

Workspace::Workspace(QNetworkAccessManager *nam, const QUrl &server,
    const protocol::LoginResponse &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_api(nam, server)
    , m_reads(&m_api)
{
    m_api.setToken(session.token);
    m_conversations.setSelfUserId(session.user.id);
    m_timeline.setSelfUserId(session.user.id);

    connect(&m_stream, &net::StreamClient::stateChanged, this, &Workspace::connectionStateChanged);
    connect(
        &m_stream, &net::StreamClient::stateChanged, this, [this](net::StreamClient::State state) {
            m_live = state == net::StreamClient::State::Online;
        });
    connect(&m_stream, &net::StreamClient::batchReceived, this, &Workspace::applyBatch);
    connect(&m_stream, &net::StreamClient::gapDetected, this,
        [this](qint64 expected, qint64) { catchUp(expected); });
    connect(
        &m_stream, &net::StreamClient::errorOccurred, this, [this](const Error &error, bool fatal) {
            if (fatal)
                handleError(error);
        });
    connect(&m_stream, &net::StreamClient::ready, this, [this] {
        reloadFailed();
        // The connection is back: the outbox drains in order.
        m_waitingForNetwork = false;
        pumpOutbox();
        markSelectedRead();
    });
    connect(
        &m_timeline, &models::TimelineModel::olderMessagesRequested, this, &Workspace::loadOlder);
    connect(&m_search, &models::SearchModel::moreRequested, this,
        [this](const QString &query, int limit) {
            if (m_store && query == m_search.query())
                m_store->search(query, limit);
        });
}

Workspace::~Workspace()
{
    m_stream.stop();
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
        m_store->close();
    }
}

QString Workspace::workingCopyFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("working copies"));
}

void Workspace::setStore(store::StoreWorker *store, const QString &dataDir)
{
    m_store = store;
    m_dataDir = dataDir;
    m_drafts.setStore(store);
    m_transfers.setStore(store);
}

void Workspace::start()
{
    loadMatters();
    if (!m_store) {
        loadSnapshot();
        return;
    }
    connectStore();
    m_store->open(store::CacheDatabase::pathFor(m_dataDir, serverUrl(), m_session.user.email));
}

void Workspace::connectStore()
{
    using store::StoreWorker;
    connect(m_store, &StoreWorker::opened, this, &Workspace::storeOpened);
    connect(m_store, &StoreWorker::failed, this,
        [](const Error &error) { qCWarning(lcSync) << "cache error:" << error.code; });
    // Only the open's own failure means there is no cache (a call of an earlier session's,
    // refused while no cache was open, must not make this one give up its cache).
    connect(m_store, &StoreWorker::openFailed, this, [this] {
        if (m_storeOpen)
            return;
        // Without a cache the workspace still works, from the server only.
        disconnect(m_store, nullptr, this, nullptr);
        m_store = nullptr;
        m_drafts.setStore(nullptr);
        m_transfers.setStore(nullptr);
        loadSnapshot();
    });
    connect(
        m_store, &StoreWorker::mattersLoaded, this, [this](const QList<protocol::Matter> &matters) {
            if (m_mattersFromServer || matters.isEmpty())
                return;
            m_matters.setMatters(matters);
            m_mattersLoaded = true;
            qCInfo(lcSync) << "showing" << matters.size() << "cached matters";
            Q_EMIT mattersLoaded();
        });
    connect(m_store, &StoreWorker::conversationsLoaded, this,
        [this](std::optional<qint64> matterId, const QList<protocol::Conversation> &list) {
            if (!matterId) {
                for (const protocol::Conversation &conversation : list)
                    applyConversation(conversation);
                return;
            }
            if (m_selectedMatter != matterId || m_conversationsFromServer.value(*matterId))
                return;
            m_conversations.setMatterConversations(matterId, list);
            showMemberNames();
            Q_EMIT conversationsLoaded(*matterId);
        });
    connect(m_store, &StoreWorker::messagesLoaded, this, &Workspace::storeMessagesLoaded);
    connect(m_store, &StoreWorker::searchFinished, this,
        [this](const QString &words, const QList<protocol::Message> &messages,
            const store::ConversationPlaces &places) {
            if (words == m_searchWords) // a stale answer for an earlier query is dropped
                m_search.setResults(words, messages, places);
        });
    connect(m_store, &StoreWorker::conversationMatterFound, this,
        [this](qint64 conversationId, std::optional<qint64> matterId) {
            if (m_opening != conversationId)
                return;
            m_opening.reset();
            showConversation(matterId, conversationId);
        });
    connect(m_store, &StoreWorker::outboxLoaded, this, &Workspace::storeOutboxLoaded);
    connect(m_store, &StoreWorker::unreadCountsLoaded, this, &Workspace::showUnreadCounts);
    connect(m_store, &StoreWorker::receiptsLoaded, this,
        [this](qint64 conversationId, const QList<protocol::Receipt> &receipts) {
            if (m_timeline.conversationId() != conversationId)
                return;
            for (const protocol::Receipt &receipt : receipts)
                applyReceipt(receipt);
        });
    connect(m_store, &StoreWorker::batchApplied, this, [this](qint64, bool applied) {
        if (!applied && m_store)
            m_store->loadSince(); // the cache missed a batch: catch up from what it has
    });
    connect(m_store, &StoreWorker::sinceLoaded, this, [this](qint64 since) {
        if (since > 0)
            catchUp(since);
        else
            loadSnapshot();
    });
}

void Workspace::storeOpened(qint64 since)
{
    m_storeOpen = true;
    qCInfo(lcSync) << "cache opened at" << since;
    m_store->loadMatters();
    m_store->loadConversations(std::nullopt);
    if (m_selectedMatter)
        m_store->loadConversations(m_selectedMatter);
    if (m_selectedConversation) {
        // Opened before the cache: what the cache holds for it (older receipts) shows now.
        m_store->loadMessages(*m_selectedConversation, std::nullopt, MessagePageSize);
        m_store->loadReceipts(*m_selectedConversation);
    }
    m_store->loadOutbox();
    m_store->loadUnreadCounts(m_session.user.id);
    if (since > 0) {
        m_since = since;
        m_stream.setSince(since);
        catchUp(since);
    } else {
        loadSnapshot();
    }
}

void Workspace::storeOutboxLoaded(const QList<store::OutboxItem> &items)
{
    for (const store::OutboxItem &item : items) {
        if (item.kind != QLatin1String("message") || m_outbox.contains(item.clientTxnId))
            continue;
        protocol::Message draft;
        draft.conversationId = item.conversationId;
        draft.senderId = m_session.user.id;
        draft.senderName = m_session.user.name;
        draft.kind = item.messageKind;
        draft.body = item.body;
        draft.clientTxnId = item.clientTxnId;
        draft.createdAt = item.createdAt;
        addOutgoing(draft, item.state == store::OutboxItem::State::Failed, item.error);
    }
    qCInfo(lcSync) << "outbox holds" << m_outbox.size() << "items";
    pumpOutbox();
}

void Workspace::startStream()
{
    if (m_streamStarted)
        return;
    m_streamStarted = true;
    m_stream.start(m_api.streamUrl(), m_api.token(), m_since);
}

void Workspace::loadMatters()
{
    m_api.matters([this](Result<QList<protocol::Matter>> answer) {
        if (!answer) {
            m_reload.matters = true;
            handleError(answer.error());
            return;
        }
        m_reload.matters = false;
        m_mattersFromServer = true;
        m_matters.setMatters(answer.value());
        m_mattersLoaded = true;
        qCInfo(lcSync) << "loaded" << answer->size() << "matters";
        Q_EMIT mattersLoaded();
    });
}

void Workspace::reloadFailed()
{
    // Loads that failed while the server was unreachable are retried once it is back.
    qCDebug(lcSync) << "reloading after reconnect:" << m_reload.matters << m_reload.conversations
                    << m_reload.messages << m_reload.snapshot;
    if (std::exchange(m_reload.snapshot, false))
        loadSnapshot();
    if (m_reload.matters)
        loadMatters();
    if (m_reload.conversations && m_selectedMatter)
        loadConversations(*m_selectedMatter);
    if (m_reload.messages && m_selectedConversation)
        loadMessages(*m_selectedConversation);
}

void Workspace::stop()
{
    m_stream.stop();
    m_streamStarted = false;
}

void Workspace::loadSnapshot()
{
    // The snapshot brings the direct conversations and the since token the stream resumes from.
    m_api.sync(std::nullopt, 0, [this](Result<protocol::SyncBatch> answer) {
        m_reload.snapshot = !answer;
        if (!answer) {
            qCWarning(lcSync) << "snapshot failed:" << answer.error().code;
            handleError(answer.error());
            startStream();
            return;
        }
        applyBatch(answer.value());
        startStream();
    });
}

void Workspace::catchUp(qint64 since)
{
    if (m_catchingUp)
        return;
    m_catchingUp = true;
    qCInfo(lcSync) << "catching up after" << since;
    m_api.sync(since, SyncPageSize, [this](Result<protocol::SyncBatch> answer) {
        m_catchingUp = false;
        if (!answer) {
            if (answer.error().is(ErrorCode::InvalidField)) {
                // The cursor is not this server's: start over from a snapshot.
                loadSnapshot();
                return;
            }
            handleError(answer.error());
            // The stream resumes from the same since once the server is reachable.
            startStream();
            return;
        }
        applyBatch(answer.value());
        if (answer->hasMore)
            catchUp(answer->next);
        else
            startStream();
    });
}

void Workspace::applyBatch(const protocol::SyncBatch &batch)
{
    if (m_store)
        m_store->applyBatch(batch); // with its since, in one transaction
    bool countsChanged = false;
    for (const protocol::Change &change : batch.changes) {
        applyChange(change);
        countsChanged = countsChanged || change.type == QLatin1String("message")
            || change.type == QLatin1String("receipt");
    }
    if (m_store && countsChanged) // queued after the batch, so it counts what it wrote
        m_store->loadUnreadCounts(m_session.user.id);
    m_inbox.noteBatch(batch);
    m_tasks.noteBatch(batch);
    if (!m_since || batch.next > *m_since) {
        m_since = batch.next;
        m_stream.setSince(batch.next);
    }
}

void Workspace::applyChange(const protocol::Change &change)
{
    const QString &type = change.type;
    if (type == QLatin1String("message")) {
        Result<protocol::Message> message = protocol::Message::fromJson(change.data);
        if (message)
            applyMessage(message.value());
        else
            qCWarning(lcSync) << "undecodable message change" << change.seq;
    } else if (type == QLatin1String("conversation")) {
        Result<protocol::Conversation> conversation = protocol::Conversation::fromJson(change.data);
        if (conversation)
            applyConversation(conversation.value());
        else
            qCWarning(lcSync) << "undecodable conversation change" << change.seq;
    } else if (type == QLatin1String("matter")) {
        Result<protocol::Matter> matter = protocol::Matter::fromJson(change.data);
        if (matter)
            m_matters.upsert(matter.value());
        else
            qCWarning(lcSync) << "undecodable matter change" << change.seq;
    } else if (type == QLatin1String("receipt")) {
        Result<protocol::Receipt> receipt = protocol::Receipt::fromJson(change.data);
        if (receipt)
            applyReceipt(receipt.value());
        else
            qCWarning(lcSync) << "undecodable receipt change" << change.seq;
    }
    // Users and documents have no view yet.
}

void Workspace::applyReceipt(const protocol::Receipt &receipt)
{
    if (receipt.userId == m_session.user.id) {
        m_reads.noteRead(receipt.conversationId, receipt.messageId);
        return;
    }
    if (m_timeline.conversationId() != receipt.conversationId)
        return;
    // Who counts as a reader: in an external conversation the clients ("read by client");
    // elsewhere anyone else. Names come from the members, then the matters' staff lists.
    std::optional<protocol::Conversation> conversation = m_direct.contains(receipt.conversationId)
        ? std::optional(m_direct.value(receipt.conversationId))
        : m_conversations.conversation(receipt.conversationId);
    QString name;
    QString kind;
    if (conversation) {
        for (const protocol::Member &member : conversation->members) {
            if (member.userId == receipt.userId) {
                name = member.name;
                kind = member.kind;
            }
        }
    }
    if (name.isEmpty()) {
        for (const protocol::User &person : knownStaff()) {
            if (person.id == receipt.userId) {
                name = person.name;
                kind = QStringLiteral("staff");
            }
        }
    }
    const bool external = conversation && conversation->kind == QLatin1String("external");
    if (name.isEmpty() || (external && kind != QLatin1String("client")))
        return;
    m_timeline.addReader(receipt.messageId, receipt.userId, name, receipt.readAt);
}

void Workspace::markSelectedRead()
{
    if (!isOnline() || !m_selectedConversation
        || m_timeline.conversationId() != m_selectedConversation)
        return;
    for (int row = m_timeline.rowCount() - 1; row >= 0; --row) {
        const protocol::Message &message = m_timeline.messageAt(row);
        if (m_timeline.sendState(row) != models::TimelineModel::SendState::Sent
            || message.senderId == m_session.user.id || message.kind == QLatin1String("event"))
            continue;
        m_reads.markRead(*m_selectedConversation, message.id);
        return;
    }
}

void Workspace::showUnreadCounts(const QList<store::CacheStore::Unread> &counts)
{
    QHash<qint64, int> perMatter;
    for (const store::CacheStore::Unread &unread : counts) {
        m_conversations.setUnreadCount(unread.conversationId, unread.count);
        if (unread.matterId)
            perMatter[*unread.matterId] += unread.count;
    }
    for (int row = 0; row < m_matters.rowCount(); ++row) {
        const qint64 id = m_matters.at(row).id;
        m_matters.setUnreadCount(id, perMatter.value(id));
    }
}

void Workspace::applyMessage(const protocol::Message &message)
{
    if (!message.clientTxnId.isEmpty() && message.senderId == m_session.user.id
        && m_outbox.remove(message.clientTxnId)) {
        m_outboxOrder.removeAll(message.clientTxnId);
        if (m_store)
            m_store->markSent(message.clientTxnId);
        Q_EMIT messageSent(message.clientTxnId, message.id);
    }
    if (m_timeline.upsert(message) && message.senderId != m_session.user.id)
        markSelectedRead();
    if (m_live && !m_catchingUp)
        alertAbout(message);
}

void Workspace::alertAbout(const protocol::Message &message)
{
    AlertCenter::Context context;
    context.userId = m_session.user.id;
    context.userName = m_session.user.name;
    if (auto known = m_requiresMfa.constFind(message.conversationId);
        known != m_requiresMfa.constEnd())
        context.requiresMfa = known.value();
    if (auto assigned = m_assignees.constFind(message.conversationId);
        assigned != m_assignees.constEnd())
        context.assigneeId = assigned.value();
    else if (const auto shown = m_conversations.conversation(message.conversationId))
        context.assigneeId = shown->assigneeId; // listed from the cache, not synced since
    // Clients are the parties of the matters the user sees.
    for (int row = 0; row < m_matters.rowCount() && !context.senderIsClient; ++row) {
        for (const protocol::Party &party : m_matters.at(row).parties) {
            if (party.userId == message.senderId) {
                context.senderIsClient = true;
                break;
            }
        }
    }
    m_alerts.consider(message, context, true);
}

void Workspace::applyConversation(const protocol::Conversation &conversation)
{
    m_requiresMfa.insert(conversation.id, conversation.requireMfa);
    if (conversation.assigneeId)
        m_assignees.insert(conversation.id, *conversation.assigneeId);
    else
        m_assignees.remove(conversation.id);
    if (conversation.kind == QLatin1String("direct")) {
        m_direct.insert(conversation.id, conversation);
        m_conversations.upsert(conversation);
    } else if (m_selectedMatter && conversation.matterId == m_selectedMatter) {
        m_conversations.upsert(conversation);
    }
    if (conversation.id == m_selectedConversation)
        showMemberNames();
}

void Workspace::showMemberNames()
{
    if (!m_selectedConversation)
        return;
    QHash<qint64, QString> names;
    for (const protocol::User &person : knownStaff())
        names.insert(person.id, person.name);
    std::optional<protocol::Conversation> conversation = m_direct.contains(*m_selectedConversation)
        ? std::optional(m_direct.value(*m_selectedConversation))
        : m_conversations.conversation(*m_selectedConversation);
    if (conversation) {
        for (const protocol::Member &member : conversation->members)
            names.insert(member.userId, member.name);
    }
    m_timeline.setMemberNames(names);
}

void Workspace::selectMatter(std::optional<qint64> matterId)
{
    if (matterId == m_selectedMatter && (!matterId || m_conversations.matterId() == matterId))
        return;
    m_selectedMatter = matterId;
    m_conversations.setMatterConversations(matterId, {});
    if (!matterId)
        return;
    m_conversationsFromServer.remove(*matterId);
    if (m_store && m_storeOpen)
        m_store->loadConversations(matterId);
    loadConversations(*matterId);
}

void Workspace::loadConversations(qint64 id)
{
    m_api.conversations(id, [this, id](Result<QList<protocol::Conversation>> answer) {
        if (m_selectedMatter != id)
            return; // the user moved on
        m_reload.conversations = !answer;
        if (!answer) {
            handleError(answer.error());
            return;
        }
        m_conversationsFromServer.insert(id, true);
        m_conversations.setMatterConversations(id, answer.value());
        showMemberNames();
        Q_EMIT conversationsLoaded(id);
    });
}

void Workspace::selectConversation(std::optional<qint64> conversationId)
{
    if (conversationId == m_selectedConversation && m_timeline.conversationId() == conversationId)
        return;
    m_selectedConversation = conversationId;
    m_timeline.setConversation(conversationId);
    m_messagesFromServer = false;
    if (!conversationId)
        return;
    showMemberNames();
    if (m_store && m_storeOpen) {
        m_store->loadMessages(*conversationId, std::nullopt, MessagePageSize);
        m_store->loadReceipts(*conversationId);
    }
    restorePending(*conversationId);
    loadMessages(*conversationId);
}

void Workspace::searchMessages(const QString &words)
{
    m_searchWords = words.trimmed();
    if (m_searchWords.isEmpty() || !m_store) {
        m_search.clear();
        return;
    }
    m_store->search(m_searchWords, m_search.pageSize());
}

void Workspace::openConversation(qint64 conversationId)
{
    if (m_direct.contains(conversationId))
        return showConversation(std::nullopt, conversationId);
    if (const auto known = m_conversations.conversation(conversationId))
        return showConversation(known->matterId, conversationId);
    m_opening = conversationId;
    if (m_store) {
        m_store->findConversationMatter(conversationId);
        return;
    }
    // Without a cache the server says where the conversation lives.
    m_api.conversation(
        conversationId, [this, conversationId](Result<protocol::Conversation> found) {
            if (m_opening != conversationId)
                return;
            m_opening.reset();
            if (!found)
                return handleError(found.error());
            showConversation(found->matterId, conversationId);
        });
}

void Workspace::showConversation(std::optional<qint64> matterId, qint64 conversationId)
{
    selectMatter(matterId);
    selectConversation(conversationId);
    Q_EMIT conversationOpened(matterId, conversationId);
}

void Workspace::loadMessages(qint64 id)
{
    m_api.messages(id, std::nullopt, MessagePageSize, [this, id](Result<net::MessagePage> answer) {
        // Kept even when the server answers before the cache has opened: the store runs it
        // after the open, and the page may be what tells the cache that history is complete.
        if (answer && m_store)
            m_store->storeHistoryPage(id, std::nullopt, answer->messages, answer->prev);
        if (m_selectedConversation != id)
            return;
        m_reload.messages = !answer;
        if (!answer) {
            handleError(answer.error());
            return;
        }
        m_messagesFromServer = true;
        m_timeline.upsertAll(answer->messages);
        m_timeline.setOlderHistory(answer->prev);
        Q_EMIT messagesLoaded(id);
        markSelectedRead();
    });
}

// Older history: the cache first, then the server for what the cache does not hold.
void Workspace::loadOlder(qint64 before)
{
    if (!m_selectedConversation)
        return;
    if (m_store && m_storeOpen)
        m_store->loadMessages(*m_selectedConversation, before, MessagePageSize);
    else
        loadOlderFromServer(*m_selectedConversation, before);
}

void Workspace::storeMessagesLoaded(qint64 conversationId, std::optional<qint64> beforeId,
    const QList<protocol::Message> &messages, bool reachedStart)
{
    if (m_selectedConversation != conversationId)
        return;
    m_timeline.upsertAll(messages);
    const std::optional<qint64> oldest
        = messages.isEmpty() ? beforeId : std::optional<qint64>(messages.first().id);
    if (!beforeId) {
        // The newest page, shown before the server answers; the server's token wins.
        if (!m_messagesFromServer) {
            m_timeline.setOlderHistory(reachedStart ? std::nullopt : oldest);
            Q_EMIT messagesLoaded(conversationId);
        }
        markSelectedRead();
        return;
    }
    if (reachedStart)
        m_timeline.setOlderHistory(std::nullopt);
    else if (messages.size() >= MessagePageSize)
        m_timeline.setOlderHistory(oldest);
    else // the cache holds no more before a gap or its oldest message: ask the server
        loadOlderFromServer(conversationId, *oldest);
}

void Workspace::loadOlderFromServer(qint64 id, qint64 before)
{
    m_api.messages(
        id, before, MessagePageSize, [this, id, before](Result<net::MessagePage> answer) {
            if (answer && m_store)
                m_store->storeHistoryPage(id, before, answer->messages, answer->prev);
            if (m_selectedConversation != id)
                return;
            if (!answer) {
                m_timeline.setOlderHistory(before); // kept for another try
                handleError(answer.error());
                return;
            }
            m_timeline.upsertAll(answer->messages);
            m_timeline.setOlderHistory(answer->prev);
        });
}

void Workspace::restorePending(qint64 conversationId)
{
    for (const QString &txn : std::as_const(m_outboxOrder)) {
        const Outgoing &out = m_outbox.value(txn);
        if (out.draft.conversationId != conversationId)
            continue;
        m_timeline.addPending(out.draft);
        if (out.failed)
            m_timeline.markFailed(txn, out.error);
    }
}

Result<QString> Workspace::sendMessage(const QString &body, const QString &kind)
{
    if (!m_selectedConversation)
        return Error::make(ErrorCode::MissingField, QStringLiteral("Select a conversation first."));
    if (!protocol::NewMessage::kinds().contains(kind))
        return Error::make(ErrorCode::InvalidField, QStringLiteral("Unknown message kind."));
    return queueMessage(*m_selectedConversation, kind, body);
}

void Workspace::startConversation(const protocol::NewConversation &conversation,
    const QString &firstMessage, const QString &messageKind,
    std::function<void(Result<protocol::Conversation>)> done)
{
    // Checked before anything is created, so a refused message leaves no empty conversation.
    if (Result<void> shape = conversation.validate(m_limits); !shape)
        return done(shape.error());
    if (Result<void> length = m_limits.checkMessageBody(firstMessage); !length)
        return done(length.error());
    if (firstMessage.trimmed().isEmpty())
        return done(Error::make(ErrorCode::MissingField, QStringLiteral("The message is empty.")));
    m_api.createConversation(conversation,
        [this, firstMessage, messageKind, done = std::move(done)](
            Result<protocol::Conversation> created) {
            if (!created) {
                if (created.error().endsSession())
                    handleError(created.error());
                return done(created.error());
            }
            const protocol::Conversation &started = created.value();
            applyConversation(started);
            showConversation(started.matterId, started.id);
            // Checked above, so the queue does not refuse it; logged if it ever did.
            if (Result<QString> queued = queueMessage(started.id, messageKind, firstMessage);
                !queued)
                qCWarning(lcSync) << "first message not queued:" << queued.error().code;
            done(started);
        });
}

QList<protocol::User> Workspace::knownStaff() const
{
    QMap<QString, protocol::User> byName; // sorted by name, then id for namesakes
    QSet<qint64> seen;
    for (int row = 0; row < m_matters.rowCount(); ++row) {
        for (const protocol::User &person : m_matters.at(row).staff) {
            if (person.id == m_session.user.id || seen.contains(person.id))
                continue;
            seen.insert(person.id);
            byName.insert(person.name + QChar(0) + QString::number(person.id), person);
        }
    }
    return byName.values();
}

Result<QString> Workspace::queueMessage(
    qint64 conversationId, const QString &kind, const QString &body)
{
    const Result<void> length = m_limits.checkMessageBody(body);
    if (!length)
        return length.error();
    if (body.trimmed().isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("The message is empty."));

    protocol::Message draft;
    draft.conversationId = conversationId;
    draft.senderId = m_session.user.id;
    draft.senderName = m_session.user.name;
    draft.kind = kind;
    draft.body = body;
    draft.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.createdAt = QDateTime::currentDateTimeUtc();

    if (m_store) {
        // Durable first: the store's queue runs this before any later markSent.
        store::OutboxItem item;
        item.clientTxnId = draft.clientTxnId;
        item.conversationId = draft.conversationId;
        item.body = draft.body;
        item.messageKind = draft.kind;
        item.createdAt = draft.createdAt;
        m_store->enqueue(item);
    }
    addOutgoing(draft, false, {});
    pumpOutbox();
    return draft.clientTxnId;
}

void Workspace::addOutgoing(const protocol::Message &draft, bool failed, const Error &error)
{
    m_outbox.insert(draft.clientTxnId, Outgoing { draft, failed, error });
    m_outboxOrder.append(draft.clientTxnId);
    m_timeline.addPending(draft);
    if (failed)
        m_timeline.markFailed(draft.clientTxnId, error);
}

void Workspace::pumpOutbox()
{
    if (m_inFlight || m_waitingForNetwork)
        return;
    for (const QString &txn : std::as_const(m_outboxOrder)) {
        if (!m_outbox.value(txn).failed) {
            send(txn);
            return;
        }
    }
}

void Workspace::retrySend(const QString &clientTxnId)
{
    auto it = m_outbox.find(clientTxnId);
    if (it == m_outbox.end())
        return;
    it->failed = false;
    it->error = {};
    m_timeline.markPending(clientTxnId);
    if (m_store)
        m_store->retry(clientTxnId);
    m_waitingForNetwork = false;
    pumpOutbox();
}

bool Workspace::canDiscardSend(const QString &clientTxnId) const
{
    return m_outbox.contains(clientTxnId) && m_inFlight != clientTxnId;
}

void Workspace::discardSend(const QString &clientTxnId)
{
    if (!canDiscardSend(clientTxnId))
        return;
    m_outbox.remove(clientTxnId);
    m_outboxOrder.removeAll(clientTxnId);
    if (m_store)
        m_store->discard(clientTxnId);
    m_timeline.removePending(clientTxnId);
    qCInfo(lcSync) << "discarded an unsent message";
}

void Workspace::send(const QString &clientTxnId)
{
    const Outgoing out = m_outbox.value(clientTxnId);
    m_inFlight = clientTxnId;
    protocol::NewMessage message;
    message.clientTxnId = clientTxnId;
    // The durable outbox keeps text only: a status restored after a restart goes as text.
    message.kind = out.draft.kind;
    message.body = out.draft.body;
    m_api.sendMessage(
        out.draft.conversationId, message, [this, clientTxnId](Result<protocol::Message> answer) {
            m_inFlight.reset();
            if (answer) {
                applyMessage(answer.value());
                pumpOutbox();
                return;
            }
            auto it = m_outbox.find(clientTxnId);
            if (it == m_outbox.end()) {
                pumpOutbox(); // the stream echo came first
                return;
            }
            qCInfo(lcSync) << "send failed:" << answer.error().code;
            if (m_store && isTransient(answer.error())) {
                // Kept pending in the outbox; sent again, same client_txn_id, when the
                // stream reconnects (or after a while if it never dropped).
                m_waitingForNetwork = true;
                QTimer::singleShot(ResendDelayMs, this, [this] {
                    if (m_waitingForNetwork && isOnline()) {
                        m_waitingForNetwork = false;
                        pumpOutbox();
                    }
                });
                if (!answer.error().is(ErrorCode::NetworkError))
                    handleError(answer.error());
                return;
            }
            it->failed = true;
            it->error = answer.error();
            if (m_store)
                m_store->markFailed(clientTxnId, answer.error());
            m_timeline.markFailed(clientTxnId, answer.error());
            Q_EMIT sendFailed(clientTxnId, answer.error());
            handleError(answer.error());
            pumpOutbox();
        });
}

void Workspace::handleError(const Error &error)
{
    if (error.endsSession()) {
        m_stream.stop();
        Q_EMIT sessionExpired(error);
        return;
    }
    Q_EMIT loadFailed(error);
}

} // namespace parley::sync
