// Email wording (English; clients' language preferences come with the portal).
#include "mailtemplates.h"

namespace parley::server {

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>")
        + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
        + QStringLiteral("</p>");
}

QString button(const QUrl &link, const QString &label)
{
    return QStringLiteral("<p><a href=\"%1\" style=\"display:inline-block;padding:10px 18px;"
                          "background:#2a6db0;color:#ffffff;text-decoration:none;"
                          "border-radius:4px\">%2</a></p>")
        .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), label.toHtmlEscaped());
}

} // namespace

MailRow MailContent::toRow(
    qint64 firmId, const QString &kind, const QString &dedupeKey, const QString &to) const
{
    MailRow row;
    row.firmId = firmId;
    row.kind = kind;
    row.dedupeKey = dedupeKey;
    row.recipient = to;
    row.subject = subject;
    row.textBody = text;
    row.htmlBody = html;
    return row;
}

MailTemplates::MailTemplates(QString firmName, QUrl publicUrl, int invitationMinutes)
    : m_firm(firmName.isEmpty() ? QStringLiteral("Your law firm") : std::move(firmName))
    , m_publicUrl(std::move(publicUrl))
    , m_invitationMinutes(invitationMinutes)
{ }

QUrl MailTemplates::invitationLink(const QString &token) const
{
    QUrl link = m_publicUrl;
    link.setPath(QStringLiteral("/portal/invite/") + token);
    return link;
}

QString MailTemplates::matterLine(const ConversationFacts &conversation) const
{
    if (conversation.requireMfa || conversation.matterNumber.isEmpty())
        return QString();
    return QStringLiteral("Matter %1: %2").arg(conversation.matterNumber, conversation.matterTitle);
}

QString MailTemplates::wrapHtml(const QString &inner) const
{
    return QStringLiteral("<!DOCTYPE html><html><body style=\"font-family:sans-serif;"
                          "color:#1d1d1d;max-width:600px\">%1<hr><p style=\"color:#666;"
                          "font-size:small\">%2</p></body></html>")
        .arg(inner,
            QStringLiteral("Sent by %1 through its secure client portal. Replies to this email "
                           "are not read: answer in the portal.")
                .arg(m_firm)
                .toHtmlEscaped());
}

MailContent MailTemplates::welcome(
    const Recipient &client, const ConversationFacts &conversation, const QString &token) const
{
    const QUrl link = invitationLink(token);
    const QString matter = matterLine(conversation);
    const QString hello = QStringLiteral("Hello %1,").arg(client.name);
    const QString intro
        = QStringLiteral("%1 has started a secure conversation with you on its client portal.")
              .arg(m_firm);
    const QString validity = QStringLiteral(
        "The link works once, for %1 minutes. If it has expired, open it anyway and ask for a "
        "fresh one.")
                                 .arg(m_invitationMinutes);
    MailContent mail;
    mail.subject = QStringLiteral("%1 invites you to its secure client portal").arg(m_firm);
    mail.text = hello + QStringLiteral("\n\n") + intro + QStringLiteral("\n")
        + (matter.isEmpty() ? QString() : matter + QStringLiteral("\n"))
        + QStringLiteral("\nOpen the conversation:\n") + link.toString(QUrl::FullyEncoded)
        + QStringLiteral("\n\n") + validity + QStringLiteral("\n");
    mail.html = wrapHtml(paragraph(hello) + paragraph(intro)
        + (matter.isEmpty() ? QString() : paragraph(matter))
        + button(link, QStringLiteral("Open the conversation")) + paragraph(validity));
    return mail;
}

MailContent MailTemplates::signInLink(const Recipient &client, const QString &token) const
{
    const QUrl link = invitationLink(token);
    const QString hello = QStringLiteral("Hello %1,").arg(client.name);
    const QString intro = QStringLiteral("Here is your link to sign in to %1's secure client "
                                         "portal. If you did not ask for it, ignore this email.")
                              .arg(m_firm);
    const QString validity
        = QStringLiteral("The link works once, for %1 minutes.").arg(m_invitationMinutes);
    MailContent mail;
    mail.subject = QStringLiteral("Your sign-in link for %1").arg(m_firm);
    mail.text = hello + QStringLiteral("\n\n") + intro + QStringLiteral("\n\nSign in:\n")
        + link.toString(QUrl::FullyEncoded) + QStringLiteral("\n\n") + validity
        + QStringLiteral("\n");
    mail.html = wrapHtml(paragraph(hello) + paragraph(intro)
        + button(link, QStringLiteral("Sign in")) + paragraph(validity));
    return mail;
}

