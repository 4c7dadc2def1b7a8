// ServerContext: the database and the services built on it, wired once and passed to the
// HTTP routes, the stream and the admin commands (no singletons).
#pragma once

#include "access/accesspolicy.h"
#include "audit/downloadaudit.h"
#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "auth/signinthrottle.h"
#include "common/clock.h"
#include "common/serverevents.h"
#include "db/database.h"
#include "protocol/limits.h"
#include "services/automationservice.h"
#include "services/conversationassignment.h"
#include "services/conversationservice.h"
#include "services/documentservice.h"
#include "services/inboxservice.h"
#include "services/matterclosing.h"
#include "services/matterservice.h"
#include "services/mattersettings.h"
#include "services/matterstatus.h"
#include "services/messageservice.h"
#include "services/receiptservice.h"
#include "services/taskservice.h"
#include "sync/syncservice.h"

#include <memory>

namespace parley::server {

class ServerContext
{
public:
    // clock: the server's time (tests move it); signIn: failed sign-ins before a lockout;
    // sessions: how long a staff session lives.
    ServerContext(protocol::Limits limits, PasswordHasher hasher,
        std::unique_ptr<Clock> clock = std::make_unique<SystemClock>(), SignInPolicy signIn = {},
        SessionPolicy sessions = {});
    ~ServerContext();
    ServerContext(const ServerContext &) = delete;
    ServerContext &operator=(const ServerContext &) = delete;

    // Opens (creating and migrating) the database of a data folder, creating the folder;
    // with databaseUrl ([database] url, --database) the database is that PostgreSQL one and
    // the folder keeps the files only.
    protocol::Result<void> open(const QString &dataDir, const QString &databaseUrl = {});

    QSqlDatabase db() const { return m_database.handle(); }
    // The data folder open() was given (the database, uploads and blobs live in it).
    QString dataDir() const { return m_dataDir; }
    const protocol::Limits &limits() const { return m_limits; }
    const PasswordHasher &hasher() const { return m_hasher; }
    const Clock &clock() const { return *m_clock; }
    ServerEvents &events() { return m_events; }
    AccessPolicy &access() { return *m_access; }
    AuthService &auth() { return *m_auth; }
    MatterService &matters() { return *m_matters; }
    MatterClosing &closing() { return *m_closing; }
    DownloadAudit &downloads() { return *m_downloads; }
    ConversationService &conversations() { return *m_conversations; }
    DocumentService &documents() { return *m_documents; }
    MessageService &messages() { return *m_messages; }
    ReceiptService &receipts() { return *m_receipts; }
    SyncService &sync() { return *m_sync; }
    ConversationAssignment &assignment() { return *m_assignment; }
    InboxService &inbox() { return *m_inbox; }
    TaskService &tasks() { return *m_tasks; }
    AutomationService &automation() { return *m_automation; }
    MatterStatus &matterStatus() { return *m_matterStatus; }
    MatterSettings &matterSettings() { return *m_matterSettings; }

private:
    protocol::Limits m_limits;
    PasswordHasher m_hasher;
    std::unique_ptr<Clock> m_clock;
    SignInPolicy m_signIn;
    SessionPolicy m_sessions;
    QString m_dataDir;
    Database m_database;
    ServerEvents m_events;
    std::unique_ptr<AccessPolicy> m_access;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<MatterService> m_matters;
    std::unique_ptr<MatterClosing> m_closing;
    std::unique_ptr<DownloadAudit> m_downloads;
    std::unique_ptr<ConversationService> m_conversations;
    std::unique_ptr<DocumentService> m_documents;
    std::unique_ptr<MessageService> m_messages;
    std::unique_ptr<ReceiptService> m_receipts;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<ConversationAssignment> m_assignment;
    std::unique_ptr<InboxService> m_inbox;
    std::unique_ptr<TaskService> m_tasks;
    std::unique_ptr<AutomationService> m_automation;
    std::unique_ptr<MatterStatus> m_matterStatus;
    std::unique_ptr<MatterSettings> m_matterSettings;
};

} // namespace parley::server
