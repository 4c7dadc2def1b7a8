// AuditLog: the append-only record of every access and change, one hash chain per matter (and
// one per firm for what belongs to no matter: sign-ins, direct conversations). Each entry
// carries the hash of the one before it in its chain, so an entry edited or removed outside
// the server breaks the chain where it happened (AuditVerifier finds it). Entries are appended
// in the transaction of what they record; the table refuses UPDATE and DELETE (triggers).
#pragma once

#include "protocol/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace parley::server {

namespace AuditAction {
inline constexpr auto MessageSent = "message_sent";
inline constexpr auto MessageRead = "message_read";
inline constexpr auto MessageDeleted = "message_deleted";
inline constexpr auto DocumentSent = "document_sent";
inline constexpr auto DocumentShared = "document_shared";
inline constexpr auto ShareStopped = "share_stopped";
inline constexpr auto FileDownloaded = "file_downloaded";
inline constexpr auto SignedIn = "signed_in";
inline constexpr auto SignInFailed = "sign_in_failed";
inline constexpr auto SignedOut = "signed_out";
// Every session of a user ended at once (detail: sessions, how many).
inline constexpr auto SignedOutEverywhere = "signed_out_everywhere";
inline constexpr auto MfaPassed = "mfa_passed";
inline constexpr auto MfaFailed = "mfa_failed";
inline constexpr auto MemberAdded = "member_added";
inline constexpr auto MemberRemoved = "member_removed";
inline constexpr auto PortalEmailChanged = "portal_email_changed";
inline constexpr auto RecordExported = "record_exported";
inline constexpr auto MatterClosed = "matter_closed";
inline constexpr auto ClientCancelled = "client_cancelled";
inline constexpr auto ConversationClosed = "conversation_closed";
// Who answers a client conversation for the firm (detail: assignee_id, null for nobody).
inline constexpr auto ConversationAssigned = "conversation_assigned";
// A task made, and a task done (detail: task_id).
inline constexpr auto TaskCreated = "task_created";
inline constexpr auto TaskDone = "task_done";
// A file sent with a message saved as a matter document (version 1 = its bytes).
inline constexpr auto DocumentSaved = "document_saved";
// A matter's status set by hand (detail: from, to, transition_id); what its rules posted has
// message_sent entries of its own.
inline constexpr auto MatterStatusChanged = "matter_status_changed";
// A matter's settings changed (detail: the setting and its new value).
inline constexpr auto MatterSettingsChanged = "matter_settings_changed";
// A text or unread email notice about messages of a conversation went out, or failed for good
// (detail: channel, subject_id the client, first_message_id, last_message_id).
inline constexpr auto NoticeSent = "notice_sent";
inline constexpr auto NoticeFailed = "notice_failed";
} // namespace AuditAction

struct AuditEntry
{
    qint64 firmId = 0;
    std::optional<qint64> matterId; // the chain: the matter's, else the firm's
    QString action; // AuditAction
    std::optional<qint64> actorId; // who did it (none: the server itself, an unknown caller)
    std::optional<qint64> conversationId = std::nullopt;
    std::optional<qint64> messageId = std::nullopt;
    std::optional<qint64> documentId = std::nullopt;
    std::optional<qint64> version = std::nullopt; // the document version (its row id) concerned
    QJsonObject detail = {}; // further facts (channel, subject user, a deleted body...)
};

struct AuditRecord
{
    AuditEntry entry;
    qint64 id = 0;
    QString chain; // "matter:<id>" | "firm:<id>"
    qint64 seq = 0; // 1, 2, ... within the chain
    qint64 atMs = 0;
    QString detailText; // detail as stored (hashed as stored)
    QString prevHash;
    QString hash;
};

class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    // The hash before the first entry of every chain.
    static QString genesisHash();
    static QString chainOf(qint64 firmId, std::optional<qint64> matterId);
    // sha256 (hex) of the previous hash and the record's fields, as stored.
    static QString hashOf(const AuditRecord &record);

    // Appends to the entry's chain. Call inside the write transaction of what it records,
    // which also keeps two appends from taking the same place.
    protocol::Result<qint64> append(const AuditEntry &entry, qint64 atMs);
    // The same in a write transaction of its own, for what has none (a sign-in, a download).
    protocol::Result<qint64> appendAlone(const AuditEntry &entry, qint64 atMs);
    // The chains there are, and one chain's entries in order.
    protocol::Result<QStringList> chains();
    protocol::Result<QList<AuditRecord>> entries(const QString &chain);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
