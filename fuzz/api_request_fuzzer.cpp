// libFuzzer target: an API request after QtHttpServer has read it, as ApiServer::dispatch and
// the route handlers take it apart: route matching ({id} segments), the query's integers, the
// JSON body decoded as each request type, and the header fields (bearer token, portal cookie,
// Origin, the client's address from X-Forwarded-For). The input is "METHOD target", header lines, a
// blank line, then the body.
#include "http/apirequest.h"
#include "http/clientaddress.h"
#include "http/requestfields.h"
#include "http/router.h"
#include "protocol/limits.h"
#include "protocol/login.h"
#include "protocol/messagetemplate.h"
#include "protocol/newconversation.h"
#include "protocol/newdocument.h"
#include "protocol/newmessage.h"

#include <QUrl>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace parley;
using namespace parley::server;
using Method = QHttpServerRequest::Method;

namespace {

[[noreturn]] void broken(const char *what, const QByteArray &input)
{
    std::fprintf(
        stderr, "api_request_fuzzer: %s\ninput: %s\n", what, input.toPercentEncoding().constData());
    std::abort();
}

// The route patterns of server/api, server/portal and server/sms (ServerApp::buildRouter
// needs the whole server; matching needs only the patterns).
const Router &router()
{
    static const Router routes = [] {
        Router r;
        const auto none = [](const ApiRequest &) { return ApiReply {}; };
        const std::pair<Method, const char *> table[] = {
            { Method::Get, "/healthz" },
            { Method::Post, "/api/v1/auth/login" },
            { Method::Post, "/api/v1/auth/logout" },
            { Method::Post, "/api/v1/auth/logout-all" },
            { Method::Get, "/api/v1/me" },
            { Method::Get, "/api/v1/sync" },
            { Method::Get, "/api/v1/matters" },
            { Method::Get, "/api/v1/matters/{id}" },
            { Method::Post, "/api/v1/matters/{id}/close" },
            { Method::Get, "/api/v1/matters/{id}/conversations" },
            { Method::Get, "/api/v1/matters/{id}/documents" },
            { Method::Post, "/api/v1/matters/{id}/documents" },
            { Method::Get, "/api/v1/matters/{id}/message-files" },
            { Method::Get, "/api/v1/matters/{id}/record" },
            { Method::Post, "/api/v1/matters/{id}/parties/{id}/cancel" },
            { Method::Post, "/api/v1/matters/{id}/status" },
            { Method::Post, "/api/v1/matters/{id}/settings" },
            { Method::Post, "/api/v1/messages/{id}/save-as-document" },
            { Method::Get, "/api/v1/templates" },
            { Method::Post, "/api/v1/templates" },
            { Method::Post, "/api/v1/templates/{id}" },
            { Method::Post, "/api/v1/templates/{id}/delete" },
            { Method::Get, "/api/v1/status-rules" },
            { Method::Post, "/api/v1/status-rules" },
            { Method::Post, "/api/v1/status-rules/{id}" },
            { Method::Post, "/api/v1/status-rules/{id}/delete" },
            { Method::Put, "/api/v1/matters/{id}/parties/{id}/portal-email" },
            { Method::Post, "/api/v1/documents/{id}/versions" },
            { Method::Post, "/api/v1/documents/{id}/stop-sharing" },
            { Method::Post, "/api/v1/conversations" },
            { Method::Get, "/api/v1/conversations/{id}" },
            { Method::Get, "/api/v1/conversations/{id}/messages" },
            { Method::Post, "/api/v1/conversations/{id}/messages" },
            { Method::Post, "/api/v1/conversations/{id}/read" },
            { Method::Delete, "/api/v1/conversations/{id}/members/{id}" },
            { Method::Delete, "/api/v1/messages/{id}" },
            { Method::Get, "/api/v1/portal/me" },
            { Method::Get, "/api/v1/portal/conversations" },
            { Method::Get, "/api/v1/portal/conversations/{id}/messages" },
            { Method::Post, "/api/v1/portal/conversations/{id}/messages" },
            { Method::Post, "/api/v1/portal/conversations/{id}/read" },
            { Method::Post, "/api/v1/portal/conversations/{id}/mfa/code" },
            { Method::Post, "/api/v1/portal/conversations/{id}/mfa/verify" },
            { Method::Post, "/api/v1/portal/invitations/redeem" },
            { Method::Post, "/api/v1/portal/invitations/renew" },
            { Method::Post, "/api/v1/portal/sign-in-link" },
            { Method::Post, "/api/v1/portal/sign-out" },
            { Method::Post, "/api/v1/sms/inbound" },
            { Method::Get, "/portal" },
            { Method::Get, "/portal/{rest}" },
        };
        for (const auto &[method, pattern] : table)
            r.add(method, QString::fromLatin1(pattern), Router::Access::Public, none);
        return r;
    }();
    return routes;
}

Method methodOf(const QByteArray &name)
{
    static const std::pair<const char *, Method> methods[] = { { "GET", Method::Get },
        { "POST", Method::Post }, { "PUT", Method::Put }, { "DELETE", Method::Delete },
        { "PATCH", Method::Patch }, { "HEAD", Method::Head }, { "OPTIONS", Method::Options } };
    for (const auto &[text, method] : methods) {
        if (name == text)
            return method;
    }
    return Method::Unknown;
}

template<typename T>
void decode(const QJsonObject &object)
{
    (void)T::fromJson(object);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype blank = input.indexOf("\n\n");
    const QByteArray head = blank < 0 ? input : input.left(blank);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');

    ApiRequest request;
    request.method = methodOf(requestLine.first());
    const QUrl url = QUrl::fromEncoded(requestLine.value(1));
    request.path = url.path();
    request.query = QUrlQuery(url);
    request.body = blank < 0 ? QByteArray() : input.mid(blank + 2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({ lines.at(i).left(colon).trimmed().toLower(),
                lines.at(i).mid(colon + 1).trimmed() });
    }

    const Router::Match match = router().resolve(request.method, request.path);
    if (match.route) {
        if (!match.allowed.isEmpty())
            broken("a matched route that also lists other methods", input);
        if (match.ids.size() != match.route->pattern.count(QStringLiteral("{id}")))
            broken("a match whose ids do not fit its pattern", input);
        for (const qint64 id : match.ids) {
            if (id < 0)
                broken("a negative id from a route", input);
        }
        request.ids = match.ids;
    }

    for (const auto &[name, min, max] : { std::tuple { "limit", qint64(1), qint64(500) },
             std::tuple { "before", qint64(1), std::numeric_limits<qint64>::max() },
             std::tuple { "since", qint64(0), std::numeric_limits<qint64>::max() } }) {
        const auto value = request.queryInteger(name, min, max);
        if (value && value.value() && (*value.value() < min || *value.value() > max))
            broken("a query integer outside its bounds", input);
    }

    if (const auto object = request.jsonObject()) {
        decode<protocol::LoginRequest>(object.value());
        decode<protocol::NewDocument>(object.value());
        decode<protocol::NewDocumentVersion>(object.value());
        decode<protocol::StatusRule>(object.value());
        if (const auto messageTemplate = protocol::MessageTemplate::fromJson(object.value())) {
            (void)protocol::TemplateText::check(messageTemplate.value().body);
            (void)protocol::TemplateText::render(messageTemplate.value().body,
                { { QStringLiteral("client_name"), QStringLiteral("A and B") } });
        }
        if (const auto message = protocol::NewMessage::fromJson(object.value()))
            (void)message.value().validate(protocol::Limits {});
        if (const auto conversation = protocol::NewConversation::fromJson(object.value()))
            (void)conversation.value().validate(protocol::Limits {});
    }

    // Behind trusted proxies the client is loopback, one of them, or an address a header
    // named; never a null address, and an untrusted peer is never overridden.
    QByteArrayList forwardedFor;
    for (const auto &[name, value] : request.headers) {
        if (name == "x-forwarded-for")
            forwardedFor.append(value);
    }
    static const AddressRanges proxies = AddressRanges::parse(
        { QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8"), QStringLiteral("::1") },
        QStringLiteral("fuzz"))
                                             .value();
    const QByteArray joined = forwardedFor.join(',');
    if (clientAddress(QHostAddress::LocalHost, joined, proxies).isNull())
        broken("a null client address behind a trusted proxy", input);
    const QHostAddress stranger(QStringLiteral("192.0.2.1"));
    if (clientAddress(stranger, joined, proxies) != stranger)
        broken("an untrusted peer's X-Forwarded-For was believed", input);
    (void)bearerToken(request.header("authorization"));
    (void)cookieValue(request.header("cookie"), "parley_portal");
    static const QUrl publicUrl(QStringLiteral("https://parley.example.com:8443"));
    (void)sameOrigin(request.header("origin"), request.header("host"), publicUrl);
    return 0;
}
