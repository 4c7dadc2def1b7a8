// AuditExport::html: the record of communication as one printable page. Everything shown is
// escaped; the page has no scripts and loads nothing.
#include "auditexport.h"

#include <QJsonArray>

namespace parley::server {

namespace {

QString esc(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString().toHtmlEscaped();
}

// "2026-11-03T14:05:00.123Z" as "2026-11-03 14:05:00 UTC".
QString when(const QJsonValue &value)
{
    QString text = value.toString().left(19); // to the second
    text.replace(QLatin1Char('T'), QLatin1Char(' '));
    return text.toHtmlEscaped() + QStringLiteral(" UTC");
}

QString actionText(const QString &action)
{
    static const QHash<QString, QString> texts {
        { QStringLiteral("message_sent"), QStringLiteral("Sent a message") },
        { QStringLiteral("message_read"), QStringLiteral("Read a message") },
        { QStringLiteral("message_deleted"), QStringLiteral("Deleted a message") },
        { QStringLiteral("document_sent"), QStringLiteral("Sent a copy of a document") },
        { QStringLiteral("document_shared"), QStringLiteral("Shared a document") },
        { QStringLiteral("share_stopped"), QStringLiteral("Stopped sharing a document") },
        { QStringLiteral("file_downloaded"), QStringLiteral("Downloaded a file") },
        { QStringLiteral("signed_in"), QStringLiteral("Signed in") },
        { QStringLiteral("sign_in_failed"), QStringLiteral("Failed to sign in") },
        { QStringLiteral("signed_out"), QStringLiteral("Signed out") },
        { QStringLiteral("signed_out_everywhere"), QStringLiteral("Signed out everywhere") },
        { QStringLiteral("mfa_passed"), QStringLiteral("Entered the security code") },
        { QStringLiteral("mfa_failed"), QStringLiteral("Entered a wrong security code") },
        { QStringLiteral("member_added"), QStringLiteral("Added a participant") },
        { QStringLiteral("member_removed"), QStringLiteral("Removed a participant") },
        { QStringLiteral("portal_email_changed"), QStringLiteral("Changed a portal address") },
        { QStringLiteral("record_exported"), QStringLiteral("Exported this record") },
        { QStringLiteral("matter_closed"), QStringLiteral("Closed the matter") },
        { QStringLiteral("client_cancelled"), QStringLiteral("Recorded that a client cancelled") },
        { QStringLiteral("conversation_closed"),
            QStringLiteral("Closed a client conversation (the firm left it)") },
        { QStringLiteral("conversation_assigned"),
            QStringLiteral("Assigned a client conversation") },
        { QStringLiteral("task_created"), QStringLiteral("Created a task") },
        { QStringLiteral("task_done"), QStringLiteral("Completed a task") },
        { QStringLiteral("document_saved"),
            QStringLiteral("Saved a file from a message as a matter document") },
        { QStringLiteral("matter_status_changed"), QStringLiteral("Changed the matter's status") },
        { QStringLiteral("matter_settings_changed"),
            QStringLiteral("Changed the matter's settings") },
        { QStringLiteral("notice_sent"), QStringLiteral("Sent a notice about new messages") },
        { QStringLiteral("notice_failed"),
            QStringLiteral("Could not deliver a notice about new messages") },
    };
    return texts.value(action, action);
}

QString channelText(const QString &channel)
{
    if (channel == QLatin1String("portal"))
        return QStringLiteral("the client portal");
    if (channel == QLatin1String("sms"))
        return QStringLiteral("text message");
    if (channel == QLatin1String("email"))
        return QStringLiteral("email");
    return QStringLiteral("the Parley app");
}

QString conversationKind(const QString &kind)
{
    if (kind == QLatin1String("external"))
        return QStringLiteral("With clients (portal)");
    if (kind == QLatin1String("internal"))
        return QStringLiteral("Internal");
    return QStringLiteral("Direct");
}

// "Text message to Maria Gonzalez (+12065550143): sent 2026-11-03 14:05:07 UTC".
QString deliveryText(const QJsonObject &notice)
{
    const QString state = notice[QStringLiteral("state")].toString();
    QString outcome;
    if (state == QLatin1String("sent"))
        outcome = QStringLiteral("sent ") + when(notice[QStringLiteral("sent_at")]);
    else if (state == QLatin1String("failed"))
        outcome = QStringLiteral("<span class=\"bad\">could not be delivered</span>");
    else
        outcome = QStringLiteral("waiting to go (queued %1)")
                      .arg(when(notice[QStringLiteral("queued_at")]));
    return QStringLiteral("%1 to %2 (%3): %4")
        .arg(notice[QStringLiteral("channel")].toString() == QLatin1String("sms")
                ? QStringLiteral("Text message")
                : QStringLiteral("Email notice"),
            esc(notice[QStringLiteral("name")]), esc(notice[QStringLiteral("to")]), outcome);
}

// requireMfa: the conversation asks clients for a security code, so each client's read says
// whether it was entered.
QString messageRow(const QJsonObject &message, bool requireMfa)
{
    QString body = message[QStringLiteral("body")].toString().toHtmlEscaped();
    body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (message[QStringLiteral("deleted")].toBool())
        body = QStringLiteral("<span class=\"deleted\">Deleted — shown to participants as "
                              "\"message deleted\"; kept here:</span> ")
            + body;
    if (message[QStringLiteral("kind")].toString() == QLatin1String("status"))
        body = QStringLiteral("<span class=\"tag\">Status update</span> ") + body;
    QStringList files;
    for (const QJsonValue &file : message[QStringLiteral("files")].toArray()) {
        const QString mode = file[QStringLiteral("mode")].toString();
        const qint64 version = file[QStringLiteral("version")].toInteger();
        files.append(QStringLiteral("%1 (%2%3, %4 bytes, sha256 %5)")
                         .arg(esc(file[QStringLiteral("name")]),
                             mode == QLatin1String("share")      ? QStringLiteral("shared")
                                 : mode == QLatin1String("copy") ? QStringLiteral("copy sent")
                                                                 : QStringLiteral("attached"),
                             version > 0 ? QStringLiteral(", version %1").arg(version) : QString(),
                             esc(file[QStringLiteral("size")]),
                             esc(file[QStringLiteral("sha256")]).left(16) + QStringLiteral("…")));
    }
    QStringList delivered;
    for (const QJsonValue &notice : message[QStringLiteral("delivered")].toArray())
        delivered.append(deliveryText(notice.toObject()));
    QStringList reads;
    for (const QJsonValue &read : message[QStringLiteral("read_by")].toArray()) {
        QString text
            = QStringLiteral("%1 at %2")
                  .arg(esc(read[QStringLiteral("name")]), when(read[QStringLiteral("at")]));
        if (requireMfa && read[QStringLiteral("mfa_satisfied")].isBool())
            text += read[QStringLiteral("mfa_satisfied")].toBool()
                ? QStringLiteral(" <span class=\"dim\">(security code entered)</span>")
                : QStringLiteral(" <span class=\"bad\">(without a security code)</span>");
        reads.append(text);
    }
    return QStringLiteral("<tr><td class=\"nowrap\">%1</td><td>%2<br><span class=\"dim\">via "
                          "%3</span></td><td>%4%5</td><td>%6</td><td>%7</td></tr>\n")
        .arg(when(message[QStringLiteral("at")]), esc(message[QStringLiteral("sender")]),
            channelText(message[QStringLiteral("channel")].toString()), body,
            files.isEmpty() ? QString()
                            : QStringLiteral("<div class=\"files\">%1</div>")
                                  .arg(files.join(QStringLiteral("<br>"))),
            delivered.isEmpty() ? QStringLiteral("<span class=\"dim\">In Parley only</span>")
                                : QStringLiteral("<div>%1</div>")
                                      .arg(delivered.join(QStringLiteral("</div><div>"))),
            reads.isEmpty()
                ? QStringLiteral("<span class=\"dim\">Not read yet</span>")
                : QStringLiteral("<div>%1</div>").arg(reads.join(QStringLiteral("</div><div>"))));
}

} // namespace

QString AuditExport::html(const QJsonObject &record)
{
    const QJsonObject matter = record[QStringLiteral("matter")].toObject();
    const QJsonObject chain = record[QStringLiteral("chain")].toObject();
    QString page;
    page += QStringLiteral(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n<title>Record of communication — Matter %1</title>\n"
        "<style>body{font:14px/1.45 system-ui,sans-serif;color:#1d2330;margin:2em auto;"
        "max-width:70em;padding:0 1em}h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;"
        "margin-top:2em;border-bottom:1px solid #ccd;padding-bottom:.2em}table{border-collapse:"
        "collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35em .5em;"
        "border-bottom:1px solid #e3e6ee}th{background:#f4f6fa;font-weight:600}.dim{color:#5b6475}"
        ".nowrap{white-space:nowrap}.tag{background:#e8eefc;border-radius:3px;padding:0 .3em;"
        "font-size:.9em}.deleted{color:#9b1c1c;font-style:italic}.files{margin-top:.3em;color:"
        "#33415c}td "
        "div+div{margin-top:.4em}.ok{color:#17663a;font-weight:600}.bad{color:#9b1c1c;font-weight:"
        "600}"
        "code{font-size:.85em;word-break:break-all}@media print{body{margin:0}}</style>\n"
        "</head><body>\n")
                .arg(esc(matter[QStringLiteral("number")]));
    page += QStringLiteral("<h1>Record of communication</h1>\n<p>Matter %1 — %2 · Status: %3<br>"
                           "<span class=\"dim\">Generated %4</span></p>\n")
                .arg(esc(matter[QStringLiteral("number")]), esc(matter[QStringLiteral("title")]),
                    esc(matter[QStringLiteral("status")]),
                    when(record[QStringLiteral("generated_at")]));
    if (chain[QStringLiteral("intact")].toBool()) {
        page += QStringLiteral("<p class=\"ok\">Audit trail intact: %1 entries, each sealed with "
                               "the hash of the one before.</p>\n<p class=\"dim\">Last hash: "
                               "<code>%2</code></p>\n")
                    .arg(esc(chain[QStringLiteral("entries")]),
                        esc(chain[QStringLiteral("head_hash")]));
    } else {
        QStringList problems;
        for (const QJsonValue &problem : chain[QStringLiteral("problems")].toArray())
            problems.append(esc(problem));
        page += QStringLiteral("<p class=\"bad\">The audit trail has been tampered with: "
                               "%1.</p>\n")
                    .arg(problems.join(QStringLiteral("; ")));
    }

    for (const QJsonValue &value : record[QStringLiteral("conversations")].toArray()) {
        const QJsonObject conversation = value.toObject();
        QString title = conversation[QStringLiteral("title")].toString();
        if (title.isEmpty())
            title = QStringLiteral("Conversation %1")
                        .arg(conversation[QStringLiteral("id")].toInteger());
        QStringList members;
        for (const QJsonValue &member : conversation[QStringLiteral("members")].toArray()) {
            QString text = esc(member[QStringLiteral("name")]);
            if (!member[QStringLiteral("removed_at")].toString().isEmpty())
                text += QStringLiteral(" (removed %1)")
                            .arg(when(member[QStringLiteral("removed_at")]));
            members.append(text);
        }
        page += QStringLiteral("<h2>%1</h2>\n<p class=\"dim\">%2%3 · Participants: %4</p>\n")
                    .arg(title.toHtmlEscaped(),
                        conversationKind(conversation[QStringLiteral("kind")].toString()),
                        conversation[QStringLiteral("require_mfa")].toBool()
                            ? QStringLiteral(" · Security code required to view")
                            : QString(),
                        members.join(QStringLiteral(", ")));
        const QJsonArray messages = conversation[QStringLiteral("messages")].toArray();
        if (messages.isEmpty()) {
            page += QStringLiteral("<p class=\"dim\">No messages.</p>\n");
            continue;
        }
        page += QStringLiteral("<table><tr><th>Sent</th><th>From</th><th>Message</th>"
                               "<th>Delivered</th><th>Read</th></tr>\n");
        for (const QJsonValue &message : messages)
            page += messageRow(
                message.toObject(), conversation[QStringLiteral("require_mfa")].toBool());
        page += QStringLiteral("</table>\n");
    }

    page += QStringLiteral("<h2>Audit trail</h2>\n<table><tr><th>#</th><th>When</th><th>Who</th>"
                           "<th>What</th><th>Concerning</th></tr>\n");
    for (const QJsonValue &value : record[QStringLiteral("audit")].toArray()) {
        const QJsonObject entry = value.toObject();
        QStringList about;
        if (!entry[QStringLiteral("conversation_id")].isNull())
            about.append(QStringLiteral("conversation %1")
                             .arg(esc(entry[QStringLiteral("conversation_id")])));
        if (!entry[QStringLiteral("message_id")].isNull())
            about.append(
                QStringLiteral("message %1").arg(esc(entry[QStringLiteral("message_id")])));
        if (!entry[QStringLiteral("document_id")].isNull())
            about.append(
                QStringLiteral("document %1").arg(esc(entry[QStringLiteral("document_id")])));
        if (entry.contains(QLatin1String("version")))
            about.append(QStringLiteral("version %1").arg(esc(entry[QStringLiteral("version")])));
        if (entry.contains(QLatin1String("subject")))
            about.append(esc(entry[QStringLiteral("subject")]));
        const QJsonObject detail = entry[QStringLiteral("detail")].toObject();
        if (detail.contains(QLatin1String("task_id")))
            about.append(QStringLiteral("task %1").arg(esc(detail[QStringLiteral("task_id")])));
        if (detail.contains(QLatin1String("transition_id")))
            about.append(
                QStringLiteral("from \"%1\" to \"%2\"")
                    .arg(esc(detail[QStringLiteral("from")]), esc(detail[QStringLiteral("to")])));
        if (entry[QStringLiteral("action")].toString().startsWith(QLatin1String("notice_")))
            about.append(detail[QStringLiteral("channel")].toString() == QLatin1String("sms")
                    ? QStringLiteral("by text message")
                    : QStringLiteral("by email"));
        if (detail.contains(QLatin1String("message_spouse")))
            about.append(detail[QStringLiteral("message_spouse")].toBool()
                    ? QStringLiteral("messages reach the client's spouse")
                    : QStringLiteral("messages no longer reach the client's spouse"));
        page += QStringLiteral("<tr><td>%1</td><td class=\"nowrap\">%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td></tr>\n")
                    .arg(esc(entry[QStringLiteral("seq")]), when(entry[QStringLiteral("at")]),
                        esc(entry[QStringLiteral("actor")]),
                        actionText(entry[QStringLiteral("action")].toString()).toHtmlEscaped(),
                        about.join(QStringLiteral(", ")));
    }
    page += QStringLiteral("</table>\n</body></html>\n");
    return page;
}

} // namespace parley::server
