// The authorization matrix's scenario on the real server, and its probes.
#include "authzscenario.h"

#include "admin/provisioning.h"
#include "auth/sessiontoken.h"
#include "db/sqlquery.h"
#include "notify/notifystore.h"
#include "store/matterstore.h"
#include "transferfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>
#include <catch2/catch.hpp>

namespace parley::test::authz {

namespace {
const QString Password = QStringLiteral("authz-matrix-password");
const QString Missing = QStringLiteral("999999999");
const QString MissingSha = QString(64, u'0');

QString emailOf(const QString &person)
{
    return person.toLower() + QStringLiteral("@authz.test");
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Requires a fixture step to have worked, saying why not.
template<typename T>
void must(const protocol::Result<T> &done)
{
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done);
}

bool isStaffKey(const QString &person)
{
    return QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D"),
        QStringLiteral("E") }
        .contains(person);
}
} // namespace

// One role's way in: a bearer token (staff) or a portal cookie with its CSRF token.
struct AuthzScenario::Session
{
    const Role &role;
    HttpClient http;
    QString token; // the bearer token, or the portal session token of the cookie
    QByteArray csrf;
    QHash<QString, HttpReply> cache; // GET answers of this phase, by path
    QHash<QString, Observed> streamSeen; // by conversation, as the phase began
    std::unique_ptr<StreamProbe> stream;
    bool streamReady = false;

    Session(const Role &r, const QUrl &url)
        : role(r)
        , http(url)
    { }
};

AuthzScenario::AuthzScenario()
{
    provision();
    const bool started = m_server.start({});
    INFO(m_server.errorString().toStdString());
    REQUIRE(started);
    m_ownerA = std::make_unique<HttpClient>(m_server.url());
    m_ownerB = std::make_unique<HttpClient>(m_server.url());
    REQUIRE_FALSE(m_ownerA->login(emailOf(QStringLiteral("A")), Password).isEmpty());
    REQUIRE_FALSE(m_ownerB->login(emailOf(QStringLiteral("B")), Password).isEmpty());
    buildConversations();
    shareDocument();
    openSessions();
}

AuthzScenario::~AuthzScenario() = default;

QByteArray AuthzScenario::secret(const QString &owner, const QString &prefix)
{
    const QByteArray text
        = prefix.toLatin1() + '-' + QUuid::createUuid().toRfc4122().toHex().left(12).toUpper();
    m_secrets.append(Secret { text, owner });
    return text;
}

// The firm, its people and matters, as an administrator provisions them.
void AuthzScenario::provision()
{
    m_db = std::make_unique<server::ServerContext>(protocol::Limits(), server::PasswordHasher());
    const bool created = m_server.ensureDatabase();
    INFO(m_server.errorString().toStdString());
    REQUIRE(created);
    REQUIRE(m_db->open(m_server.dataDir(), m_server.databaseUrl()));
    server::Provisioning admin(m_db->db(), m_db->hasher());
    auto firm = admin.createFirm(QStringLiteral("Matrix & Partners"));
    REQUIRE(firm);
    m_firm = firm.value();
    for (const QString &person : { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D"),
             QStringLiteral("E"), QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("R"),
             QStringLiteral("C3") }) {
        auto id = isStaffKey(person) ? admin.createStaff(firm.value(), emailOf(person),
                      QStringLiteral("Staff ") + person, QStringLiteral("lawyer"), Password)
                                     : admin.createClient(firm.value(), emailOf(person),
                                         QStringLiteral("Client ") + person, {});
        REQUIRE(id);
        m_users.insert(person, id.value());
    }
    for (const Matter &matter : Matters) {
        const QString owner = QStringLiteral("matter:") + matter.key;
        auto id = admin.createMatter(server::NewMatter { firm.value(),
            QString::fromLatin1(secret(owner, QStringLiteral("NO"))),
            QString::fromLatin1(secret(owner, QStringLiteral("Matter"))), QStringLiteral("open"),
            matter.restricted, QStringLiteral("individual") });
        REQUIRE(id);
        m_matters.insert(matter.key, id.value());
        for (const QString &staff : matter.staffList)
            must(admin.addStaff(id.value(), m_users.value(staff)));
        for (const QString &party : matter.parties)
            must(admin.addParty(id.value(), m_users.value(party), QStringLiteral("client")));
    }
}

HttpClient &AuthzScenario::ownerOf(const QString &conversation)
{
    return byKey(Conversations, conversation).owner == QLatin1String("B") ? *m_ownerB : *m_ownerA;
}

