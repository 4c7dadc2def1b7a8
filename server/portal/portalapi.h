// PortalApi: the web portal's routes under /api/v1/portal/ and its pages under /portal/.
// Sign-in (public): redeem an invitation, ask for a sign-in link, ask for a fresh link for an
// expired one. With the session cookie: who am I (and the CSRF token), sign out, my matters'
// conversations (unread counts, MFA pending), and per conversation: MFA code and check,
// history, reply, read. A conversation that requires MFA answers mfa_required until the
// session has entered its code. Everything else (which conversations a client may see, what
// a reply may carry) is the services' and the access policy's, as for the desktop. For staff:
// choose which of a party's addresses the portal uses.
#pragma once

#include "http/router.h"
#include "portaladdress.h"
#include "portalmfa.h"
#include "portalpages.h"
#include "portalsessions.h"

#include <QUrl>
#include <memory>

namespace parley::server {

class Clock;
class MailTemplates;
class ServerContext;

class PortalApi
{
public:
    PortalApi(ServerContext &context, PortalOptions options, QString logoPath);
    ~PortalApi();

    // Before start(), the routes answer not_found.
    void addRoutes(Router &router);
    // publicUrl: where links in emails point; mailQueued wakes the mail delivery.
    void start(const Clock &clock, const QString &firmName, const QUrl &publicUrl,
        std::function<void()> mailQueued);
    PortalSessions *sessions() { return m_sessions.get(); }

private:
    ApiReply redeem(const ApiRequest &request);
    ApiReply requestLink(const ApiRequest &request);
    ApiReply renew(const ApiRequest &request);
    ApiReply me(const ApiRequest &request);
    ApiReply signOut(const ApiRequest &request);
    ApiReply conversations(const ApiRequest &request);
    ApiReply sendCode(const ApiRequest &request);
    ApiReply verifyCode(const ApiRequest &request);
    ApiReply choosePortalEmail(const ApiRequest &request);
    // The reply of next() when the client may see the conversation now (member, and MFA
    // passed where required), else the error.
    ApiReply guarded(const ApiRequest &request, const std::function<ApiReply()> &next);

    ServerContext &m_context;
    PortalOptions m_options;
    PortalPages m_pages;
    QString m_firmName;
    std::unique_ptr<MailTemplates> m_templates;
    std::unique_ptr<PortalSessions> m_sessions;
    std::unique_ptr<PortalMfa> m_mfa;
    std::unique_ptr<PortalAddress> m_address;
};

} // namespace parley::server
