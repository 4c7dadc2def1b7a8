// MailTemplates: the words of each email the notifier sends, as plain text and HTML (user
// content escaped). A conversation that requires MFA never puts message text or file names
// in an email: only that there is something to read, and the link.
#pragma once

#include "mailqueue.h"
#include "notifystore.h"

#include <QString>
#include <QUrl>

namespace parley::server {

struct MailContent
{
    QString subject;
    QString text;
    QString html;

    // The mail_queue row that sends this email.
    MailRow toRow(
        qint64 firmId, const QString &kind, const QString &dedupeKey, const QString &to) const;
};

class MailTemplates
{
public:
    MailTemplates(QString firmName, QUrl publicUrl, int invitationMinutes);

    // The portal link an invitation token opens.
    QUrl invitationLink(const QString &token) const;

    MailContent welcome(
        const Recipient &client, const ConversationFacts &conversation, const QString &token) const;
    MailContent clientUnread(const Recipient &client, const ConversationFacts &conversation,
        const QList<MessageFacts> &messages, const QString &token) const;
    // A text message: the firm, the words (none for a protected conversation, never file
    // names) and the portal link to answer with files.
    QString textMessage(const ConversationFacts &conversation, const MessageFacts &message,
        const QString &token) const;
    // A returning client's sign-in link (asked for in the portal, or a fresh one for an
    // expired invitation).
    MailContent signInLink(const Recipient &client, const QString &token) const;
    // The one-time code a protected conversation asks for; nothing about the conversation.
    MailContent mfaCode(const Recipient &client, const QString &code, int validMinutes) const;
    // conversations: the facts of each conversation the messages are in, by id.
    MailContent staffBatch(const Recipient &staff, const QList<MessageFacts> &messages,
        const QHash<qint64, ConversationFacts> &conversations) const;

private:
    QString matterLine(const ConversationFacts &conversation) const;
    QString wrapHtml(const QString &inner) const;

    QString m_firm;
    QUrl m_publicUrl;
    int m_invitationMinutes;
};

} // namespace parley::server
