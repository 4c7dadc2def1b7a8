// Workspace: the signed-in user's live data: owns the API and stream clients and the models,
// loads what the user selects and applies REST answers and stream batches by one path.
#pragma once

#include "alertcenter.h"
#include "draftkeeper.h"
#include "inboxfeed.h"
#include "models/conversationsmodel.h"
#include "models/mattersmodel.h"
#include "models/searchmodel.h"
#include "models/timelinemodel.h"
#include "net/apiclient.h"
#include "net/streamclient.h"
#include "protocol/limits.h"
#include "protocol/login.h"
#include "protocol/newconversation.h"
#include "readmarker.h"
#include "store/cachestore.h"
#include "taskboard.h"
#include "transferqueue.h"
#include "workingcopies.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace parley::store {
class StoreWorker;
struct OutboxItem;
} // namespace parley::store

namespace parley::sync {

class Workspace : public QObject
{
    Q_OBJECT

public:
    // nam is not owned; session is the answer of a login (or of /me with a restored token).
    Workspace(QNetworkAccessManager *nam, const QUrl &server,
        const protocol::LoginResponse &session, QObject *parent = nullptr);
    ~Workspace() override;

    // Keeps the account's data in a local cache (not owned; call before start()): cached data
    // shows at once, every batch is stored with its since, and unsent messages wait in the
    // durable outbox. The cache is CacheDatabase::pathFor(dataDir, server, user email).
    // Without it (nullptr) everything lives in memory only.
    void setStore(store::StoreWorker *store, const QString &dataDir);
    store::StoreWorker *store() const { return m_store; }
    bool isOnline() const { return m_stream.state() == net::StreamClient::State::Online; }

    net::ApiClient *api() { return &m_api; }
    // The uploads and downloads of this session.
    TransferQueue *transfers() { return &m_transfers; }
    // Documents opened as working copies, saved back as new versions.
    WorkingCopies *workingCopies() { return &m_workingCopies; }
    net::StreamClient *stream() { return &m_stream; }
    models::MattersModel *matters() { return &m_matters; }
    models::ConversationsModel *conversations() { return &m_conversations; }
    models::TimelineModel *timeline() { return &m_timeline; }
    models::SearchModel *search() { return &m_search; }
    // The Notification Center's alerts: what clients and colleagues did while the stream was
    // live.
    AlertCenter *alerts() { return &m_alerts; }
    // The composer's unsent text per conversation (in the cache when there is a store).
    DraftKeeper *drafts() { return &m_drafts; }
    // The team inbox (client conversations across matters) and the session's task writes.
    InboxFeed *inbox() { return &m_inbox; }
    TaskBoard *tasks() { return &m_tasks; }

    const protocol::User &user() const { return m_session.user; }
    QUrl serverUrl() const { return m_api.baseUrl(); }
    const protocol::Limits &limits() const { return m_limits; }
    bool mattersReady() const { return m_mattersLoaded; }

    // Loads the matters and the direct conversations (from the cache first, when there is
    // one), then opens the change stream.
    void start();
    void stop();

    void selectMatter(std::optional<qint64> matterId);
    void selectConversation(std::optional<qint64> conversationId);
    std::optional<qint64> selectedMatter() const { return m_selectedMatter; }
    std::optional<qint64> selectedConversation() const { return m_selectedConversation; }

    // Searches the messages of the local cache (works offline); the answers for this query
    // fill search(). Without a store, or for empty words, the results stay empty.
    void searchMessages(const QString &words);
    // Opens a conversation found by search: selects its matter (none for a direct one) and
    // the conversation, then emits conversationOpened for the views to follow.
    void openConversation(qint64 conversationId);

    // Sends text to the selected conversation: queued (in the outbox when there is a store),
    // a pending row at once, then the server's echo.
    // Returns the client_txn_id, or the error that stopped it before sending (too long...).
    // kind: "text", or "status" for a status update the client also sees on the Status tab.
    protocol::Result<QString> sendMessage(
        const QString &body, const QString &kind = QStringLiteral("text"));
    // Starts a conversation (POST /conversations) and sends its first message, kind "text" or
    // "status", through the outbox like any other; then selects it (conversationOpened).
    // done gets the created conversation, or the error that stopped it: then nothing was
    // created or queued and the caller still holds the text.
    void startConversation(const protocol::NewConversation &conversation,
        const QString &firstMessage, const QString &messageKind,
        std::function<void(protocol::Result<protocol::Conversation>)> done);
    // The firm's staff the user knows of, by name, without the user: the staff lists of the
    // visible matters (the API has no staff directory).
    QList<protocol::User> knownStaff() const;
    // Sends a failed message again with the same client_txn_id (never stored twice).
    void retrySend(const QString &clientTxnId);
    // Whether discardSend may drop the item: it is in the outbox and not being sent right
    // now (an item in flight may be stored by the server; its echo would bring it back).
    bool canDiscardSend(const QString &clientTxnId) const;
    // Drops a failed or waiting item from the outbox (and the cache) and its timeline row.
    // If an earlier attempt did reach the server, its echo later shows as a sent message.
    void discardSend(const QString &clientTxnId);
    int pendingCount() const { return int(m_outbox.size()); }