// The conversations, a message with a unique word in each, and a file sent to each.
void AuthzScenario::buildConversations()
{
    for (const Conversation &conversation : Conversations) {
        QJsonArray members;
        for (const QString &member : conversation.members) {
            if (member != conversation.owner)
                members.append(m_users.value(member));
        }
        const QByteArray title
            = secret(QStringLiteral("title:") + conversation.key, QStringLiteral("Topic"));
        m_titles.insert(conversation.key, title);
        QJsonObject request { { QStringLiteral("kind"), conversation.kind },
            { QStringLiteral("title"), QString::fromLatin1(title) },
            { QStringLiteral("member_ids"), members },
            { QStringLiteral("require_mfa"), conversation.requireMfa } };
        if (!conversation.matter.isEmpty())
            request.insert(QStringLiteral("matter_id"), m_matters.value(conversation.matter));
        const HttpReply created
            = ownerOf(conversation.key).post(QStringLiteral("/api/v1/conversations"), request);
        INFO(created.raw.toStdString());
        REQUIRE(created.status == 201);
        m_conversations.insert(conversation.key, created.json[QStringLiteral("id")].toInteger());
        const QByteArray marker
            = secret(QStringLiteral("content:") + conversation.key, QStringLiteral("Word"));
        m_markers.insert(conversation.key, marker);
        const HttpReply sent = ownerOf(conversation.key)
                                   .post(QStringLiteral("/api/v1/conversations/%1/messages")
                                             .arg(m_conversations.value(conversation.key)),
                                       QJsonObject { { QStringLiteral("client_txn_id"),
                                                         QStringLiteral("m-%1").arg(++m_txn) },
                                           { QStringLiteral("kind"), QStringLiteral("text") },
                                           { QStringLiteral("body"),
                                               QStringLiteral("The word is %1.")
                                                   .arg(QString::fromLatin1(marker)) } });
        REQUIRE(sent.status == 201);
        m_markerMessages.insert(conversation.key, sent.json[QStringLiteral("id")].toInteger());
    }
    for (const SentFile &file : SentFiles)
        sendFile(ownerOf(file.conversation), file.conversation, file.key);
}

// Uploads a new document to the conversation's matter and sends it there; returns the
// document's id.
qint64 AuthzScenario::sendFile(
    HttpClient &owner, const QString &conversation, const QString &fileKey)
{
    const QByteArray name
        = secret(QStringLiteral("file:") + conversation, QStringLiteral("File")) + ".pdf";
    const QByteArray bytes = randomBytes(1000 + m_txn);
    const QString upload = uploadBytes(owner, bytes, QString::fromLatin1(name));
    REQUIRE_FALSE(upload.isEmpty());
    const QString matter = byKey(Conversations, conversation).matter;
    const HttpReply document
        = owner.post(QStringLiteral("/api/v1/matters/%1/documents").arg(m_matters.value(matter)),
            QJsonObject { { QStringLiteral("upload_id"), upload } });
    REQUIRE(document.status == 201);
    const qint64 documentId = document.json[QStringLiteral("id")].toInteger();
    const HttpReply sent = owner.post(QStringLiteral("/api/v1/conversations/%1/messages")
                                          .arg(m_conversations.value(conversation)),
        QJsonObject { { QStringLiteral("client_txn_id"), QStringLiteral("f-%1").arg(++m_txn) },
            { QStringLiteral("kind"), QStringLiteral("text") },
            { QStringLiteral("body"), QString() },
            { QStringLiteral("attachments"),
                QJsonArray { QJsonObject { { QStringLiteral("document_id"), documentId },
                    { QStringLiteral("mode"),
                        fileKey.startsWith(QLatin1String("copy"))
                            ? QStringLiteral("copy")
                            : QStringLiteral("share") } } } } });
    INFO(sent.raw.toStdString());
    REQUIRE(sent.status == 201);
    m_fileNames.insert(fileKey, name);
    m_blobs.insert(fileKey, sha256Hex(bytes));
    return documentId;
}

// A document of M1 shared into X1 at its first version; a second version follows, which
// the share shows from then on.
void AuthzScenario::shareDocument()
{
    m_sharedDocument = sendFile(*m_ownerA, SharedIn, QStringLiteral("share-X1"));
    m_sharedName = m_fileNames.value(QStringLiteral("share-X1"));
    m_blobs.insert(QStringLiteral("share-old"), m_blobs.value(QStringLiteral("share-X1")));
    const QByteArray latest = randomBytes(3333);
    const QString upload = uploadBytes(*m_ownerA, latest, QString::fromLatin1(m_sharedName));
    const HttpReply version
        = m_ownerA->post(QStringLiteral("/api/v1/documents/%1/versions").arg(m_sharedDocument),
            QJsonObject {
                { QStringLiteral("upload_id"), upload }, { QStringLiteral("base_version"), 1 } });
    INFO(version.raw.toStdString());
    REQUIRE(version.status == 201);
    m_blobs.insert(QStringLiteral("share-latest"), sha256Hex(latest));
}

// An invitation of the person's to their first conversation with the firm, as the
// notifier makes them (or one whose hour passed long ago).
qint64 AuthzScenario::createInvitation(const QString &person, QString *token, bool expired)
{
    const QString conversation
        = std::find_if(Conversations.begin(), Conversations.end(), [&](const Conversation &c) {
              return c.members.contains(person);
          })->key;
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(expired ? -7200 : 0);
    auto created = server::NotifyStore(m_db->db())
                       .createInvitation(m_users.value(person), m_conversations.value(conversation),
                           now, now.addSecs(3600));
    REQUIRE(created);
    *token = created.value();
    return m_conversations.value(conversation);
}

