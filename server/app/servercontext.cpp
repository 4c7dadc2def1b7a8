// Opening the data folder and wiring the services.
#include "servercontext.h"

#include "common/errors.h"
#include "common/logcategories.h"
#include "config/serverconfig.h"

#include <QDir>

namespace parley::server {

ServerContext::ServerContext(protocol::Limits limits, PasswordHasher hasher,
    std::unique_ptr<Clock> clock, SignInPolicy signIn, SessionPolicy sessions)
    : m_limits(std::move(limits))
    , m_hasher(std::move(hasher))
    , m_clock(std::move(clock))
    , m_signIn(signIn)
    , m_sessions(sessions)
{ }

ServerContext::~ServerContext() = default;

protocol::Result<void> ServerContext::open(const QString &dataDir, const QString &databaseUrl)
{
    ServerConfig config;
    config.dataDir = dataDir;
    config.databaseUrl = databaseUrl;
    auto location = config.databaseLocation();
    if (!location)
        return location.error();
    if (!QDir().mkpath(dataDir)) {
        return invalidField(QStringLiteral("data_dir"),
            QStringLiteral("The data folder %1 cannot be created.").arg(dataDir));
    }
    if (auto opened = m_database.open(location.value()); !opened)
        return opened;
    m_dataDir = dataDir;
    const QSqlDatabase handle = m_database.handle();
    m_access = std::make_unique<AccessPolicy>(handle);
    m_auth = std::make_unique<AuthService>(handle, m_hasher, &m_events,
        SignInThrottle(handle, *m_clock, m_signIn), *m_clock, m_sessions);
    m_matters = std::make_unique<MatterService>(handle, *m_access);
    m_closing = std::make_unique<MatterClosing>(handle, *m_access, &m_events);
    m_downloads = std::make_unique<DownloadAudit>(handle, *m_clock, *m_access);
    m_conversations = std::make_unique<ConversationService>(handle, *m_access, &m_events);
    m_documents = std::make_unique<DocumentService>(handle, *m_access, &m_events, m_limits);
    m_messages = std::make_unique<MessageService>(handle, *m_access, *m_documents, &m_events);
    m_receipts = std::make_unique<ReceiptService>(handle, *m_access, &m_events);
    m_sync = std::make_unique<SyncService>(handle, *m_access);
    m_assignment = std::make_unique<ConversationAssignment>(handle, *m_access, &m_events);
    m_inbox = std::make_unique<InboxService>(handle, *m_access, *m_assignment, &m_events);
    m_tasks = std::make_unique<TaskService>(handle, *m_access);
    m_automation = std::make_unique<AutomationService>(handle, m_limits);
    m_matterStatus
        = std::make_unique<MatterStatus>(handle, *m_access, *m_messages, &m_events, m_limits);
    m_matterSettings = std::make_unique<MatterSettings>(handle, *m_access, &m_events);
    return {};
}

} // namespace parley::server