MailContent MailTemplates::mfaCode(
    const Recipient &client, const QString &code, int validMinutes) const
{
    const QString hello = QStringLiteral("Hello %1,").arg(client.name);
    const QString intro
        = QStringLiteral("Your security code for %1's client portal is:").arg(m_firm);
    const QString validity = QStringLiteral("It works for %1 minutes. Never share it: the firm "
                                            "will never ask you for it.")
                                 .arg(validMinutes);
    MailContent mail;
    mail.subject = QStringLiteral("Your security code: %1").arg(code);
    mail.text = hello + QStringLiteral("\n\n") + intro + QStringLiteral("\n\n    ") + code
        + QStringLiteral("\n\n") + validity + QStringLiteral("\n");
    mail.html = wrapHtml(paragraph(hello) + paragraph(intro)
        + QStringLiteral("<p style=\"font-size:28px;letter-spacing:6px;font-weight:bold\">%1</p>")
              .arg(code)
        + paragraph(validity));
    return mail;
}

MailContent MailTemplates::clientUnread(const Recipient &client,
    const ConversationFacts &conversation, const QList<MessageFacts> &messages,
    const QString &token) const
{
    const QUrl link = invitationLink(token);
    const QString hello = QStringLiteral("Hello %1,").arg(client.name);
    const QString count = messages.size() == 1
        ? QStringLiteral("You have a new message from %1.").arg(m_firm)
        : QStringLiteral("You have %1 new messages from %2.").arg(messages.size()).arg(m_firm);
    MailContent mail;
    mail.subject = QStringLiteral("New message from %1").arg(m_firm);
    QString text = hello + QStringLiteral("\n\n") + count + QStringLiteral("\n");
    QString html = paragraph(hello) + paragraph(count);
    if (conversation.requireMfa) {
        const QString protectedNote = QStringLiteral(
            "This conversation is protected: sign in with the link below and the code we email "
            "you to read it.");
        text += QStringLiteral("\n") + protectedNote + QStringLiteral("\n");
        html += paragraph(protectedNote);
    } else {
        const QString matter = matterLine(conversation);
        if (!matter.isEmpty()) {
            text += matter + QStringLiteral("\n");
            html += paragraph(matter);
        }
        for (const MessageFacts &message : messages) {
            QString said = QStringLiteral("%1 wrote:\n%2").arg(message.senderName, message.body);
            if (!message.fileNames.isEmpty())
                said += QStringLiteral("\nFiles: ") + message.fileNames.join(QStringLiteral(", "));
            text += QStringLiteral("\n") + said + QStringLiteral("\n");
            html += QStringLiteral("<blockquote>") + paragraph(said)
                + QStringLiteral("</blockquote>");
        }
    }
    const QString validity
        = QStringLiteral("The link works once, for %1 minutes.").arg(m_invitationMinutes);
    text += QStringLiteral("\nRead and reply:\n") + link.toString(QUrl::FullyEncoded)
        + QStringLiteral("\n\n") + validity + QStringLiteral("\n");
    html += button(link, QStringLiteral("Read and reply")) + paragraph(validity);
    mail.text = text;
    mail.html = wrapHtml(html);
    return mail;
}

QString MailTemplates::textMessage(
    const ConversationFacts &conversation, const MessageFacts &message, const QString &token) const
{
    const QString link = invitationLink(token).toString(QUrl::FullyEncoded);
    if (conversation.requireMfa || message.body.trimmed().isEmpty())
        return QStringLiteral("%1: you have a new message. Read it here: %2").arg(m_firm, link);
    return QStringLiteral("%1: %2\n\nReply to this text, or send files here: %3")
        .arg(m_firm, message.body, link);
}

MailContent MailTemplates::staffBatch(const Recipient &staff, const QList<MessageFacts> &messages,
    const QHash<qint64, ConversationFacts> &conversations) const
{
    MailContent mail;
    mail.subject = messages.size() == 1
        ? QStringLiteral("Client activity on the portal")
        : QStringLiteral("Client activity on the portal: %1 updates").arg(messages.size());
    const QString hello = QStringLiteral("Hello %1,").arg(staff.name);
    QString text = hello + QStringLiteral("\n");
    QString html = paragraph(hello);
    for (const MessageFacts &message : messages) {
        const ConversationFacts facts = conversations.value(message.conversationId);
        QString where = facts.matterNumber.isEmpty()
            ? QStringLiteral("%1").arg(message.senderName)
            : QStringLiteral("%1, matter %2").arg(message.senderName, facts.matterNumber);
        QString said;
        if (message.kind == QLatin1String("event"))
            said = QStringLiteral("(read the firm's messages)");
        else if (facts.requireMfa)
            said
                = QStringLiteral("(a message in a protected conversation: open Parley to read it)");
        else {
            said = message.body;
            if (!message.fileNames.isEmpty())
                said += (said.isEmpty() ? QString() : QStringLiteral("\n"))
                    + QStringLiteral("Files: ") + message.fileNames.join(QStringLiteral(", "));
        }
        text += QStringLiteral("\n%1:\n%2\n").arg(where, said);
        html += paragraph(where + QLatin1Char(':')) + QStringLiteral("<blockquote>")
            + paragraph(said) + QStringLiteral("</blockquote>");
    }
    mail.text = text;
    mail.html = wrapHtml(html);
    return mail;
}

} // namespace parley::server