void AuthzScenario::openSessions()
{
    for (const Role &role : Roles) {
        auto session = std::make_unique<Session>(role, m_server.url());
        if (role.kind == Kind::Staff) {
            session->token = session->http.login(emailOf(role.person), Password);
            REQUIRE_FALSE(session->token.isEmpty());
        } else if (role.kind == Kind::Client) {
            QString invitation;
            createInvitation(role.person, &invitation, false);
            const HttpReply redeemed
                = session->http.post(QStringLiteral("/api/v1/portal/invitations/redeem"),
                    QJsonObject { { QStringLiteral("token"), invitation } });
            REQUIRE(redeemed.status == 200);
            session->csrf = redeemed.json[QStringLiteral("csrf_token")].toString().toLatin1();
            const QByteArray cookie = redeemed.header("set-cookie");
            session->token = QString::fromLatin1(cookie.mid(cookie.indexOf('=') + 1).split(';')[0]);
        }
        m_sessions[role.name] = std::move(session);
    }
    createInvitation(QStringLiteral("C1"), &m_usedInvitation, false);
    HttpClient browser(m_server.url());
    REQUIRE(browser
                .post(QStringLiteral("/api/v1/portal/invitations/redeem"),
                    QJsonObject { { QStringLiteral("token"), m_usedInvitation } })
                .status
        == 200);
    createInvitation(QStringLiteral("C1"), &m_expiredInvitation, true);
}

void AuthzScenario::enter(Phase phase)
{
    m_phase = phase;
    for (auto &[name, session] : m_sessions) {
        session->cache.clear();
        session->stream.reset();
        session->streamSeen.clear();
        session->streamReady = false;
    }
    if (phase == Phase::AfterExpiry) {
        // Time passes for two sessions nobody uses.
        for (const QString &role :
            { QStringLiteral("staff session expired"), QStringLiteral("client session expired") }) {
            server::SqlQuery aged(m_db->db(),
                QStringLiteral("UPDATE tokens SET last_used_at = 0 WHERE token_hash = ?"));
            aged.bind(server::SessionToken::hash(m_sessions.at(role)->token));
            REQUIRE(aged.exec());
        }
    }
    // Everyone's stream is connected while the phase's change happens.
    for (auto &[name, session] : m_sessions) {
        session->stream = std::make_unique<StreamProbe>(m_server.url());
        REQUIRE(session->stream->open());
        session->streamReady = session->stream->authenticate(session->token);
    }
    closeAsThePhaseSays(phase);
    switch (phase) {
    case Phase::Initial:
    case Phase::AfterCancellation:
    case Phase::AfterClosing:
        break;
    case Phase::AfterRemoval: {
        const HttpReply removed = m_ownerA->send("DELETE",
            QStringLiteral("/api/v1/conversations/%1/members/%2")
                .arg(m_conversations.value(QStringLiteral("X1")))
                .arg(m_users.value(QStringLiteral("R"))),
            {});
        REQUIRE(removed.status == 200);
        break;
    }
    case Phase::AfterRevocation:
        REQUIRE(
            m_ownerA
                ->post(
                    QStringLiteral("/api/v1/documents/%1/stop-sharing").arg(m_sharedDocument), {})
                .status
            == 200);
        break;
    case Phase::AfterExpiry: {
        Session &staff = *m_sessions.at(QStringLiteral("staff signed out"));
        REQUIRE(staff.http.post(QStringLiteral("/api/v1/auth/logout"), {}).status == 200);
        Session &client = *m_sessions.at(QStringLiteral("client signed out"));
        REQUIRE(send(client, Request { "POST", QStringLiteral("/api/v1/portal/sign-out"), {}, {} },
                    QStringLiteral("/api/v1/portal/sign-out"))
                    .status
            == 200);
        break;
    }
    }
    postLiveMarkers();
}

// The cancellations and closings of the model's facts that happen in this phase, done by staff
// on the matter.
void AuthzScenario::closeAsThePhaseSays(Phase phase)
{
    for (const Cancellation &cancellation : Cancellations) {
        if (cancellation.from != phase)
            continue;
        const HttpReply cancelledReply
            = m_ownerA->post(QStringLiteral("/api/v1/matters/%1/parties/%2/cancel")
                                 .arg(m_matters.value(cancellation.matter))
                                 .arg(m_users.value(cancellation.client)),
                {});
        INFO(cancelledReply.raw.toStdString());
        REQUIRE(cancelledReply.status == 200);
    }
    for (const Matter &matter : Matters) {
        if (matter.closedFrom != phase)
            continue;
        const HttpReply closed = m_ownerA->post(
            QStringLiteral("/api/v1/matters/%1/close").arg(m_matters.value(matter.key)), {});
        INFO(closed.raw.toStdString());
        REQUIRE(closed.status == 200);
    }
}

// A new word in every conversation still open (nothing can be posted to a closed one), then
// one in X2, which every staff member sees: once a
// stream has that last one, it has had every earlier change it was going to get.
void AuthzScenario::postLiveMarkers()
{
    QList<QPair<QString, QByteArray>> words;
    for (const Conversation &conversation : Conversations) {
        if (isClosed(conversation, m_phase))
            continue; // its last word stays, for the snapshot to leave out
        const QByteArray word
            = secret(QStringLiteral("content:") + conversation.key, QStringLiteral("Live"));
        m_liveMarkers.insert(conversation.key, word);
        words.append({ conversation.key, word });
    }
    words.append({ QStringLiteral("X2"), QByteArray("sentinel-") + QByteArray::number(++m_txn) });
    for (const auto &[conversation, word] : words) {
        REQUIRE(ownerOf(conversation)
                    .post(QStringLiteral("/api/v1/conversations/%1/messages")
                              .arg(m_conversations.value(conversation)),
                        QJsonObject { { QStringLiteral("client_txn_id"),
                                          QStringLiteral("l-%1").arg(++m_txn) },
                            { QStringLiteral("kind"), QStringLiteral("text") },
                            { QStringLiteral("body"), QString::fromLatin1(word) } })
                    .status
            == 201);
    }
    const QString sentinel = QString::fromLatin1(words.last().second);
    for (auto &[name, session] : m_sessions) {
        if (session->streamReady && session->stream->isOpen())
            session->stream->waitFor(batchWithMessageBody(sentinel), 10000);
        observeStream(*session);
        // What sync gives now, before the cases of the phase add to the conversations.
        searchProbe(*session, Conversations.first().key, true);
        searchProbe(*session, Conversations.first().key, false);
    }
}

