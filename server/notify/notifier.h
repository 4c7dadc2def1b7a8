// Notifier: turns what happens into emails, per the products we learn from. It follows the
// change log (its place kept in notify_cursor, in the same transaction as what it queues, so
// a restart neither repeats nor skips): a client added to a conversation with the firm gets a
// welcome email with a fresh invitation link; a firm message a client has not read within
// client_unread_minutes gives one email for the batch (with a fresh link; nothing if read in
// time); clients' messages reach the matter's staff (the conversation's assignee alone when it
// has one) batched per staff_batch_minutes window.
// History from before the notifier first ran is not news.
#pragma once

#include "mailtemplates.h"
#include "notifystore.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace parley::server {

class Clock;

class Notifier : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString firmName;
        QUrl publicUrl;
        int clientUnreadMinutes = 15;
        int staffBatchMinutes = 5;
        int invitationMinutes = 60;
        bool sms = false; // text messages can go out ([sms] configured)
        int pollMs = 1000;
    };

    // clock is not owned and must outlive the notifier.
    Notifier(QSqlDatabase db, const Clock &clock, Options options, QObject *parent = nullptr);

    // Places every firm's cursor at the present when it has none, then reads and polls.
    protocol::Result<void> start();
    // Connected to ServerEvents::changesCommitted.
    void changesCommitted(qint64 firmId);

Q_SIGNALS:
    // Emails or texts were queued: OutboundDelivery::wake.
    void mailQueued();

private:
    protocol::Result<bool> readChanges(qint64 firmId);
    protocol::Result<void> conversationChanged(qint64 conversationId, bool &queued);
    protocol::Result<void> messageAdded(const MessageFacts &message);
    protocol::Result<void> textMessage(
        const ConversationFacts &facts, const Recipient &client, const MessageFacts &message);
    protocol::Result<bool> sendDue();
    protocol::Result<bool> sendNotice(const PendingNotice &due);
    // about: the messages an unread reminder is for (kept for the record of communication).
    protocol::Result<bool> queue(qint64 firmId, const QString &kind, const QString &dedupeKey,
        const Recipient &to, const MailContent &content,
        std::optional<MailRow::About> about = std::nullopt);
    void poll();

    QSqlDatabase m_db;
    const Clock &m_clock;
    Options m_options;
    MailTemplates m_templates;
    QTimer m_poll;
};

} // namespace parley::server
