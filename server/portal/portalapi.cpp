// The portal's routes.
#include "portalapi.h"

#include "api/routes.h"
#include "app/servercontext.h"
#include "common/errors.h"
#include "http/apiserver.h"
#include "notify/mailtemplates.h"
#include "portalstore.h"
#include "protocol/jsonreader.h"

#include <QJsonArray>

namespace parley::server {

namespace {
QString sessionTokenOf(const ApiRequest &request)
{
    return QString::fromLatin1(cookieValue(request.header("cookie"), PortalSessions::CookieName));
}

// The string field of the request's JSON object body.
protocol::Result<QString> stringField(const ApiRequest &request, const char *key)
{
    auto object = request.jsonObject();
    if (!object)
        return object.error();
    protocol::JsonReader reader(object.value());
    const QString value = reader.string(key);
    if (!reader.ok())
        return reader.error();
    return value;
}

ApiReply notStarted()
{
    return ApiReply::error(notFound(QStringLiteral("The client portal")));
}
} // namespace

PortalApi::PortalApi(ServerContext &context, PortalOptions options, QString logoPath)
    : m_context(context)
    , m_options(options)
    , m_pages(std::move(logoPath))
{ }

PortalApi::~PortalApi() = default;

void PortalApi::start(const Clock &clock, const QString &firmName, const QUrl &publicUrl,
    std::function<void()> mailQueued)
{
    m_firmName = firmName;
    m_options.secureCookies = publicUrl.scheme() == QLatin1String("https");
    m_templates = std::make_unique<MailTemplates>(firmName, publicUrl, m_options.invitationMinutes);
    m_sessions = std::make_unique<PortalSessions>(
        m_context.db(), clock, *m_templates, m_options, mailQueued);
    m_mfa = std::make_unique<PortalMfa>(m_context.db(), clock, *m_templates, m_options, mailQueued);
    m_address = std::make_unique<PortalAddress>(
        m_context.db(), clock, m_context.access(), &m_context.events());
}

void PortalApi::addRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    using Access = Router::Access;
    const auto add = [this, &router](Method method, const char *pattern, Access access,
                         ApiReply (PortalApi::*handler)(const ApiRequest &)) {
        router.add(method, QString::fromLatin1(pattern), access,
            [this, handler](const ApiRequest &request) {
                return m_sessions ? (this->*handler)(request) : notStarted();
            });
    };
    add(Method::Post, "/api/v1/portal/invitations/redeem", Access::Public, &PortalApi::redeem);
    add(Method::Post, "/api/v1/portal/invitations/renew", Access::Public, &PortalApi::renew);
    add(Method::Post, "/api/v1/portal/sign-in-link", Access::Public, &PortalApi::requestLink);
    add(Method::Get, "/api/v1/portal/me", Access::Portal, &PortalApi::me);
    add(Method::Post, "/api/v1/portal/sign-out", Access::Portal, &PortalApi::signOut);
    add(Method::Get, "/api/v1/portal/conversations", Access::Portal, &PortalApi::conversations);
    add(Method::Post, "/api/v1/portal/conversations/{id}/mfa/code", Access::Portal,
        &PortalApi::sendCode);
    add(Method::Post, "/api/v1/portal/conversations/{id}/mfa/verify", Access::Portal,
        &PortalApi::verifyCode);
    add(Method::Put, "/api/v1/matters/{id}/parties/{id}/portal-email", Access::Authenticated,
        &PortalApi::choosePortalEmail);
    router.add(Method::Get, QStringLiteral("/api/v1/portal/conversations/{id}/messages"),
        Access::Portal, [this](const ApiRequest &request) {
            return guarded(request, [&] { return historyReply(m_context, request); });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/portal/conversations/{id}/messages"),
        Access::Portal, [this](const ApiRequest &request) {
            return guarded(
                request, [&] { return sendReply(m_context, request, QStringLiteral("portal")); });
        });
    router.add(Method::Post, QStringLiteral("/api/v1/portal/conversations/{id}/read"),
        Access::Portal, [this](const ApiRequest &request) {
            return guarded(request, [&] { return readReply(m_context, request); });
        });
    const auto page = [this](const ApiRequest &request) { return m_pages.serve(request.path); };
    router.add(Method::Get, QStringLiteral("/portal"), Access::Public, page);
    router.add(Method::Get, QStringLiteral("/portal/{rest}"), Access::Public, page);
}

ApiReply PortalApi::choosePortalEmail(const ApiRequest &request)
{
    const auto email = stringField(request, "email");
    if (!email)
        return ApiReply::error(email.error());
    return replyWith(m_address->choose(request.who(), request.id(0), request.id(1), email.value()),
        [](const protocol::Matter &matter) { return matter.toJson(); });
}

ApiReply PortalApi::redeem(const ApiRequest &request)
{
    const auto token = stringField(request, "token");
    if (!token)
        return ApiReply::error(token.error());
    auto signIn = m_sessions->redeem(token.value());
    if (!signIn)
        return ApiReply::error(signIn.error());
    ApiReply reply
        = ApiReply::ok(QJsonObject { { QStringLiteral("user"), signIn->principal.user.toJson() },
            { QStringLiteral("csrf_token"), PortalSessions::csrfFor(signIn->token) },
            { QStringLiteral("conversation_id"), signIn->conversationId } });
    reply.headers.append(qMakePair(QByteArray("Set-Cookie"), m_sessions->cookie(signIn->token)));
    return reply;
}

ApiReply PortalApi::requestLink(const ApiRequest &request)
{
    const auto email = stringField(request, "email");
    if (!email)
        return ApiReply::error(email.error());
    if (auto sent = m_sessions->requestLink(email.value()); !sent)
        return ApiReply::error(sent.error());
    // The same answer whether or not the address is known.
    return ApiReply::ok({}, 202);
}

ApiReply PortalApi::renew(const ApiRequest &request)
{
    const auto token = stringField(request, "token");
    if (!token)
        return ApiReply::error(token.error());
    if (auto sent = m_sessions->renew(token.value()); !sent)
        return ApiReply::error(sent.error());
    return ApiReply::ok({}, 202);
}

ApiReply PortalApi::me(const ApiRequest &request)
{
    return ApiReply::ok(QJsonObject { { QStringLiteral("user"), request.who().user.toJson() },
        { QStringLiteral("csrf_token"), PortalSessions::csrfFor(sessionTokenOf(request)) },
        { QStringLiteral("firm"),
            QJsonObject { { QStringLiteral("name"), m_firmName },
                { QStringLiteral("logo"), QStringLiteral("/portal/logo") } } },
        { QStringLiteral("idle_minutes"), m_options.idleMinutes } });
}

ApiReply PortalApi::signOut(const ApiRequest &request)
{
    if (auto done = m_sessions->signOut(request.who()); !done)
        return ApiReply::error(done.error());
    ApiReply reply = ApiReply::ok({});
    reply.headers.append(qMakePair(QByteArray("Set-Cookie"), m_sessions->cookie({})));
    return reply;
}

ApiReply PortalApi::conversations(const ApiRequest &request)
{
    const Principal &who = request.who();
    auto matters = m_context.matters().list(who);
    if (!matters)
        return ApiReply::error(matters.error());
    PortalStore store(m_context.db());
    QJsonArray list;
    for (const protocol::Matter &matter : matters.value()) {
        auto conversations = m_context.conversations().listForMatter(who, matter.id);
        if (!conversations)
            return ApiReply::error(conversations.error());
        for (const protocol::Conversation &conversation : conversations.value()) {
            const bool pending = PortalMfa::pending(who, conversation.id, conversation.requireMfa);
            auto unread = store.unreadCount(who.userId(), conversation.id);
            if (!unread)
                return ApiReply::error(unread.error());
            list.append(QJsonObject { { QStringLiteral("id"), conversation.id },
                { QStringLiteral("title"), conversation.title },
                { QStringLiteral("require_mfa"), conversation.requireMfa },
                { QStringLiteral("mfa_pending"), pending },
                { QStringLiteral("closed"), conversation.isClosed() },
                { QStringLiteral("unread"), unread.value() },
                { QStringLiteral("matter"),
                    QJsonObject { { QStringLiteral("id"), matter.id },
                        { QStringLiteral("number"), matter.number },
                        { QStringLiteral("title"), matter.title },
                        { QStringLiteral("status"), matter.status } } } });
        }
    }
    return ApiReply::ok(QJsonObject { { QStringLiteral("conversations"), list } });
}

ApiReply PortalApi::guarded(const ApiRequest &request, const std::function<ApiReply()> &next)
{
    auto conversation = m_context.conversations().get(request.who(), request.id());
    if (!conversation)
        return ApiReply::error(conversation.error());
    if (PortalMfa::pending(request.who(), request.id(), conversation->requireMfa))
        return ApiReply::error(protocol::Error::make(protocol::ErrorCode::MfaRequired,
            QStringLiteral("This conversation is protected: enter the code we email you to "
                           "read it.")));
    return next();
}

ApiReply PortalApi::sendCode(const ApiRequest &request)
{
    auto conversation = m_context.conversations().get(request.who(), request.id());
    if (!conversation)
        return ApiReply::error(conversation.error());
    if (!conversation->requireMfa)
        return ApiReply::error(invalidField(QStringLiteral("conversation"),
            QStringLiteral("This conversation does not ask for a code.")));
    if (auto sent = m_mfa->sendCode(request.who(), request.id()); !sent)
        return ApiReply::error(sent.error());
    return ApiReply::ok({}, 202);
}

ApiReply PortalApi::verifyCode(const ApiRequest &request)
{
    const auto code = stringField(request, "code");
    if (!code)
        return ApiReply::error(code.error());
    auto conversation = m_context.conversations().get(request.who(), request.id());
    if (!conversation)
        return ApiReply::error(conversation.error());
    if (auto passed = m_mfa->verify(request.who(), request.id(), code.value()); !passed)
        return ApiReply::error(passed.error());
    return ApiReply::ok({});
}

} // namespace parley::server