HttpReply AuthzScenario::send(Session &session, const Request &request, const QString &path)
{
    if (request.method == "GET")
        return get(session, path);
    HttpClient::Headers headers { { "Content-Type", "application/json" } };
    if (session.role.kind == Kind::Client)
        headers.append({ "X-CSRF-Token", session.csrf });
    return session.http.send(request.method, path,
        request.method == "POST" ? json(request.body) : QByteArray(), headers);
}

HttpReply AuthzScenario::get(Session &session, const QString &path)
{
    if (auto cached = session.cache.constFind(path); cached != session.cache.cend())
        return *cached;
    const HttpReply reply = session.http.send("GET", path, {}, HttpClient::Headers {});
    session.cache.insert(path, reply);
    return reply;
}

namespace {
Outcome classify(const HttpReply &reply, QString *detail)
{
    *detail = QStringLiteral("%1 %2").arg(reply.status).arg(reply.errorCode());
    if (reply.status >= 200 && reply.status < 300)
        return Outcome::Allowed;
    switch (reply.status) {
    case 401:
        return Outcome::Unauthenticated;
    case 400:
        return Outcome::Invalid;
    case 403:
        return reply.errorCode() == QLatin1String("mfa_required") ? Outcome::MfaRequired
                                                                  : Outcome::Forbidden;
    case 409:
        return Outcome::Closed;
    case 410:
        return Outcome::Gone;
    default:
        return Outcome::NotFound;
    }
}
} // namespace

// One request, and when it is refused as not found, the same request for something that
// does not exist: the two must read alike.
Observed AuthzScenario::exchange(Session &session, const Request &request)
{
    return exchange(session, request,
        Request { request.method, request.missingPath, request.body, request.missingPath });
}

// The same, where the request for the missing resource differs in its body too.
Observed AuthzScenario::exchange(Session &session, const Request &request, const Request &missing)
{
    Observed observed;
    const HttpReply reply = send(session, request, request.path);
    observed.outcome = classify(reply, &observed.detail);
    observed.seen = reply.raw;
    if (reply.status != 404 && observed.outcome == Outcome::NotFound)
        observed.distinctFromMissing = true; // neither found nor like a missing one
    if (reply.status == 404) {
        const HttpReply absent = send(session, missing, missing.path);
        observed.distinctFromMissing = absent.status != 404 || absent.raw != reply.raw;
        if (observed.distinctFromMissing)
            observed.detail += QStringLiteral(" (missing: %1)").arg(QString::fromUtf8(absent.raw));
    }
    return observed;
}

// A list request: the needle found in a successful answer, or not there.
Observed AuthzScenario::listed(Session &session, const QString &path, const QByteArray &needle)
{
    Observed observed;
    const HttpReply reply = get(session, path);
    observed.outcome = classify(reply, &observed.detail);
    observed.seen = reply.raw;
    if (observed.outcome == Outcome::Allowed && !reply.raw.contains(needle))
        observed.outcome = Outcome::NotFound;
    return observed;
}

// A list (of the path's answer under arrayKey): an entry whose id, or whose matter's id when
// inMatter, is this one.
Observed AuthzScenario::entryListed(
    Session &session, const QString &path, const QString &arrayKey, qint64 id, bool inMatter)
{
    Observed observed;
    const HttpReply reply = get(session, path);
    observed.outcome = classify(reply, &observed.detail);
    observed.seen = reply.raw;
    if (observed.outcome != Outcome::Allowed)
        return observed;
    const QJsonArray list = reply.json[arrayKey].toArray();
    const bool found = std::any_of(list.begin(), list.end(), [&](const QJsonValue &entry) {
        return (inMatter ? entry[QStringLiteral("matter")][QStringLiteral("id")]
                         : entry[QStringLiteral("id")])
                   .toInteger()
            == id;
    });
    observed.outcome = found ? Outcome::Allowed : Outcome::NotFound;
    return observed;
}

QString AuthzScenario::historyPath(Session &session, const QString &id) const
{
    const char *pattern = session.role.kind == Kind::Staff
        ? "/api/v1/conversations/%1/messages?limit=200"
        : "/api/v1/portal/conversations/%1/messages?limit=200";
    return QString::fromLatin1(pattern).arg(id);
}

