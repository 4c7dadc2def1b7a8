// ApiClient: requests, error mapping and decoding of every API answer.
#include "apiclient.h"

#include "netlogging.h"
#include "protocol/jsonreader.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace parley::net {

using protocol::Error;
using protocol::Result;
namespace ErrorCode = protocol::ErrorCode;

namespace {

constexpr int TransferTimeoutMs = 30000;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Decodes the "key" array of an answer into wire types.
template<typename T>
Result<QList<T>> decodeList(const QJsonObject &json, const char *key)
{
    protocol::JsonReader reader(json);
    if (!json.value(QLatin1String(key)).isArray())
        reader.array(key); // records missing_field / invalid_field
    QList<T> items = protocol::readList<T>(reader, key);
    return reader.finish(std::move(items));
}

// Undecodable answers are the server's fault, not the user's: report invalid_response.
Error invalidResponse(const Error &decodeError)
{
    return Error::make(ErrorCode::InvalidResponse,
        QStringLiteral("The server sent an answer Parley cannot read (%1).")
            .arg(decodeError.message));
}

template<typename T, typename Decode>
std::function<void(Result<QJsonObject>)> decoding(ApiClient::Callback<T> done, Decode decode)
{
    return [done = std::move(done), decode](Result<QJsonObject> answer) {
        if (!done)
            return;
        if (!answer) {
            done(answer.error());
            return;
        }
        Result<T> value = decode(answer.value());
        if (!value) {
            done(invalidResponse(value.error()));
            return;
        }
        done(std::move(value));
    };
}

template<typename T>
std::function<void(Result<QJsonObject>)> decodingObject(ApiClient::Callback<T> done)
{
    return decoding<T>(std::move(done), [](const QJsonObject &json) { return T::fromJson(json); });
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(baseUrl)
{ }

Result<void> ApiClient::checkBaseUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error::make(ClientErrorCode::InvalidUrl,
            QStringLiteral("The server address must look like https://parley.example.com."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return Error::make(ClientErrorCode::InsecureUrl,
            QStringLiteral("Parley only connects to %1 over https://; plain http:// is allowed "
                           "only for this computer (localhost).")
                .arg(url.host()));
    return {};
}

QUrl ApiClient::streamUrl() const
{
    QUrl url = m_baseUrl;
    url.setScheme(m_baseUrl.scheme().toLower() == QLatin1String("https") ? QStringLiteral("wss")
                                                                         : QStringLiteral("ws"));
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/stream"));
    return url;
}

void ApiClient::request(const QByteArray &verb, const QString &path, const QUrlQuery &query,
    const std::optional<QJsonObject> &body, Handler handler)
{
    const Result<void> allowed = checkBaseUrl(m_baseUrl);
    if (!allowed || !m_nam) {
        const Error error = allowed
            ? Error::make(ErrorCode::NetworkError, QStringLiteral("The network is not available."))
            : allowed.error();
        // Answer asynchronously, as for a real request, so callers see one order of events.
        QTimer::singleShot(0, this, [handler = std::move(handler), error] { handler(error); });
        return;
    }

    QNetworkRequest req = authorizedRequest(path, query);
    req.setTransferTimeout(TransferTimeoutMs);
    req.setRawHeader("Accept", "application/json");
    QByteArray payload;
    if (body) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }

    qCDebug(lcNet) << verb.constData() << path;
    QNetworkReply *reply
        = body ? m_nam->sendCustomRequest(req, verb, payload) : m_nam->sendCustomRequest(req, verb);
    // Owned by the client: destroying it aborts what is in flight, and no callback runs.
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, handler = std::move(handler)] { finished(reply, handler); });
}

QNetworkAccessManager *ApiClient::networkManager() const
{
    return m_nam.data();
}

QNetworkRequest ApiClient::authorizedRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return req;
}

