// ChangeListener: on PostgreSQL, what other server processes on the same database commit
// reaches this one. It LISTENs on a connection of its own: parley_changes (ChangeLog::record
// notifies it with the firm id inside the change's transaction, so it arrives on commit)
// becomes ServerEvents::changesCommitted; parley_events carries the session events
// (token revoked, sessions revoked, access removed) this process relays for the others. A
// dropped connection is noticed by a periodic check and reopened; then every firm with stream
// clients is told to look again, since a notification may have been missed meanwhile.
#pragma once

#include "protocol/result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>
#include <functional>

namespace parley::server {

class ServerEvents;

class ChangeListener : public QObject
{
    Q_OBJECT
public:
    static constexpr auto ChangesChannel = "parley_changes";
    static constexpr auto EventsChannel = "parley_events";
    // How the listener's connection shows in pg_stat_activity.
    static constexpr auto ApplicationName = "parley-listener";

    struct Options
    {
        int checkIntervalMs = 1000; // how soon a dropped connection is noticed
        int retryIntervalMs = 2000; // between attempts to reconnect
    };

    // db: the server's connection, cloned for listening. activeFirms: the firms that have
    // stream clients now (told to look again after a reconnect).
    ChangeListener(const QSqlDatabase &db, ServerEvents &events,
        std::function<QList<qint64>()> activeFirms, Options options, QObject *parent = nullptr);
    ~ChangeListener() override;

    // Connects and subscribes; relays this process's session events from then on.
    protocol::Result<void> start();

private:
    bool connectNow();
    void check();
    void onNotification(
        const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    // Tells the other processes of a session event ("token:12").
    void publish(const QString &event, qint64 id);

    QString m_connectionName;
    ServerEvents &m_events;
    std::function<QList<qint64>()> m_activeFirms;
    Options m_options;
    QTimer m_check;
    bool m_connected = false;
    bool m_relaying = false; // re-emitting another process's event: do not publish it back
};

} // namespace parley::server