// The conversation's history, and whether the needle is in it.
Observed AuthzScenario::contentProbe(
    Session &session, const QString &conversation, const QByteArray &needle)
{
    Observed observed = exchange(session,
        Request { "GET", historyPath(session, QString::number(m_conversations.value(conversation))),
            {}, historyPath(session, Missing) });
    if (observed.outcome == Outcome::Allowed && !observed.seen.contains(needle))
        observed.outcome = Outcome::NotFound;
    return observed;
}

// The shared document as a live link in X1's history: there and not stopped.
Observed AuthzScenario::shareProbe(Session &session)
{
    Observed observed = contentProbe(session, SharedIn, m_sharedName);
    if (observed.outcome != Outcome::Allowed)
        return observed;
    const QJsonArray messages
        = QJsonDocument::fromJson(observed.seen).object()[QStringLiteral("messages")].toArray();
    bool live = false;
    for (const QJsonValue &message : messages) {
        for (const QJsonValue &file : message[QStringLiteral("attachments")].toArray()) {
            live = live
                || (file[QStringLiteral("name")].toString().toLatin1() == m_sharedName
                    && !file[QStringLiteral("stopped")].toBool()
                    && file[QStringLiteral("sha256")].toString()
                        == m_blobs.value(QStringLiteral("share-latest")));
        }
    }
    observed.outcome = live ? Outcome::Allowed : Outcome::NotFound;
    return observed;
}

Observed AuthzScenario::blobProbe(Session &session, const QString &blob, const QByteArray &method)
{
    const QString path = QStringLiteral("/api/v1/blobs/%1").arg(m_blobs.value(blob));
    Observed observed = exchange(
        session, Request { method, path, {}, QStringLiteral("/api/v1/blobs/") + MissingSha });
    return observed;
}

Observed AuthzScenario::searchProbe(Session &session, const QString &conversation, bool snapshot)
{
    // A snapshot holds each conversation (its row, named by its title) with a recent window of
    // it: the last word posted there is in it.
    if (snapshot) {
        Observed observed
            = listed(session, QStringLiteral("/api/v1/sync"), m_liveMarkers.value(conversation));
        if (observed.outcome == Outcome::NotFound && observed.seen.contains(m_titles[conversation]))
            observed.outcome = Outcome::Allowed;
        return observed;
    }
    Observed observed;
    syncChanges(session, &observed);
    if (observed.outcome == Outcome::Allowed && !observed.seen.contains(m_markers[conversation]))
        observed.outcome = Outcome::NotFound;
    return observed;
}

// The team inbox searched for the conversation's word: a row of the message holding it, in
// Inbox (clients' messages) or Sent (staff's; the word's owner is staff).
Observed AuthzScenario::inboxSearchProbe(Session &session, const QString &conversation)
{
    Observed observed;
    const QByteArray word = m_markers.value(conversation);
    const qint64 message = m_markerMessages.value(conversation);
    bool found = false;
    for (const char *view : { "inbox", "sent" }) {
        const HttpReply reply = get(session,
            QStringLiteral("/api/v1/inbox?view=%1&q=%2")
                .arg(QLatin1String(view),
                    QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(word)))));
        observed.outcome = classify(reply, &observed.detail);
        observed.seen += reply.raw;
        if (observed.outcome != Outcome::Allowed)
            return observed;
        for (const QJsonValue &item : reply.json[QStringLiteral("items")].toArray())
            found = found
                || item[QStringLiteral("message")][QStringLiteral("id")].toInteger() == message;
    }
    observed.outcome = found ? Outcome::Allowed : Outcome::NotFound;
    return observed;
}

// Every change incremental sync gives from the start, page by page.
QJsonArray AuthzScenario::syncChanges(Session &session, Observed *observed)
{
    QJsonArray changes;
    qint64 since = 0;
    for (;;) {
        const HttpReply page = get(session, QStringLiteral("/api/v1/sync?since=%1").arg(since));
        observed->outcome = classify(page, &observed->detail);
        observed->seen += page.raw;
        if (observed->outcome != Outcome::Allowed)
            break;
        for (const QJsonValue &change : page.json[QStringLiteral("changes")].toArray())
            changes.append(change);
        if (!page.json[QStringLiteral("has_more")].toBool())
            break;
        since = page.json[QStringLiteral("next")].toInteger();
    }
    return changes;
}

