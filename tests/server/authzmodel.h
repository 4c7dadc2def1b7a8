// AuthzModel: the access rules of DESIGN.md §Access rules written down a second time, as a
// small model of the authorization matrix's scenario, independent of the server's code: who
// is on which matter and conversation, and what each role may do to each resource in each
// phase. The matrix test asks it for the expected outcome of every case.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <optional>

namespace parley::test::authz {

// Phases in the order they happen; each keeps what the earlier ones changed. A client cancels
// and then the matter closes while the share is still active, so the share's own stop rule is
// seen to hold in a closed conversation too.
enum class Phase {
    Initial,
    AfterRemoval,
    AfterCancellation,
    AfterClosing,
    AfterRevocation,
    AfterExpiry
};
inline const QList<Phase> Phases { Phase::Initial, Phase::AfterRemoval, Phase::AfterCancellation,
    Phase::AfterClosing, Phase::AfterRevocation, Phase::AfterExpiry };

// What a request came to. NotFound means "exactly like a missing resource"; Closed is a 409
// (conversation_closed, matter_closed); Invalid a 400 (invalid_field).
enum class Outcome {
    Allowed,
    NotFound,
    Forbidden,
    MfaRequired,
    Closed,
    Invalid,
    Unauthenticated,
    Gone
};

enum class Kind { Staff, Client, Anonymous };

// A role is a person with one session; sessions that end do so at a phase.
struct Role
{
    QString name;
    Kind kind;
    QString person; // who the session belongs to: "A", "C1"...; empty for anonymous
    std::optional<Phase> sessionEnds; // signed out or expired from this phase on
};

inline const QList<Role> Roles {
    { QStringLiteral("staff on matter"), Kind::Staff, QStringLiteral("A"), std::nullopt },
    { QStringLiteral("staff not on restricted matter"), Kind::Staff, QStringLiteral("B"),
        std::nullopt },
    { QStringLiteral("direct-message member"), Kind::Staff, QStringLiteral("D"), std::nullopt },
    { QStringLiteral("direct-message non-member"), Kind::Staff, QStringLiteral("E"), std::nullopt },
    { QStringLiteral("client of the matter"), Kind::Client, QStringLiteral("C1"), std::nullopt },
    { QStringLiteral("client of another matter"), Kind::Client, QStringLiteral("C2"),
        std::nullopt },
    { QStringLiteral("removed client"), Kind::Client, QStringLiteral("R"), std::nullopt },
    { QStringLiteral("ex-client after cancellation"), Kind::Client, QStringLiteral("C3"),
        std::nullopt },
    { QStringLiteral("staff signed out"), Kind::Staff, QStringLiteral("A"), Phase::AfterExpiry },
    { QStringLiteral("staff session expired"), Kind::Staff, QStringLiteral("A"),
        Phase::AfterExpiry },
    { QStringLiteral("client signed out"), Kind::Client, QStringLiteral("C1"), Phase::AfterExpiry },
    { QStringLiteral("client session expired"), Kind::Client, QStringLiteral("C1"),
        Phase::AfterExpiry },
    { QStringLiteral("anonymous"), Kind::Anonymous, QString(), std::nullopt },
};

// The scenario's facts, as the rules read them.
struct Matter
{
    QString key;
    bool restricted;
    QStringList staffList;
    QStringList parties;
    std::optional<Phase> closedFrom; // the matter is closed from this phase on
};

// A client party who cancels with the firm on a matter, from a phase on.
struct Cancellation
{
    QString client;
    QString matter;
    Phase from;
};

struct Conversation
{
    QString key;
    QString matter; // empty for a direct conversation
    QString kind; // external, internal, direct
    bool requireMfa;
    QStringList members;
    QString owner; // who started it and sent its messages
    QString removed; // a member removed in the removal phase
};

inline const QList<Matter> Matters {
    { QStringLiteral("M1"), true, { QStringLiteral("A"), QStringLiteral("E") },
        { QStringLiteral("C1"), QStringLiteral("R"), QStringLiteral("C3") }, Phase::AfterClosing },
    { QStringLiteral("M2"), false, {}, { QStringLiteral("C2") }, std::nullopt },
};

inline const QList<Cancellation> Cancellations {
    { QStringLiteral("C3"), QStringLiteral("M1"), Phase::AfterCancellation },
};

inline const QList<Conversation> Conversations {
    { QStringLiteral("X1"), QStringLiteral("M1"), QStringLiteral("external"), false,
        { QStringLiteral("A"), QStringLiteral("C1"), QStringLiteral("R") }, QStringLiteral("A"),
        QStringLiteral("R") },
    { QStringLiteral("X1m"), QStringLiteral("M1"), QStringLiteral("external"), true,
        { QStringLiteral("A"), QStringLiteral("C1") }, QStringLiteral("A"), QString() },
    { QStringLiteral("I1"), QStringLiteral("M1"), QStringLiteral("internal"), false,
        { QStringLiteral("A"), QStringLiteral("E") }, QStringLiteral("A"), QString() },
    { QStringLiteral("X3"), QStringLiteral("M1"), QStringLiteral("external"), false,
        { QStringLiteral("A"), QStringLiteral("C3") }, QStringLiteral("A"), QString() },
    { QStringLiteral("X2"), QStringLiteral("M2"), QStringLiteral("external"), false,
        { QStringLiteral("B"), QStringLiteral("C2") }, QStringLiteral("B"), QString() },
    { QStringLiteral("DM"), QString(), QStringLiteral("direct"), false,
        { QStringLiteral("A"), QStringLiteral("D") }, QStringLiteral("A"), QString() },
};

// A file sent as an immutable copy: the document's matter and the conversation it went to.
struct SentFile
{
    QString key;
    QString conversation;
};

inline const QList<SentFile> SentFiles {
    { QStringLiteral("copy-X1"), QStringLiteral("X1") },
    { QStringLiteral("copy-X1m"), QStringLiteral("X1m") },
    { QStringLiteral("copy-I1"), QStringLiteral("I1") },
    { QStringLiteral("copy-X3"), QStringLiteral("X3") },
    { QStringLiteral("copy-X2"), QStringLiteral("X2") },
};
// One document of M1 with two versions, shared (live link) into X1; its sharing stops in
// the revocation phase.
inline const QString SharedIn = QStringLiteral("X1");

template<typename T>
const T &byKey(const QList<T> &list, const QString &key)
{
    return *std::find_if(list.begin(), list.end(), [&](const T &item) { return item.key == key; });
}

inline bool live(const Role &role, Phase phase)
{
    return role.kind != Kind::Anonymous && !(role.sessionEnds && phase >= *role.sessionEnds);
}

inline bool shareActive(Phase phase)
{
    return phase < Phase::AfterRevocation;
}

inline bool isMember(const QString &person, const Conversation &conversation, Phase phase)
{
    if (!conversation.members.contains(person))
        return false;
    return !(person == conversation.removed && phase >= Phase::AfterRemoval);
}

// Why and from when a conversation is closed: a client's external conversations on a matter
// close when the client cancels there (those they are an active member of then), all external
// ones of a matter when it closes; the first of these counts.
struct Closing
{
    Phase from;
    QString reason; // client_cancelled, matter_closed
};

inline std::optional<Closing> closingOf(const Conversation &conversation)
{
    std::optional<Closing> first;
    if (conversation.kind != QLatin1String("external"))
        return first;
    const auto consider = [&first](Phase from, const QString &reason) {
        if (!first || from < first->from)
            first = Closing { from, reason };
    };
    for (const Cancellation &cancellation : Cancellations) {
        if (cancellation.matter == conversation.matter
            && isMember(cancellation.client, conversation, cancellation.from))
            consider(cancellation.from, QStringLiteral("client_cancelled"));
    }
    if (const auto closedFrom = byKey(Matters, conversation.matter).closedFrom)
        consider(*closedFrom, QStringLiteral("matter_closed"));
    return first;
}

inline bool isClosed(const Conversation &conversation, Phase phase)
{
    const auto closing = closingOf(conversation);
    return closing && phase >= closing->from;
}

inline bool matterClosed(const Matter &matter, Phase phase)
{
    return matter.closedFrom && phase >= *matter.closedFrom;
}

inline bool cancelled(const QString &client, const QString &matter, Phase phase)
{
    return std::any_of(Cancellations.begin(), Cancellations.end(), [&](const Cancellation &c) {
        return c.client == client && c.matter == matter && phase >= c.from;
    });
}

// Staff: every matter except restricted ones they are not on the list of. Clients: their own.
inline bool seesMatter(const Role &role, const Matter &matter)
{
    if (role.kind == Kind::Staff)
        return !matter.restricted || matter.staffList.contains(role.person);
    return role.kind == Kind::Client && matter.parties.contains(role.person);
}

// Clients: conversations they are members of, while they are (closing keeps them members).
// Staff: a matter's conversations when they see the matter, until the conversation closes
// (closing ends every staff membership); direct ones only as members.
inline bool seesConversation(const Role &role, const Conversation &conversation, Phase phase)
{
    if (!live(role, phase))
        return false;
    if (role.kind == Kind::Client)
        return conversation.kind == QLatin1String("external")
            && isMember(role.person, conversation, phase);
    if (conversation.kind == QLatin1String("direct"))
        return isMember(role.person, conversation, phase);
    return seesMatter(role, byKey(Matters, conversation.matter)) && !isClosed(conversation, phase);
}

// The conversation's own row (title, members, closed_at): whoever sees it, and staff who see
// its matter once it closed (sync tells them that it closed, never what is in it).
inline bool seesConversationRecord(const Role &role, const Conversation &conversation, Phase phase)
{
    if (seesConversation(role, conversation, phase))
        return true;
    return role.kind == Kind::Staff && live(role, phase) && isClosed(conversation, phase)
        && seesMatter(role, byKey(Matters, conversation.matter));
}

// A client's portal shows a matter through the conversations it sees there.
inline bool seesMatterOf(const Role &role, const Matter &matter, Phase phase)
{
    if (!live(role, phase))
        return false;
    if (role.kind == Kind::Staff)
        return seesMatter(role, matter);
    return std::any_of(Conversations.begin(), Conversations.end(), [&](const Conversation &c) {
        return c.matter == matter.key && seesConversation(role, c, phase);
    });
}

// What is in a conversation: seen, and for a client, the MFA code entered where required
// (no client session of the scenario has entered one).
inline bool readsContent(const Role &role, const Conversation &conversation, Phase phase)
{
    return seesConversation(role, conversation, phase)
        && !(role.kind == Kind::Client && conversation.requireMfa);
}

// The answer to reading a conversation's content: hidden, locked behind MFA, or allowed.
inline Outcome contentOutcome(const Role &role, const Conversation &conversation, Phase phase)
{
    if (!live(role, phase))
        return Outcome::Unauthenticated;
    if (!seesConversation(role, conversation, phase))
        return Outcome::NotFound;
    return readsContent(role, conversation, phase) ? Outcome::Allowed : Outcome::MfaRequired;
}

// What a stream brings of a conversation while a phase begins: the phase's new word while it
// is open; the conversation_closed event in the phase it closes (to those who still see it);
// nothing afterwards, as nobody can post there any more.
inline bool streamBrings(const Role &role, const Conversation &conversation, Phase phase)
{
    if (!seesConversation(role, conversation, phase))
        return false;
    const auto closing = closingOf(conversation);
    return !closing || phase <= closing->from;
}

// Staff-only requests (bearer token): clients and anonymous callers are not signed in there.
inline std::optional<Outcome> staffOnly(const Role &role, Phase phase)
{
    if (role.kind != Kind::Staff || !live(role, phase))
        return Outcome::Unauthenticated;
    return std::nullopt;
}

inline Outcome allowedIf(bool allowed)
{
    return allowed ? Outcome::Allowed : Outcome::NotFound;
}

// The resources of the matrix: their instances in the scenario and the actions on them.
struct Resource
{
    QString name;
    QStringList instances;
    QStringList actions;
};

inline QStringList conversationKeys()
{
    QStringList keys;
    for (const Conversation &conversation : Conversations)
        keys.append(conversation.key);
    return keys;
}

inline QStringList sentFileKeys()
{
    QStringList keys;
    for (const SentFile &file : SentFiles)
        keys.append(file.key);
    return keys;
}

// The client parties a new external conversation can be opened with (a removed client is
// left out: a new conversation would bring them back).
inline QStringList partyKeys()
{
    QStringList keys;
    for (const Matter &matter : Matters) {
        for (const QString &party : matter.parties) {
            if (std::none_of(Conversations.begin(), Conversations.end(),
                    [&](const Conversation &c) { return c.removed == party; }))
                keys.append(party);
        }
    }
    return keys;
}

inline const Matter &matterOfParty(const QString &party)
{
    return *std::find_if(Matters.begin(), Matters.end(),
        [&](const Matter &matter) { return matter.parties.contains(party); });
}

inline const QList<Resource> Resources {
    { QStringLiteral("matter"), { QStringLiteral("M1"), QStringLiteral("M2") },
        { QStringLiteral("view"), QStringLiteral("list"), QStringLiteral("conversations"),
            QStringLiteral("documents"), QStringLiteral("export record"), QStringLiteral("close"),
            QStringLiteral("cancel client") } },
    { QStringLiteral("party"), partyKeys(), { QStringLiteral("open conversation") } },
    { QStringLiteral("conversation"), conversationKeys(),
        { QStringLiteral("view"), QStringLiteral("history"), QStringLiteral("post"),
            QStringLiteral("mark read"), QStringLiteral("remove member"),
            QStringLiteral("closed") } },
    { QStringLiteral("message"), conversationKeys(),
        { QStringLiteral("read"), QStringLiteral("delete") } },
    { QStringLiteral("attachment"), sentFileKeys(),
        { QStringLiteral("see"), QStringLiteral("matter files") } },
    { QStringLiteral("shared document"), { QStringLiteral("share-X1") },
        { QStringLiteral("see"), QStringLiteral("download"), QStringLiteral("stop sharing") } },
    { QStringLiteral("blob"),
        sentFileKeys() << QStringLiteral("share-latest") << QStringLiteral("share-old"),
        { QStringLiteral("GET"), QStringLiteral("HEAD") } },
    { QStringLiteral("search result"), conversationKeys(),
        { QStringLiteral("snapshot"), QStringLiteral("incremental"),
            QStringLiteral("inbox search") } },
    { QStringLiteral("stream event"), conversationKeys(), { QStringLiteral("receive") } },
    { QStringLiteral("invitation"),
        { QStringLiteral("fresh"), QStringLiteral("used"), QStringLiteral("expired") },
        { QStringLiteral("redeem") } },
};

// Redeeming an invitation is public: whoever holds the link, with no session of their own.
inline bool appliesTo(const Role &role, const Resource &resource)
{
    return resource.name != QLatin1String("invitation") || role.kind == Kind::Anonymous;
}

// A blob: through a conversation whose content the role reads (a copy sent there; a share's
// latest version while shared), or, for staff, as a version of a document of a matter they see
// (closing a conversation leaves that way open).
inline bool readsBlob(const Role &role, const QString &blob, Phase phase)
{
    if (blob.startsWith(QLatin1String("copy-"))) {
        const Conversation &conversation
            = byKey(Conversations, byKey(SentFiles, blob).conversation);
        return readsContent(role, conversation, phase)
            || (role.kind == Kind::Staff && live(role, phase)
                && seesMatter(role, byKey(Matters, conversation.matter)));
    }
    const Conversation &conversation = byKey(Conversations, SharedIn);
    const bool staffOnMatter = role.kind == Kind::Staff && live(role, phase)
        && seesMatter(role, byKey(Matters, conversation.matter));
    // A share gives its latest version only, and only while it is shared.
    if (blob == QLatin1String("share-old"))
        return staffOnMatter;
    return staffOnMatter || (readsContent(role, conversation, phase) && shareActive(phase));
}

// The expected outcome of one case, from the rules alone.
inline Outcome expected(const Role &role, const QString &resource, const QString &instance,
    const QString &action, Phase phase)
{
    if (resource == QLatin1String("invitation"))
        return instance == QLatin1String("fresh") ? Outcome::Allowed : Outcome::Gone;
    if (!live(role, phase))
        return Outcome::Unauthenticated;
    if (resource == QLatin1String("matter")) {
        const Matter &matter = byKey(Matters, instance);
        if (action == QLatin1String("view") || action == QLatin1String("list"))
            return allowedIf(seesMatterOf(role, matter, phase));
        if (auto refused = staffOnly(role, phase))
            return *refused;
        return allowedIf(seesMatter(role, matter)); // incl. close and cancel (on a twin matter)
    }
    if (resource == QLatin1String("party")) { // a new external conversation with the client
        if (auto refused = staffOnly(role, phase))
            return *refused;
        const Matter &matter = matterOfParty(instance);
        if (!seesMatter(role, matter))
            return Outcome::NotFound;
        if (matterClosed(matter, phase))
            return Outcome::Closed;
        return cancelled(instance, matter.key, phase) ? Outcome::Invalid : Outcome::Allowed;
    }
    if (resource == QLatin1String("attachment") || resource == QLatin1String("shared document")) {
        const Conversation &conversation = byKey(Conversations,
            resource == QLatin1String("attachment") ? byKey(SentFiles, instance).conversation
                                                    : SharedIn);
        const Matter &matter = byKey(Matters, conversation.matter);
        if (action == QLatin1String("see")) {
            const Outcome content = contentOutcome(role, conversation, phase);
            const bool stopped = resource != QLatin1String("attachment") && !shareActive(phase);
            return content == Outcome::Allowed && stopped ? Outcome::NotFound : content;
        }
        if (action == QLatin1String("download"))
            return allowedIf(readsBlob(role, QStringLiteral("share-latest"), phase));
        if (auto refused = staffOnly(role, phase))
            return *refused;
        // The matter's files sent in messages: of the conversations the caller sees.
        return allowedIf(resource == QLatin1String("attachment")
                ? seesConversation(role, conversation, phase)
                : seesMatter(role, matter));
    }
    if (resource == QLatin1String("blob"))
        return allowedIf(readsBlob(role, instance, phase));
    const Conversation &conversation = byKey(Conversations, instance);
    const bool sees = seesConversation(role, conversation, phase);
    if (resource == QLatin1String("search result") || resource == QLatin1String("stream event")) {
        if (auto refused = staffOnly(role, phase))
            return *refused;
        // The team inbox searches the client conversations a staff member reads.
        if (action == QLatin1String("inbox search"))
            return allowedIf(conversation.kind == QLatin1String("external")
                && readsContent(role, conversation, phase));
        return allowedIf(resource == QLatin1String("stream event")
                ? streamBrings(role, conversation, phase)
                : readsContent(role, conversation, phase));
    }
    // That it closed (and why): staff through sync, clients in the portal's list.
    if (action == QLatin1String("closed"))
        return allowedIf(
            isClosed(conversation, phase) && seesConversationRecord(role, conversation, phase));
    if (action == QLatin1String("view"))
        return allowedIf(sees);
    if (action == QLatin1String("remove member") || action == QLatin1String("delete")) {
        if (auto refused = staffOnly(role, phase))
            return *refused;
        if (!sees)
            return Outcome::NotFound;
        // Staff are on a matter's conversations through the matter, not as members; a
        // message is deleted by its sender only.
        const bool permitted = action == QLatin1String("delete")
            ? role.person == conversation.owner
            : conversation.kind == QLatin1String("direct")
                || conversation.kind == QLatin1String("external");
        return permitted ? Outcome::Allowed : Outcome::Forbidden;
    }
    const Outcome content = contentOutcome(role, conversation, phase);
    // Whoever still sees a closed conversation reads it and marks it read, but cannot post.
    if (action == QLatin1String("post") && content == Outcome::Allowed
        && isClosed(conversation, phase))
        return Outcome::Closed;
    return content; // history, post, mark read, read
}

// Whether a role may come to know a secret in a phase, in an answer that is the record of
// communication of the matter recordOf (when it is one).
inline bool mayKnow(
    const Role &role, const QString &owner, Phase phase, const QString &recordOf = QString())
{
    const QString kind = owner.section(u':', 0, 0);
    const QString key = owner.section(u':', 1);
    if (kind == QLatin1String("matter"))
        return seesMatterOf(role, byKey(Matters, key), phase);
    const Conversation &conversation = byKey(Conversations, key);
    // The record of communication keeps everything said on the matter ("nothing is ever
    // destroyed"), closed conversations included; staff who see the matter export it.
    const bool staffOnMatter = role.kind == Kind::Staff && live(role, phase)
        && !conversation.matter.isEmpty() && seesMatter(role, byKey(Matters, conversation.matter));
    if (staffOnMatter && recordOf == conversation.matter)
        return true;
    if (kind == QLatin1String("title"))
        return seesConversationRecord(role, conversation, phase);
    // A file's name is also its document's, which staff see in the matter's documents.
    if (kind == QLatin1String("file") && staffOnMatter)
        return true;
    return readsContent(role, conversation, phase);
}

} // namespace parley::test::authz
