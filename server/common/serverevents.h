// ServerEvents: in-process notifications after commits, so streams push what just committed.
#pragma once

#include <QObject>

namespace parley::server {

class ServerEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    // Emitted after (never before) a transaction that recorded changes has committed.
    void changesCommitted(qint64 firmId);
    // A session token was revoked: its streams must close at once.
    void tokenRevoked(qint64 tokenId);
    // Every session of a user was revoked (sign out everywhere): all their streams close.
    void sessionsRevoked(qint64 userId);
    // A user lost access to something (removed from a conversation): their streams close, so
    // they reconnect and sync again under the new rules.
    void accessRemoved(qint64 userId);
};

} // namespace parley::server