// That the conversation closed: for staff, its row in incremental sync, closed for the reason
// of the model's facts and with every staff membership ended; for a client, the portal's list
// showing it closed.
Observed AuthzScenario::closedProbe(Session &session, const QString &conversation)
{
    const qint64 id = m_conversations.value(conversation);
    if (session.role.kind == Kind::Client) {
        Observed observed = entryListed(session, QStringLiteral("/api/v1/portal/conversations"),
            QStringLiteral("conversations"), id, false);
        if (observed.outcome != Outcome::Allowed)
            return observed;
        const QJsonArray list = QJsonDocument::fromJson(observed.seen)
                                    .object()[QStringLiteral("conversations")]
                                    .toArray();
        const bool closed = std::any_of(list.begin(), list.end(), [&](const QJsonValue &entry) {
            return entry[QStringLiteral("id")].toInteger() == id
                && entry[QStringLiteral("closed")].toBool();
        });
        observed.outcome = closed ? Outcome::Allowed : Outcome::NotFound;
        return observed;
    }
    Observed observed;
    const QJsonArray changes = syncChanges(session, &observed);
    if (observed.outcome != Outcome::Allowed)
        return observed;
    QJsonObject row;
    for (const QJsonValue &change : changes) {
        if (change[QStringLiteral("type")].toString() == QLatin1String("conversation")
            && change[QStringLiteral("data")][QStringLiteral("id")].toInteger() == id)
            row = change[QStringLiteral("data")].toObject();
    }
    const auto closing = closingOf(byKey(Conversations, conversation));
    bool staffLeft = true;
    for (const QJsonValue &member : row[QStringLiteral("members")].toArray()) {
        const QString person = m_users.key(member[QStringLiteral("user_id")].toInteger());
        if (isStaffKey(person) && member[QStringLiteral("removed_at")].toString().isEmpty())
            staffLeft = false;
    }
    const bool closed = !row[QStringLiteral("closed_at")].toString().isEmpty();
    if (closed
        && (!closing || row[QStringLiteral("closed_reason")].toString() != closing->reason
            || !staffLeft))
        observed.detail += QStringLiteral(" closed as %1, staff left: %2")
                               .arg(row[QStringLiteral("closed_reason")].toString())
                               .arg(staffLeft);
    observed.outcome = closed && closing
            && row[QStringLiteral("closed_reason")].toString() == closing->reason && staffLeft
        ? Outcome::Allowed
        : Outcome::NotFound;
    return observed;
}

// A new external conversation on the party's matter with the party as its client.
Observed AuthzScenario::openConversationProbe(Session &session, const QString &party)
{
    const auto body = [&](qint64 matter) {
        return QJsonObject { { QStringLiteral("matter_id"), matter },
            { QStringLiteral("kind"), QStringLiteral("external") },
            { QStringLiteral("title"), QStringLiteral("Twin") },
            { QStringLiteral("member_ids"), QJsonArray { m_users.value(party) } } };
    };
    const QString path = QStringLiteral("/api/v1/conversations");
    return exchange(session,
        Request { "POST", path, body(m_matters.value(matterOfParty(party).key)), path },
        Request { "POST", path, body(Missing.toLongLong()), path });
}

// Closing a matter or a client's cancelling, on a twin of the matter (same restriction and
// staff list, a client of its own).
Observed AuthzScenario::closingProbe(Session &session, const QString &matter, const QString &action)
{
    const auto [twin, client] = twinMatter(matter);
    const QString pattern = action == QLatin1String("close")
        ? QStringLiteral("/api/v1/matters/%1/close")
        : QStringLiteral("/api/v1/matters/%1/parties/") + QString::number(client)
            + QStringLiteral("/cancel");
    return exchange(session, Request { "POST", pattern.arg(twin), {}, pattern.arg(Missing) });
}

// What the stream brought while the phase began: the conversation's new word, or nothing
// (the stream open), or a stream refused or closed.
Observed AuthzScenario::streamProbe(Session &session, const QString &conversation)
{
    return session.streamSeen.value(conversation);
}

void AuthzScenario::observeStream(Session &session)
{
    QByteArray frames;
    for (const QJsonObject &frame : session.stream->frames())
        frames += json(frame);
    for (const Conversation &conversation : Conversations) {
        Observed observed;
        observed.seen = frames;
        // A closed conversation got no word this phase; the one it closed in brings its event.
        const bool closing = std::any_of(session.stream->frames().begin(),
            session.stream->frames().end(), [&](const QJsonObject &frame) {
                const QJsonArray changes = frame.value(QStringLiteral("changes")).toArray();
                return std::any_of(changes.begin(), changes.end(), [&](const QJsonValue &change) {
                    const QJsonValue data = change[QStringLiteral("data")];
                    return change[QStringLiteral("type")].toString() == QLatin1String("message")
                        && data[QStringLiteral("conversation_id")].toInteger()
                        == m_conversations.value(conversation.key)
                        && data[QStringLiteral("event")][QStringLiteral("type")].toString()
                        == QLatin1String("conversation_closed");
                });
            });
        if ((!isClosed(conversation, m_phase)
                && frames.contains(m_liveMarkers.value(conversation.key)))
            || closing)
            observed.outcome = Outcome::Allowed;
        else if (!session.streamReady || !session.stream->isOpen())
            observed.outcome = Outcome::Unauthenticated;
        observed.detail = QStringLiteral("stream %1")
                              .arg(QLatin1String(session.stream->isOpen() ? "open" : "closed"));
        session.streamSeen.insert(conversation.key, observed);
    }
}

Observed AuthzScenario::redeemProbe(const QString &instance)
{
    QString token = instance == QLatin1String("used") ? m_usedInvitation : m_expiredInvitation;
    if (instance == QLatin1String("fresh"))
        createInvitation(QStringLiteral("C1"), &token, false);
    HttpClient browser(m_server.url());
    const HttpReply reply = browser.post(QStringLiteral("/api/v1/portal/invitations/redeem"),
        QJsonObject { { QStringLiteral("token"), token } });
    Observed observed;
    observed.outcome = classify(reply, &observed.detail);
    observed.seen = reply.raw;
    return observed;
}