Error ApiClient::replyError(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        qCInfo(lcNet) << "request failed without an answer:" << reply->error();
        return Error::make(ErrorCode::NetworkError,
            QStringLiteral("Cannot reach the server at %1: %2")
                .arg(m_baseUrl.toDisplayString(), reply->errorString()),
            QJsonObject { { QStringLiteral("network_error"), int(reply->error()) } });
    }
    const Error error = Error::fromBody(body, status);
    qCInfo(lcNet) << "request answered" << status << error.code;
    return error;
}

void ApiClient::finished(QNetworkReply *reply, const Handler &handler)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();

    if (status < 200 || status >= 300) {
        handler(replyError(reply, bytes));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (bytes.trimmed().isEmpty()) {
        handler(QJsonObject {});
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        handler(Error::make(ErrorCode::InvalidResponse,
            QStringLiteral("The server sent an answer that is not a JSON object.")));
        return;
    }
    handler(doc.object());
}

void ApiClient::login(const protocol::LoginRequest &login, Callback<protocol::LoginResponse> done)
{
    request("POST", QStringLiteral("/api/v1/auth/login"), {}, login.toJson(),
        decodingObject<protocol::LoginResponse>(std::move(done)));
}

void ApiClient::logout(Callback<void> done)
{
    postForNothing(QStringLiteral("/api/v1/auth/logout"), std::move(done));
}

void ApiClient::logoutAll(Callback<void> done)
{
    postForNothing(QStringLiteral("/api/v1/auth/logout-all"), std::move(done));
}

void ApiClient::postForNothing(const QString &path, Callback<void> done)
{
    request("POST", path, {}, QJsonObject {}, [done = std::move(done)](Result<QJsonObject> answer) {
        if (!done)
            return;
        if (!answer)
            done(answer.error());
        else
            done({});
    });
}

void ApiClient::me(Callback<protocol::User> done)
{
    request("GET", QStringLiteral("/api/v1/me"), {}, std::nullopt,
        decodingObject<protocol::User>(std::move(done)));
}

void ApiClient::matters(Callback<QList<protocol::Matter>> done)
{
    request("GET", QStringLiteral("/api/v1/matters"), {}, std::nullopt,
        decoding<QList<protocol::Matter>>(std::move(done),
            [](const QJsonObject &json) { return decodeList<protocol::Matter>(json, "matters"); }));
}

void ApiClient::matter(qint64 id, Callback<protocol::Matter> done)
{
    request("GET", QStringLiteral("/api/v1/matters/%1").arg(id), {}, std::nullopt,
        decodingObject<protocol::Matter>(std::move(done)));
}

void ApiClient::documents(qint64 matterId, Callback<QList<protocol::Document>> done)
{
    request("GET", QStringLiteral("/api/v1/matters/%1/documents").arg(matterId), {}, std::nullopt,
        decoding<QList<protocol::Document>>(std::move(done), [](const QJsonObject &json) {
            return decodeList<protocol::Document>(json, "documents");
        }));
}

void ApiClient::messageFiles(qint64 matterId, Callback<QList<protocol::Message>> done)
{
    request("GET", QStringLiteral("/api/v1/matters/%1/message-files").arg(matterId), {},
        std::nullopt,
        decoding<QList<protocol::Message>>(std::move(done), [](const QJsonObject &json) {
            return decodeList<protocol::Message>(json, "messages");
        }));
}

void ApiClient::createDocument(
    qint64 matterId, const protocol::NewDocument &document, Callback<protocol::Document> done)
{
    request("POST", QStringLiteral("/api/v1/matters/%1/documents").arg(matterId), {},
        document.toJson(), decodingObject<protocol::Document>(std::move(done)));
}

void ApiClient::addDocumentVersion(qint64 documentId, const protocol::NewDocumentVersion &version,
    Callback<protocol::Document> done)
{
    request("POST", QStringLiteral("/api/v1/documents/%1/versions").arg(documentId), {},
        version.toJson(), decodingObject<protocol::Document>(std::move(done)));
}

