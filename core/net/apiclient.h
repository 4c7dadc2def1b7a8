// ApiClient: the Parley HTTP API as asynchronous calls whose answers are protocol::Result<T>.
#pragma once

#include "inboxquery.h"
#include "protocol/conversation.h"
#include "protocol/document.h"
#include "protocol/inboxitem.h"
#include "protocol/login.h"
#include "protocol/matter.h"
#include "protocol/message.h"
#include "protocol/messagetemplate.h"
#include "protocol/newconversation.h"
#include "protocol/newdocument.h"
#include "protocol/newmessage.h"
#include "protocol/receipt.h"
#include "protocol/result.h"
#include "protocol/syncbatch.h"
#include "protocol/task.h"
#include "protocol/user.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace parley::net {

// Client-side error codes besides those of protocol::ErrorCode.
namespace ClientErrorCode {
inline constexpr auto InsecureUrl = "insecure_url";
inline constexpr auto InvalidUrl = "invalid_url";
} // namespace ClientErrorCode

// One page of a conversation's history, oldest first; prev pages further back.
struct MessagePage
{
    QList<protocol::Message> messages;
    std::optional<qint64> prev;
};

// A matter's record of communication: the JSON record and the same as a printable page.
struct MatterRecord
{
    QJsonObject record;
    QString html;
};

// One page of the team inbox, and how many rows the whole query has.
struct InboxPage
{
    QList<protocol::InboxItem> items;
    int total = 0;
};

// Which tasks GET /api/v1/tasks lists: a matter's, or those assigned to the user.
struct TaskQuery
{
    std::optional<qint64> matterId; // none: the user's own (assignee=me)
    bool includeDone = false;
    friend bool operator==(const TaskQuery &, const TaskQuery &) = default;
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(protocol::Result<T>)>;