// Destructive actions work on a twin of the resource, made like it by its owner, so that the
// scenario stays as it is for the cases that follow.
qint64 AuthzScenario::twinConversation(const QString &conversation)
{
    const Conversation &original = byKey(Conversations, conversation);
    // A closed conversation has no twin (its matter takes no new client conversation, or its
    // client joins none): staff see it no more, so the request is refused there as it is.
    if (isClosed(original, m_phase))
        return m_conversations.value(conversation);
    QJsonObject request { { QStringLiteral("kind"), original.kind },
        { QStringLiteral("title"), QStringLiteral("Twin") },
        { QStringLiteral("member_ids"), QJsonArray { m_users.value(original.members.at(1)) } },
        { QStringLiteral("require_mfa"), original.requireMfa } };
    if (!original.matter.isEmpty())
        request.insert(QStringLiteral("matter_id"), m_matters.value(original.matter));
    const HttpReply created
        = ownerOf(conversation).post(QStringLiteral("/api/v1/conversations"), request);
    REQUIRE(created.status == 201);
    return created.json[QStringLiteral("id")].toInteger();
}

qint64 AuthzScenario::twinMessage(const QString &conversation)
{
    if (isClosed(byKey(Conversations, conversation), m_phase)) // nothing can be posted there
        return m_markerMessages.value(conversation);
    const HttpReply sent = ownerOf(conversation)
                               .post(QStringLiteral("/api/v1/conversations/%1/messages")
                                         .arg(m_conversations.value(conversation)),
                                   QJsonObject { { QStringLiteral("client_txn_id"),
                                                     QStringLiteral("t-%1").arg(++m_txn) },
                                       { QStringLiteral("kind"), QStringLiteral("text") },
                                       { QStringLiteral("body"), QStringLiteral("twin") } });
    REQUIRE(sent.status == 201);
    return sent.json[QStringLiteral("id")].toInteger();
}

qint64 AuthzScenario::twinShare()
{
    const QString upload = uploadBytes(*m_ownerA, randomBytes(500), QStringLiteral("twin.pdf"));
    const HttpReply document = m_ownerA->post(
        QStringLiteral("/api/v1/matters/%1/documents").arg(m_matters.value(QStringLiteral("M1"))),
        QJsonObject { { QStringLiteral("upload_id"), upload } });
    REQUIRE(document.status == 201);
    const qint64 id = document.json[QStringLiteral("id")].toInteger();
    // Shared where the original is, or, once that closed, in an open conversation of its matter.
    const Conversation &shared = byKey(Conversations, SharedIn);
    const auto open = std::find_if(Conversations.begin(), Conversations.end(),
        [&](const Conversation &c) { return c.matter == shared.matter && !isClosed(c, m_phase); });
    REQUIRE(open != Conversations.end());
    REQUIRE(m_ownerA
                ->post(QStringLiteral("/api/v1/conversations/%1/messages")
                           .arg(m_conversations.value(open->key)),
                    QJsonObject {
                        { QStringLiteral("client_txn_id"), QStringLiteral("s-%1").arg(++m_txn) },
                        { QStringLiteral("kind"), QStringLiteral("text") },
                        { QStringLiteral("body"), QString() },
                        { QStringLiteral("attachments"),
                            QJsonArray { QJsonObject { { QStringLiteral("document_id"), id },
                                { QStringLiteral("mode"), QStringLiteral("share") } } } } })
                .status
        == 201);
    return id;
}

// A matter made like this one, with a client party of its own, to be closed or cancelled with.
std::pair<qint64, qint64> AuthzScenario::twinMatter(const QString &matter)
{
    const Matter &original = byKey(Matters, matter);
    server::Provisioning admin(m_db->db(), m_db->hasher());
    const QString number = QStringLiteral("T-%1").arg(++m_txn);
    auto client = admin.createClient(
        m_firm, QStringLiteral("twin-%1@authz.test").arg(m_txn), QStringLiteral("Twin client"), {});
    must(client);
    auto id = admin.createMatter(server::NewMatter { m_firm, number, QStringLiteral("Twin matter"),
        QStringLiteral("open"), original.restricted, QStringLiteral("individual") });
    must(id);
    for (const QString &staff : original.staffList)
        must(admin.addStaff(id.value(), m_users.value(staff)));
    must(admin.addParty(id.value(), client.value(), QStringLiteral("client")));
    return { id.value(), client.value() };
}

Observed AuthzScenario::probe(
    const Role &role, const QString &resource, const QString &instance, const QString &action)
{
    if (resource == QLatin1String("invitation"))
        return redeemProbe(instance);
    Session &session = *m_sessions.at(role.name);
    if (resource == QLatin1String("blob"))
        return blobProbe(session, instance, action.toLatin1());
    if (resource == QLatin1String("stream event"))
        return streamProbe(session, instance);
    if (resource == QLatin1String("search result") && action == QLatin1String("inbox search"))
        return inboxSearchProbe(session, instance);
    if (resource == QLatin1String("search result"))
        return searchProbe(session, instance, action == QLatin1String("snapshot"));
    if (resource == QLatin1String("party"))
        return openConversationProbe(session, instance);
    if (resource == QLatin1String("matter")
        && (action == QLatin1String("close") || action == QLatin1String("cancel client")))
        return closingProbe(session, instance, action);
    if (resource == QLatin1String("conversation") && action == QLatin1String("closed"))
        return closedProbe(session, instance);
    if (resource == QLatin1String("shared document") && action == QLatin1String("download"))
        return blobProbe(session, QStringLiteral("share-latest"), "GET");
    if (resource == QLatin1String("shared document") && action == QLatin1String("see"))
        return shareProbe(session);
    if (resource == QLatin1String("attachment") && action == QLatin1String("see"))
        return contentProbe(
            session, byKey(SentFiles, instance).conversation, m_fileNames.value(instance));
    if (resource == QLatin1String("message") && action == QLatin1String("read"))
        return contentProbe(session, instance, m_markers.value(instance));
    return role.kind == Kind::Staff ? staffProbe(session, resource, instance, action)
                                    : clientProbe(session, resource, instance, action);
}