void ApiClient::stopSharing(qint64 documentId, Callback<protocol::Document> done)
{
    request("POST", QStringLiteral("/api/v1/documents/%1/stop-sharing").arg(documentId), {},
        std::nullopt, decodingObject<protocol::Document>(std::move(done)));
}

void ApiClient::deleteMessage(qint64 messageId, Callback<protocol::Message> done)
{
    request("DELETE", QStringLiteral("/api/v1/messages/%1").arg(messageId), {}, std::nullopt,
        decodingObject<protocol::Message>(std::move(done)));
}

void ApiClient::matterRecord(qint64 matterId, Callback<MatterRecord> done)
{
    request("GET", QStringLiteral("/api/v1/matters/%1/record").arg(matterId), {}, std::nullopt,
        decoding<MatterRecord>(
            std::move(done), [](const QJsonObject &json) -> Result<MatterRecord> {
                const QJsonValue record = json.value(QLatin1String("record"));
                const QJsonValue html = json.value(QLatin1String("html"));
                if (!record.isObject() || !html.isString())
                    return Error::make(ErrorCode::InvalidField,
                        QStringLiteral("The record needs \"record\" and \"html\"."));
                return MatterRecord { record.toObject(), html.toString() };
            }));
}

void ApiClient::setPortalEmail(
    qint64 matterId, qint64 userId, const QString &email, Callback<protocol::Matter> done)
{
    request("PUT",
        QStringLiteral("/api/v1/matters/%1/parties/%2/portal-email").arg(matterId).arg(userId), {},
        QJsonObject { { QStringLiteral("email"), email } },
        decodingObject<protocol::Matter>(std::move(done)));
}

void ApiClient::closeMatter(qint64 matterId, Callback<protocol::Matter> done)
{
    request("POST", QStringLiteral("/api/v1/matters/%1/close").arg(matterId), {}, QJsonObject(),
        decodingObject<protocol::Matter>(std::move(done)));
}

void ApiClient::cancelClient(qint64 matterId, qint64 userId, Callback<protocol::Matter> done)
{
    request("POST",
        QStringLiteral("/api/v1/matters/%1/parties/%2/cancel").arg(matterId).arg(userId), {},
        QJsonObject(), decodingObject<protocol::Matter>(std::move(done)));
}

void ApiClient::setMatterStatus(
    qint64 matterId, const QString &status, Callback<protocol::Matter> done)
{
    request("POST", QStringLiteral("/api/v1/matters/%1/status").arg(matterId), {},
        QJsonObject { { QStringLiteral("status"), status } },
        decodingObject<protocol::Matter>(std::move(done)));
}

void ApiClient::setMessageSpouse(qint64 matterId, bool on, Callback<protocol::Matter> done)
{
    request("POST", QStringLiteral("/api/v1/matters/%1/settings").arg(matterId), {},
        QJsonObject { { QStringLiteral("message_spouse"), on } },
        decodingObject<protocol::Matter>(std::move(done)));
}

namespace {

// What a template's create and change send: the server keeps id and time.
QJsonObject templateBody(const protocol::MessageTemplate &item)
{
    return QJsonObject { { QStringLiteral("name"), item.name },
        { QStringLiteral("body"), item.body } };
}

QJsonObject ruleBody(const protocol::StatusRule &rule)
{
    QJsonObject json = rule.toJson();
    json.remove(QStringLiteral("id"));
    return json;
}

} // namespace

void ApiClient::templates(Callback<QList<protocol::MessageTemplate>> done)
{
    request("GET", QStringLiteral("/api/v1/templates"), {}, std::nullopt,
        decoding<QList<protocol::MessageTemplate>>(std::move(done), [](const QJsonObject &json) {
            return decodeList<protocol::MessageTemplate>(json, "templates");
        }));
}

void ApiClient::createTemplate(
    const protocol::MessageTemplate &item, Callback<protocol::MessageTemplate> done)
{
    request("POST", QStringLiteral("/api/v1/templates"), {}, templateBody(item),
        decodingObject<protocol::MessageTemplate>(std::move(done)));
}