    // Every server change goes through here, from REST answers and the stream alike.
    void applyBatch(const protocol::SyncBatch &batch);

Q_SIGNALS:
    void mattersLoaded();
    void conversationsLoaded(qint64 matterId);
    void messagesLoaded(qint64 conversationId);
    void messageSent(const QString &clientTxnId, qint64 messageId);
    void sendFailed(const QString &clientTxnId, const parley::protocol::Error &error);
    // A load failed; the UI decides how to show it.
    void loadFailed(const parley::protocol::Error &error);
    void connectionStateChanged(parley::net::StreamClient::State state);
    // The token was refused (signed out, revoked or expired; the error says which): the user
    // must sign in again. The outbox and drafts stay for the next session.
    void sessionExpired(const parley::protocol::Error &reason);
    // openConversation() selected this conversation (and its matter, nullopt when direct).
    void conversationOpened(std::optional<qint64> matterId, qint64 conversationId);

private:
    static QString workingCopyFolder();
    // An outgoing message until the server stored it; mirrors the store's outbox when set.
    struct Outgoing
    {
        protocol::Message draft;
        bool failed = false;
        protocol::Error error;
    };

    void loadMatters();
    void loadConversations(qint64 matterId);
    void loadMessages(qint64 conversationId);
    void reloadFailed();
    void loadSnapshot();
    void catchUp(qint64 since);
    void applyChange(const protocol::Change &change);
    void applyMessage(const protocol::Message &message);
    void applyConversation(const protocol::Conversation &conversation);
    // Receipts: the user's own move the read mark; others' show under the user's messages.
    void applyReceipt(const protocol::Receipt &receipt);
    // Marks the selected conversation read up to its newest message from others (online).
    void markSelectedRead();
    // Gives the timeline the shown conversation's people's names, for portal event rows.
    void showMemberNames();
    // An alert for a message that arrived live, if it is one.
    void alertAbout(const protocol::Message &message);
    void showUnreadCounts(const QList<store::CacheStore::Unread> &counts);
    void send(const QString &clientTxnId);
    // Queues a message to a conversation: outbox, pending row (when shown), then the server.
    protocol::Result<QString> queueMessage(
        qint64 conversationId, const QString &kind, const QString &body);
    void loadOlder(qint64 before);
    void restorePending(qint64 conversationId);
    void handleError(const protocol::Error &error);
    // The outbox is sent one item at a time, in queue order.
    void pumpOutbox();
    void addOutgoing(const protocol::Message &draft, bool failed, const protocol::Error &error);
    void connectStore();
    void storeOpened(qint64 since);
    void storeOutboxLoaded(const QList<store::OutboxItem> &items);
    void startStream();
    void storeMessagesLoaded(qint64 conversationId, std::optional<qint64> beforeId,
        const QList<protocol::Message> &messages, bool reachedStart);
    void loadOlderFromServer(qint64 id, qint64 before);
    void showConversation(std::optional<qint64> matterId, qint64 conversationId);

    protocol::LoginResponse m_session;
    protocol::Limits m_limits;
    net::ApiClient m_api;
    net::StreamClient m_stream;
    models::MattersModel m_matters;
    models::ConversationsModel m_conversations;
    models::TimelineModel m_timeline;
    models::SearchModel m_search;
    DraftKeeper m_drafts;
    AlertCenter m_alerts;
    QHash<qint64, bool> m_requiresMfa; // conversation id -> require_mfa, as far as known
    QHash<qint64, qint64> m_assignees; // conversation id -> its assignee, when it has one
    bool m_live = false; // the stream is online and caught up: its messages are news
    ReadMarker m_reads;
    TransferQueue m_transfers { &m_api };
    WorkingCopies m_workingCopies { &m_api, &m_transfers, workingCopyFolder() };
    InboxFeed m_inbox { &m_api, m_session.user.id };
    TaskBoard m_tasks { &m_api, m_session.user.id };

    QHash<qint64, protocol::Conversation> m_direct;
    QHash<QString, Outgoing> m_outbox;
    QList<QString> m_outboxOrder;
    std::optional<qint64> m_selectedMatter;
    std::optional<qint64> m_selectedConversation;
    std::optional<qint64> m_since;
    // Loads that failed and are retried when the stream is back.
    struct
    {
        bool matters = false;
        bool conversations = false;
        bool messages = false;
        bool snapshot = false; // the stream then runs without a since: nothing shows a gap
    } m_reload;
    bool m_mattersLoaded = false;
    bool m_catchingUp = false;

    store::StoreWorker *m_store = nullptr;
    QString m_dataDir;
    std::optional<QString> m_inFlight; // the outbox item being sent
    bool m_waitingForNetwork = false; // a send failed for the network: wait for the stream
    bool m_mattersFromServer = false;
    QHash<qint64, bool> m_conversationsFromServer; // matter id -> the server answered
    bool m_messagesFromServer = false; // for the selected conversation
    bool m_storeOpen = false;
    bool m_streamStarted = false;
    QString m_searchWords; // the query search() shows
    std::optional<qint64> m_opening; // the conversation openConversation() looks up
};

} // namespace parley::sync
