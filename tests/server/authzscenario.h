// AuthzScenario: the authorization matrix's firm on a real parley-server (fixture built with
// the admin provisioning and the API), one session per role, the phase changes, and a probe
// that runs one (role, resource, action) case against the server and says what came back.
#pragma once

#include "app/servercontext.h"
#include "authzmodel.h"
#include "httpclient.h"
#include "serverprocess.h"
#include "streamprobe.h"

#include <QHash>
#include <QJsonArray>
#include <map>
#include <memory>

namespace parley::test::authz {

// A unique word in the scenario's data, and whose it is: "matter:M1", "title:X1" (a
// conversation's name), "file:X1" (the name of a file sent there, also its document's name) or
// "content:X1" (what was said there).
struct Secret
{
    QByteArray text;
    QString owner;
};

struct Observed
{
    Outcome outcome = Outcome::NotFound;
    bool distinctFromMissing = false; // a 404 that does not read like a missing resource's
    QString detail; // status and error code, for failure messages
    QByteArray seen; // every byte the role received
};

class AuthzScenario
{
public:
    AuthzScenario();
    ~AuthzScenario();

    // Moves the scenario into a phase; streams connected before the change see it happen.
    void enter(Phase phase);
    Observed probe(
        const Role &role, const QString &resource, const QString &instance, const QString &action);
    const QList<Secret> &secrets() const { return m_secrets; }

private:
    struct Session;
    struct Request
    {
        QByteArray method;
        QString path;
        QJsonObject body;
        QString missingPath; // the same request for a resource that does not exist
    };

    void provision();
    void buildConversations();
    qint64 sendFile(HttpClient &owner, const QString &conversation, const QString &fileKey);
    void shareDocument();
    void openSessions();
    qint64 createInvitation(const QString &person, QString *token, bool expired);
    QByteArray secret(const QString &owner, const QString &prefix);
    HttpClient &ownerOf(const QString &conversation);
    void postLiveMarkers();

    HttpReply send(Session &session, const Request &request, const QString &path);
    HttpReply get(Session &session, const QString &path);
    Observed exchange(Session &session, const Request &request);
    Observed exchange(Session &session, const Request &request, const Request &missing);
    Observed listed(Session &session, const QString &path, const QByteArray &needle);
    Observed entryListed(
        Session &session, const QString &path, const QString &arrayKey, qint64 id, bool inMatter);
    Observed staffProbe(
        Session &session, const QString &resource, const QString &instance, const QString &action);
    Observed clientProbe(
        Session &session, const QString &resource, const QString &instance, const QString &action);
    Observed contentProbe(Session &session, const QString &conversation, const QByteArray &needle);
    Observed shareProbe(Session &session);
    Observed blobProbe(Session &session, const QString &blob, const QByteArray &method);
    Observed streamProbe(Session &session, const QString &conversation);
    Observed searchProbe(Session &session, const QString &conversation, bool snapshot);
    Observed inboxSearchProbe(Session &session, const QString &conversation);
    Observed closedProbe(Session &session, const QString &conversation);
    Observed openConversationProbe(Session &session, const QString &party);
    Observed closingProbe(Session &session, const QString &matter, const QString &action);
    QJsonArray syncChanges(Session &session, Observed *observed);
    Observed redeemProbe(const QString &instance);
    QString historyPath(Session &session, const QString &id) const;
    void observeStream(Session &session);

    qint64 twinConversation(const QString &conversation);
    qint64 twinMessage(const QString &conversation);
    qint64 twinShare();
    std::pair<qint64, qint64> twinMatter(const QString &matter);
    void closeAsThePhaseSays(Phase phase);

    ServerProcess m_server;
    std::unique_ptr<server::ServerContext> m_db; // the server's database, for the fixture
    std::map<QString, std::unique_ptr<Session>> m_sessions; // by role name
    std::unique_ptr<HttpClient> m_ownerA;
    std::unique_ptr<HttpClient> m_ownerB;
    qint64 m_firm = 0;
    QHash<QString, qint64> m_users; // by person
    QHash<QString, qint64> m_matters;
    QHash<QString, qint64> m_conversations;
    QHash<QString, qint64> m_markerMessages; // by conversation
    QHash<QString, QByteArray> m_markers; // the first message's word, by conversation
    QHash<QString, QByteArray> m_titles; // by conversation
    QHash<QString, QByteArray> m_liveMarkers; // this phase's stream word, by conversation
    QHash<QString, QByteArray> m_fileNames; // by file key
    QHash<QString, QString> m_blobs; // sha256 by blob key
    qint64 m_sharedDocument = 0;
    QByteArray m_sharedName;
    QString m_usedInvitation;
    QString m_expiredInvitation;
    QList<Secret> m_secrets;
    Phase m_phase = Phase::Initial;
    int m_txn = 0;
};

} // namespace parley::test::authz
