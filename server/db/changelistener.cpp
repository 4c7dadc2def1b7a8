// Hearing other server processes' commits through PostgreSQL LISTEN/NOTIFY.
#include "changelistener.h"

#include "common/errors.h"
#include "common/logcategories.h"
#include "common/serverevents.h"
#include "sqlquery.h"

#include <QSqlError>
#include <QUuid>

namespace parley::server {

namespace {
const QString TokenEvent = QStringLiteral("token");
const QString SessionsEvent = QStringLiteral("sessions");
const QString AccessEvent = QStringLiteral("access");
} // namespace

ChangeListener::ChangeListener(const QSqlDatabase &db, ServerEvents &events,
    std::function<QList<qint64>()> activeFirms, Options options, QObject *parent)
    : QObject(parent)
    , m_connectionName(
          QStringLiteral("parley-listener-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_events(events)
    , m_activeFirms(std::move(activeFirms))
    , m_options(options)
{
    QSqlDatabase listening = QSqlDatabase::cloneDatabase(db, m_connectionName);
    const QString existing = listening.connectOptions();
    listening.setConnectOptions((existing.isEmpty() ? QString() : existing + QLatin1Char(';'))
        + QStringLiteral("application_name=") + QLatin1String(ApplicationName));
    connect(&m_check, &QTimer::timeout, this, &ChangeListener::check);
}

ChangeListener::~ChangeListener()
{
    {
        QSqlDatabase listening = QSqlDatabase::database(m_connectionName, false);
        if (listening.isOpen())
            listening.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

protocol::Result<void> ChangeListener::start()
{
    QSqlDatabase listening = QSqlDatabase::database(m_connectionName, false);
    connect(listening.driver(),
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
            &QSqlDriver::notification),
        this, &ChangeListener::onNotification);
    if (!connectNow())
        return internalError();
    // Session events end streams at once; the other processes' streams must end too.
    connect(&m_events, &ServerEvents::tokenRevoked, this,
        [this](qint64 tokenId) { publish(TokenEvent, tokenId); });
    connect(&m_events, &ServerEvents::sessionsRevoked, this,
        [this](qint64 userId) { publish(SessionsEvent, userId); });
    connect(&m_events, &ServerEvents::accessRemoved, this,
        [this](qint64 userId) { publish(AccessEvent, userId); });
    m_check.start(m_options.checkIntervalMs);
    return {};
}

bool ChangeListener::connectNow()
{
    QSqlDatabase listening = QSqlDatabase::database(m_connectionName, false);
    if (listening.isOpen())
        listening.close();
    if (!listening.open()) {
        qCWarning(lcDb) << "the change listener cannot connect:"
                        << listening.lastError().nativeErrorCode();
        return false;
    }
    for (const char *channel : { ChangesChannel, EventsChannel }) {
        if (!listening.driver()->subscribeToNotification(QLatin1String(channel))) {
            qCWarning(lcDb) << "the change listener cannot listen on" << channel;
            listening.close();
            return false;
        }
    }
    m_connected = true;
    return true;
}

void ChangeListener::check()
{
    if (m_connected) {
        SqlQuery alive(QSqlDatabase::database(m_connectionName, false), QStringLiteral("SELECT 1"));
        if (alive.exec())
            return;
        m_connected = false;
        qCWarning(lcDb) << "the change listener lost its connection; reconnecting";
        m_check.setInterval(m_options.retryIntervalMs);
    }
    if (!connectNow())
        return;
    qCInfo(lcDb) << "the change listener is connected again";
    m_check.setInterval(m_options.checkIntervalMs);
    // What other processes committed meanwhile was not heard: every stream looks again.
    for (qint64 firmId : m_activeFirms())
        Q_EMIT m_events.changesCommitted(firmId);
}

void ChangeListener::onNotification(
    const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    const QString text = payload.toString();
    if (name == QLatin1String(ChangesChannel)) {
        bool ok = false;
        const qint64 firmId = text.toLongLong(&ok);
        if (ok)
            Q_EMIT m_events.changesCommitted(firmId);
        return;
    }
    // This process's own events come back on this connection: they were handled here.
    if (name != QLatin1String(EventsChannel) || source == QSqlDriver::SelfSource)
        return;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 id = colon > 0 ? text.mid(colon + 1).toLongLong(&ok) : 0;
    if (!ok)
        return;
    const QString event = text.left(colon);
    m_relaying = true;
    if (event == TokenEvent)
        Q_EMIT m_events.tokenRevoked(id);
    else if (event == SessionsEvent)
        Q_EMIT m_events.sessionsRevoked(id);
    else if (event == AccessEvent)
        Q_EMIT m_events.accessRemoved(id);
    m_relaying = false;
}

void ChangeListener::publish(const QString &event, qint64 id)
{
    if (m_relaying)
        return;
    SqlQuery notify(
        QSqlDatabase::database(m_connectionName, false), QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.bindText(QLatin1String(EventsChannel))
        .bindText(event + QLatin1Char(':') + QString::number(id));
    // Lost only while the connection is down: the other processes' streams still recheck
    // their sessions every minute and on each ping.
    if (!notify.exec())
        qCWarning(lcDb) << "cannot tell the other servers of a session event";
}

} // namespace parley::server