// The staff API, with the session's bearer token.
Observed AuthzScenario::staffProbe(
    Session &session, const QString &resource, const QString &instance, const QString &action)
{
    const auto request = [](const QByteArray &method, const QString &pattern, qint64 id,
                             const QJsonObject &body = {}) {
        return Request { method, pattern.arg(id), body, pattern.arg(Missing) };
    };
    if (resource == QLatin1String("matter")) {
        const qint64 id = m_matters.value(instance);
        if (action == QLatin1String("list"))
            return entryListed(
                session, QStringLiteral("/api/v1/matters"), QStringLiteral("matters"), id, false);
        const QString suffix = action == QLatin1String("view") ? QString()
            : action == QLatin1String("export record")         ? QStringLiteral("/record")
                                                               : QLatin1Char('/') + action;
        return exchange(session, request("GET", QStringLiteral("/api/v1/matters/%1") + suffix, id));
    }
    if (resource == QLatin1String("attachment")) { // matter files
        const QString matter = byKey(Conversations, byKey(SentFiles, instance).conversation).matter;
        Observed observed = exchange(session,
            request("GET", QStringLiteral("/api/v1/matters/%1/message-files"),
                m_matters.value(matter)));
        if (observed.outcome == Outcome::Allowed
            && !observed.seen.contains(m_fileNames.value(instance)))
            observed.outcome = Outcome::NotFound;
        return observed;
    }
    if (resource == QLatin1String("shared document")) // stop sharing
        return exchange(session,
            request("POST", QStringLiteral("/api/v1/documents/%1/stop-sharing"), twinShare()));
    if (resource == QLatin1String("message")) // delete
        return exchange(session,
            request("DELETE", QStringLiteral("/api/v1/messages/%1"), twinMessage(instance)));
    const qint64 id = m_conversations.value(instance);
    if (action == QLatin1String("view"))
        return exchange(session, request("GET", QStringLiteral("/api/v1/conversations/%1"), id));
    if (action == QLatin1String("history"))
        return contentProbe(session, instance, m_markers.value(instance));
    if (action == QLatin1String("post"))
        return exchange(session,
            request("POST", QStringLiteral("/api/v1/conversations/%1/messages"), id,
                QJsonObject {
                    { QStringLiteral("client_txn_id"), QStringLiteral("p-%1").arg(++m_txn) },
                    { QStringLiteral("kind"), QStringLiteral("text") },
                    { QStringLiteral("body"), QStringLiteral("A reply.") } }));
    if (action == QLatin1String("mark read"))
        return exchange(session,
            request("POST", QStringLiteral("/api/v1/conversations/%1/read"), id,
                QJsonObject {
                    { QStringLiteral("message_id"), m_markerMessages.value(instance) } }));
    // remove member, from a twin
    const Conversation &original = byKey(Conversations, instance);
    return exchange(session,
        request("DELETE",
            QStringLiteral("/api/v1/conversations/%1/members/")
                + QString::number(m_users.value(original.members.at(1))),
            twinConversation(instance)));
}

// The portal, with the session's cookie; what the portal does not offer, the client tries on
// the staff API, where only a bearer token counts.
Observed AuthzScenario::clientProbe(
    Session &session, const QString &resource, const QString &instance, const QString &action)
{
    if (resource == QLatin1String("matter")
        && (action == QLatin1String("view") || action == QLatin1String("list")))
        return entryListed(session, QStringLiteral("/api/v1/portal/conversations"),
            QStringLiteral("conversations"), m_matters.value(instance), true);
    if (resource != QLatin1String("conversation") || action == QLatin1String("remove member"))
        return staffProbe(session, resource, instance, action);
    const qint64 id = m_conversations.value(instance);
    const QString base = QStringLiteral("/api/v1/portal/conversations/%1");
    if (action == QLatin1String("view"))
        return entryListed(session, QStringLiteral("/api/v1/portal/conversations"),
            QStringLiteral("conversations"), id, false);
    if (action == QLatin1String("history"))
        return contentProbe(session, instance, m_markers.value(instance));
    const bool post = action == QLatin1String("post");
    const QString pattern = base + (post ? QStringLiteral("/messages") : QStringLiteral("/read"));
    const QJsonObject body = post
        ? QJsonObject { { QStringLiteral("client_txn_id"), QStringLiteral("c-%1").arg(++m_txn) },
              { QStringLiteral("kind"), QStringLiteral("text") },
              { QStringLiteral("body"), QStringLiteral("A client's reply.") } }
        : QJsonObject { { QStringLiteral("message_id"), m_markerMessages.value(instance) } };
    return exchange(session, Request { "POST", pattern.arg(id), body, pattern.arg(Missing) });
}

} // namespace parley::test::authz