void ApiClient::changeTemplate(qint64 templateId, const protocol::MessageTemplate &item,
    Callback<protocol::MessageTemplate> done)
{
    request("POST", QStringLiteral("/api/v1/templates/%1").arg(templateId), {}, templateBody(item),
        decodingObject<protocol::MessageTemplate>(std::move(done)));
}

void ApiClient::deleteTemplate(qint64 templateId, Callback<void> done)
{
    postForNothing(QStringLiteral("/api/v1/templates/%1/delete").arg(templateId), std::move(done));
}

void ApiClient::statusRules(Callback<QList<protocol::StatusRule>> done)
{
    request("GET", QStringLiteral("/api/v1/status-rules"), {}, std::nullopt,
        decoding<QList<protocol::StatusRule>>(std::move(done), [](const QJsonObject &json) {
            return decodeList<protocol::StatusRule>(json, "rules");
        }));
}

void ApiClient::createStatusRule(
    const protocol::StatusRule &rule, Callback<protocol::StatusRule> done)
{
    request("POST", QStringLiteral("/api/v1/status-rules"), {}, ruleBody(rule),
        decodingObject<protocol::StatusRule>(std::move(done)));
}

void ApiClient::changeStatusRule(
    qint64 ruleId, const protocol::StatusRule &rule, Callback<protocol::StatusRule> done)
{
    request("POST", QStringLiteral("/api/v1/status-rules/%1").arg(ruleId), {}, ruleBody(rule),
        decodingObject<protocol::StatusRule>(std::move(done)));
}

void ApiClient::deleteStatusRule(qint64 ruleId, Callback<void> done)
{
    postForNothing(QStringLiteral("/api/v1/status-rules/%1/delete").arg(ruleId), std::move(done));
}

void ApiClient::conversations(qint64 matterId, Callback<QList<protocol::Conversation>> done)
{
    request("GET", QStringLiteral("/api/v1/matters/%1/conversations").arg(matterId), {},
        std::nullopt,
        decoding<QList<protocol::Conversation>>(std::move(done), [](const QJsonObject &json) {
            return decodeList<protocol::Conversation>(json, "conversations");
        }));
}

void ApiClient::conversation(qint64 id, Callback<protocol::Conversation> done)
{
    request("GET", QStringLiteral("/api/v1/conversations/%1").arg(id), {}, std::nullopt,
        decodingObject<protocol::Conversation>(std::move(done)));
}

void ApiClient::createConversation(
    const protocol::NewConversation &conversation, Callback<protocol::Conversation> done)
{
    request("POST", QStringLiteral("/api/v1/conversations"), {}, conversation.toJson(),
        decodingObject<protocol::Conversation>(std::move(done)));
}

void ApiClient::messages(
    qint64 conversationId, std::optional<qint64> before, int limit, Callback<MessagePage> done)
{
    QUrlQuery query;
    if (before)
        query.addQueryItem(QStringLiteral("before"), QString::number(*before));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request("GET", QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId), query,
        std::nullopt,
        decoding<MessagePage>(std::move(done), [](const QJsonObject &json) -> Result<MessagePage> {
            Result<QList<protocol::Message>> list = decodeList<protocol::Message>(json, "messages");
            if (!list)
                return list.error();
            protocol::JsonReader reader(json);
            MessagePage page { std::move(list).value(), reader.optionalId("prev") };
            return reader.finish(std::move(page));
        }));
}

void ApiClient::sendMessage(
    qint64 conversationId, const protocol::NewMessage &message, Callback<protocol::Message> done)
{
    request("POST", QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId), {},
        message.toJson(), decodingObject<protocol::Message>(std::move(done)));
}

