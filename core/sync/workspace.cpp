// Workspace: loading, the one apply path, and sending with client_txn_id.
#include "workspace.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSync, "parley.sync", QtInfoMsg)

namespace parley::sync {

using protocol::Error;
using protocol::Result;
namespace ErrorCode = protocol::ErrorCode;

namespace {
constexpr int MessagePageSize = 50;
constexpr int SyncPageSize = 500;
} // namespace

Workspace::Workspace(QNetworkAccessManager *nam, const QUrl &server,
    const protocol::LoginResponse &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_api(nam, server)
{
    m_api.setToken(session.token);
    m_conversations.setSelfUserId(session.user.id);
    m_timeline.setSelfUserId(session.user.id);

    connect(&m_stream, &net::StreamClient::stateChanged, this, &Workspace::connectionStateChanged);
    connect(&m_stream, &net::StreamClient::batchReceived, this, &Workspace::applyBatch);
    connect(&m_stream, &net::StreamClient::gapDetected, this,
        [this](qint64 expected, qint64) { catchUp(expected); });
    connect(
        &m_stream, &net::StreamClient::errorOccurred, this, [this](const Error &error, bool fatal) {
            if (fatal)
                handleError(error);
        });
    connect(&m_stream, &net::StreamClient::ready, this, &Workspace::reloadFailed);
    connect(
        &m_timeline, &models::TimelineModel::olderMessagesRequested, this, &Workspace::loadOlder);
}

Workspace::~Workspace()
{
    m_stream.stop();
}

void Workspace::start()
{
    loadMatters();
    loadSnapshot();
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
                    << m_reload.messages;
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
}

void Workspace::loadSnapshot()
{
    // The snapshot brings the direct conversations and the since token the stream resumes from.
    m_api.sync(std::nullopt, 0, [this](Result<protocol::SyncBatch> answer) {
        if (!answer) {
            qCWarning(lcSync) << "snapshot failed:" << answer.error().code;
            handleError(answer.error());
            m_stream.start(m_api.streamUrl(), m_api.token(), std::nullopt);
            return;
        }
        applyBatch(answer.value());
        m_stream.start(m_api.streamUrl(), m_api.token(), m_since);
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
            handleError(answer.error());
            return;
        }
        applyBatch(answer.value());
        if (answer->hasMore)
            catchUp(answer->next);
    });
}

void Workspace::applyBatch(const protocol::SyncBatch &batch)
{
    for (const protocol::Change &change : batch.changes)
        applyChange(change);
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
    }
    // Receipts, users and documents have no view yet.
}

void Workspace::applyMessage(const protocol::Message &message)
{
    if (!message.clientTxnId.isEmpty() && message.senderId == m_session.user.id
        && m_outbox.remove(message.clientTxnId)) {
        m_outboxOrder.removeAll(message.clientTxnId);
        Q_EMIT messageSent(message.clientTxnId, message.id);
    }
    m_timeline.upsert(message);
}

void Workspace::applyConversation(const protocol::Conversation &conversation)
{
    if (conversation.kind == QLatin1String("direct")) {
        m_direct.insert(conversation.id, conversation);
        m_conversations.upsert(conversation);
    } else if (m_selectedMatter && conversation.matterId == m_selectedMatter) {
        m_conversations.upsert(conversation);
    }
}

void Workspace::selectMatter(std::optional<qint64> matterId)
{
    if (matterId == m_selectedMatter && (!matterId || m_conversations.matterId() == matterId))
        return;
    m_selectedMatter = matterId;
    m_conversations.setMatterConversations(matterId, {});
    if (!matterId)
        return;
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
        m_conversations.setMatterConversations(id, answer.value());
        Q_EMIT conversationsLoaded(id);
    });
}

void Workspace::selectConversation(std::optional<qint64> conversationId)
{
    if (conversationId == m_selectedConversation && m_timeline.conversationId() == conversationId)
        return;
    m_selectedConversation = conversationId;
    m_timeline.setConversation(conversationId);
    if (!conversationId)
        return;
    restorePending(*conversationId);
    loadMessages(*conversationId);
}

void Workspace::loadMessages(qint64 id)
{
    m_api.messages(id, std::nullopt, MessagePageSize, [this, id](Result<net::MessagePage> answer) {
        if (m_selectedConversation != id)
            return;
        m_reload.messages = !answer;
        if (!answer) {
            handleError(answer.error());
            return;
        }
        m_timeline.upsertAll(answer->messages);
        m_timeline.setOlderHistory(answer->prev);
        Q_EMIT messagesLoaded(id);
    });
}

void Workspace::loadOlder(qint64 before)
{
    if (!m_selectedConversation)
        return;
    const qint64 id = *m_selectedConversation;
    m_api.messages(id, before, MessagePageSize, [this, id](Result<net::MessagePage> answer) {
        if (m_selectedConversation != id)
            return;
        if (!answer) {
            m_timeline.setFetchingOlder(false);
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

Result<QString> Workspace::sendMessage(const QString &body)
{
    if (!m_selectedConversation)
        return Error::make(ErrorCode::MissingField, QStringLiteral("Select a conversation first."));
    const Result<void> length = m_limits.checkMessageBody(body);
    if (!length)
        return length.error();
    if (body.trimmed().isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("The message is empty."));

    protocol::Message draft;
    draft.conversationId = *m_selectedConversation;
    draft.senderId = m_session.user.id;
    draft.senderName = m_session.user.name;
    draft.kind = QStringLiteral("text");
    draft.body = body;
    draft.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.createdAt = QDateTime::currentDateTimeUtc();

    m_outbox.insert(draft.clientTxnId, Outgoing { draft, false, {} });
    m_outboxOrder.append(draft.clientTxnId);
    m_timeline.addPending(draft);
    send(draft.clientTxnId);
    return draft.clientTxnId;
}

void Workspace::retrySend(const QString &clientTxnId)
{
    auto it = m_outbox.find(clientTxnId);
    if (it == m_outbox.end())
        return;
    it->failed = false;
    it->error = {};
    m_timeline.markPending(clientTxnId);
    send(clientTxnId);
}

void Workspace::send(const QString &clientTxnId)
{
    const Outgoing out = m_outbox.value(clientTxnId);
    protocol::NewMessage message;
    message.clientTxnId = clientTxnId;
    message.kind = QStringLiteral("text");
    message.body = out.draft.body;
    m_api.sendMessage(
        out.draft.conversationId, message, [this, clientTxnId](Result<protocol::Message> answer) {
            if (answer) {
                applyMessage(answer.value());
                return;
            }
            auto it = m_outbox.find(clientTxnId);
            if (it == m_outbox.end())
                return; // the stream echo came first
            qCInfo(lcSync) << "send failed:" << answer.error().code;
            it->failed = true;
            it->error = answer.error();
            m_timeline.markFailed(clientTxnId, answer.error());
            Q_EMIT sendFailed(clientTxnId, answer.error());
            handleError(answer.error());
        });
}

void Workspace::handleError(const Error &error)
{
    if (error.is(ErrorCode::InvalidToken) || error.is(ErrorCode::MissingToken)) {
        m_stream.stop();
        Q_EMIT sessionExpired();
        return;
    }
    Q_EMIT loadFailed(error);
}

} // namespace parley::sync