    // nam is not owned and must outlive the client.
    ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent = nullptr);

    // Plain http:// is allowed only to loopback hosts; tokens never cross a network in clear.
    static protocol::Result<void> checkBaseUrl(const QUrl &url);

    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // ws:// or wss:// URL of the change stream.
    QUrl streamUrl() const;
    // For the file transfers, which stream their own requests: the manager, and a request
    // for a path under the base URL carrying the token.
    QNetworkAccessManager *networkManager() const;
    QNetworkRequest authorizedRequest(const QString &path, const QUrlQuery &query = {}) const;
    // The error of a failed reply: network_error without an answer, else the API's body.
    protocol::Error replyError(QNetworkReply *reply, const QByteArray &body) const;

    void login(const protocol::LoginRequest &request, Callback<protocol::LoginResponse> done);
    void logout(Callback<void> done);
    // Ends every session of the signed-in user, on every computer, this one too.
    void logoutAll(Callback<void> done);
    void me(Callback<protocol::User> done);
    void matters(Callback<QList<protocol::Matter>> done);
    void matter(qint64 id, Callback<protocol::Matter> done);
    // The matter's files (All Files), by name, each with its versions.
    void documents(qint64 matterId, Callback<QList<protocol::Document>> done);
    // The newest messages with files in the matter's conversations the user may see.
    void messageFiles(qint64 matterId, Callback<QList<protocol::Message>> done);
    // A matter document from a finished upload; a new version of one (version_conflict when
    // the base is not the latest); stopping its shares.
    void createDocument(
        qint64 matterId, const protocol::NewDocument &document, Callback<protocol::Document> done);
    void addDocumentVersion(qint64 documentId, const protocol::NewDocumentVersion &version,
        Callback<protocol::Document> done);
    void stopSharing(qint64 documentId, Callback<protocol::Document> done);
    // Deletes the caller's own message; gives it as everyone now sees it ("deleted").
    void deleteMessage(qint64 messageId, Callback<protocol::Message> done);
    // The matter's record of communication (staff on the matter; the export is audited).
    void matterRecord(qint64 matterId, Callback<MatterRecord> done);
    // Closes the matter: the firm leaves its client conversations, which the clients keep
    // reading. Gives the matter as it is now.
    void closeMatter(qint64 matterId, Callback<protocol::Matter> done);
    // Records that a client of the matter cancelled with the firm: the firm leaves the client
    // conversations they are in. Gives the matter as it is now.
    void cancelClient(qint64 matterId, qint64 userId, Callback<protocol::Matter> done);
    // Chooses the address a party of the matter uses for the portal (a new one is added to
    // their addresses); gives the matter as it is now.
    void setPortalEmail(
        qint64 matterId, qint64 userId, const QString &email, Callback<protocol::Matter> done);
    // Sets the matter's status (not "closed": closeMatter does that). The firm's enabled rules
    // for the new status post their templates into the matter's open client conversations, once
    // per change; the same status again changes nothing. Gives the matter as it is now.
    void setMatterStatus(qint64 matterId, const QString &status, Callback<protocol::Matter> done);
    // Whether messages of an individual's matter reach the spouse too: turning it on adds the
    // spouse parties to the matter's open client conversations. Gives the matter as it is now.
    void setMessageSpouse(qint64 matterId, bool on, Callback<protocol::Matter> done);
    // The firm's message templates and status rules (automated messages). Create and change
    // send the item's fields, not its id; deleting a template a rule still uses answers
    // conflict.
    void templates(Callback<QList<protocol::MessageTemplate>> done);
    void createTemplate(
        const protocol::MessageTemplate &item, Callback<protocol::MessageTemplate> done);
    void changeTemplate(qint64 templateId, const protocol::MessageTemplate &item,
        Callback<protocol::MessageTemplate> done);
    void deleteTemplate(qint64 templateId, Callback<void> done);
    void statusRules(Callback<QList<protocol::StatusRule>> done);
    void createStatusRule(const protocol::StatusRule &rule, Callback<protocol::StatusRule> done);
    void changeStatusRule(
        qint64 ruleId, const protocol::StatusRule &rule, Callback<protocol::StatusRule> done);
    void deleteStatusRule(qint64 ruleId, Callback<void> done);
    void conversations(qint64 matterId, Callback<QList<protocol::Conversation>> done);
    void conversation(qint64 id, Callback<protocol::Conversation> done);
    // POST /api/v1/conversations: the created conversation with its members.
    void createConversation(
        const protocol::NewConversation &conversation, Callback<protocol::Conversation> done);
    // before: page older than this message id; limit <= 0 lets the server choose.
    void messages(
        qint64 conversationId, std::optional<qint64> before, int limit, Callback<MessagePage> done);
    void sendMessage(qint64 conversationId, const protocol::NewMessage &message,
        Callback<protocol::Message> done);
    // POST /conversations/{id}/read: messageId and every earlier message from others are
    // read; done gets the receipts it created (none when all were read already).
    void markRead(qint64 conversationId, qint64 messageId, Callback<QList<protocol::Receipt>> done);
    // since: none asks for a snapshot.
    void sync(std::optional<qint64> since, int limit, Callback<protocol::SyncBatch> done);

    // The team inbox: messages of the client conversations the user may see, with the user's
    // own state of each (unread, to-do, trash).
    void inbox(const InboxQuery &query, Callback<InboxPage> done);
    // One action on exactly these messages, all or nothing; done gets them as they are now,
    // in the same order.
    void inboxAction(
        const protocol::InboxAction &action, Callback<QList<protocol::InboxItem>> done);
    // Makes a colleague the one who answers a client conversation (none: unassigned).
    void assignConversation(qint64 conversationId, std::optional<qint64> assigneeId,
        Callback<protocol::Conversation> done);
    // Tasks: a new one (from a message when the input names one), a matter's or the user's
    // list, and a change to one (only the fields the input sets; done closes or reopens).
    void createTask(const protocol::TaskInput &task, Callback<protocol::Task> done);
    void tasks(const TaskQuery &query, Callback<QList<protocol::Task>> done);
    void changeTask(
        qint64 taskId, const protocol::TaskInput &change, Callback<protocol::Task> done);
    // Makes a file a client sent with a message a document of the message's matter (version 1
    // holds those bytes); name empty: the file's own name.
    void saveAsDocument(qint64 messageId, const QString &sha256, const QString &name,
        Callback<protocol::Document> done);

private:
    using Handler = std::function<void(protocol::Result<QJsonObject>)>;

    void request(const QByteArray &verb, const QString &path, const QUrlQuery &query,
        const std::optional<QJsonObject> &body, Handler handler);
    void finished(QNetworkReply *reply, const Handler &handler);
    // POSTs an empty object and reports only success or the error.
    void postForNothing(const QString &path, Callback<void> done);

    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace parley::net