void ApiClient::markRead(
    qint64 conversationId, qint64 messageId, Callback<QList<protocol::Receipt>> done)
{
    request("POST", QStringLiteral("/api/v1/conversations/%1/read").arg(conversationId), {},
        QJsonObject { { QStringLiteral("message_id"), messageId } },
        decoding<QList<protocol::Receipt>>(std::move(done), [](const QJsonObject &json) {
            return decodeList<protocol::Receipt>(json, "receipts");
        }));
}

void ApiClient::sync(std::optional<qint64> since, int limit, Callback<protocol::SyncBatch> done)
{
    QUrlQuery query;
    if (since)
        query.addQueryItem(QStringLiteral("since"), QString::number(*since));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request("GET", QStringLiteral("/api/v1/sync"), query, std::nullopt,
        decodingObject<protocol::SyncBatch>(std::move(done)));
}

void ApiClient::inbox(const InboxQuery &query, Callback<InboxPage> done)
{
    request("GET", QStringLiteral("/api/v1/inbox"), query.toUrlQuery(), std::nullopt,
        decoding<InboxPage>(std::move(done), [](const QJsonObject &json) -> Result<InboxPage> {
            Result<QList<protocol::InboxItem>> items
                = decodeList<protocol::InboxItem>(json, "items");
            if (!items)
                return items.error();
            protocol::JsonReader reader(json);
            InboxPage page { std::move(items).value(), int(reader.integer("total", 0)) };
            return reader.finish(std::move(page));
        }));
}

void ApiClient::inboxAction(
    const protocol::InboxAction &action, Callback<QList<protocol::InboxItem>> done)
{
    request("POST", QStringLiteral("/api/v1/inbox/actions"), {}, action.toJson(),
        decoding<QList<protocol::InboxItem>>(std::move(done), [](const QJsonObject &json) {
            return decodeList<protocol::InboxItem>(json, "items");
        }));
}

void ApiClient::assignConversation(
    qint64 conversationId, std::optional<qint64> assigneeId, Callback<protocol::Conversation> done)
{
    request("POST", QStringLiteral("/api/v1/conversations/%1/assign").arg(conversationId), {},
        QJsonObject { { QStringLiteral("assignee_id"),
            assigneeId ? QJsonValue(*assigneeId) : QJsonValue() } },
        decodingObject<protocol::Conversation>(std::move(done)));
}

void ApiClient::createTask(const protocol::TaskInput &task, Callback<protocol::Task> done)
{
    request("POST", QStringLiteral("/api/v1/tasks"), {}, task.toJson(),
        decodingObject<protocol::Task>(std::move(done)));
}

void ApiClient::tasks(const TaskQuery &which, Callback<QList<protocol::Task>> done)
{
    QUrlQuery query;
    if (which.matterId)
        query.addQueryItem(QStringLiteral("matter_id"), QString::number(*which.matterId));
    else
        query.addQueryItem(QStringLiteral("assignee"), QStringLiteral("me"));
    if (which.includeDone)
        query.addQueryItem(QStringLiteral("include_done"), QStringLiteral("1"));
    request("GET", QStringLiteral("/api/v1/tasks"), query, std::nullopt,
        decoding<QList<protocol::Task>>(std::move(done),
            [](const QJsonObject &json) { return decodeList<protocol::Task>(json, "tasks"); }));
}

void ApiClient::changeTask(
    qint64 taskId, const protocol::TaskInput &change, Callback<protocol::Task> done)
{
    request("POST", QStringLiteral("/api/v1/tasks/%1").arg(taskId), {}, change.toJson(),
        decodingObject<protocol::Task>(std::move(done)));
}

void ApiClient::saveAsDocument(
    qint64 messageId, const QString &sha256, const QString &name, Callback<protocol::Document> done)
{
    QJsonObject body { { QStringLiteral("sha256"), sha256 } };
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    request("POST", QStringLiteral("/api/v1/messages/%1/save-as-document").arg(messageId), {}, body,
        decodingObject<protocol::Document>(std::move(done)));
}

} // namespace parley::net
