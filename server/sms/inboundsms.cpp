// The inbound SMS webhook.
#include "inboundsms.h"

#include "app/servercontext.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "db/sqlquery.h"
#include "store/userstore.h"
#include "twiliosignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace parley::server {

namespace {

const QByteArray EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

ApiReply twiml()
{
    ApiReply reply;
    reply.raw = EmptyTwiml;
    reply.rawType = "text/xml";
    return reply;
}

QString digitsOf(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// application/x-www-form-urlencoded: '+' is a space, the rest percent-encoded.
QList<QPair<QString, QString>> formFields(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(spaced)).queryItems(QUrl::FullyDecoded);
}

} // namespace

InboundSms::InboundSms(ServerContext &context, TwilioSettings settings, QUrl publicUrl,
    std::function<void()> mediaWaiting)
    : m_context(context)
    , m_settings(std::move(settings))
    , m_publicUrl(std::move(publicUrl))
    , m_mediaWaiting(std::move(mediaWaiting))
{ }

ApiReply InboundSms::handle(const ApiRequest &request)
{
    if (!m_settings.configured())
        return ApiReply::error(notFound(QStringLiteral("SMS")));
    const QList<QPair<QString, QString>> fields = formFields(request.body);
    QUrl called = m_publicUrl;
    called.setPath(request.path);
    called.setQuery(request.query);
    if (!TwilioSignature::matches(request.header("x-twilio-signature"), m_settings.authToken,
            called.toString(QUrl::FullyEncoded), fields)) {
        qCWarning(lcNotify) << "refused an inbound SMS request with a missing or wrong signature";
        return ApiReply::error(protocol::Error::make(protocol::ErrorCode::Forbidden,
            QStringLiteral("The request is not signed by Twilio for this server.")));
    }
    QHash<QString, QString> form;
    for (const auto &field : fields)
        form.insert(field.first, field.second);
    const QString sid = form.value(QStringLiteral("MessageSid"));
    const QString from = digitsOf(form.value(QStringLiteral("From")));
    if (sid.isEmpty() || from.isEmpty())
        return ApiReply::error(invalidField(QStringLiteral("MessageSid"),
            QStringLiteral("An inbound SMS needs From and MessageSid.")));

    // The client with that number, and their newest open conversation with SMS on.
    SqlQuery query(m_context.db(),
        QStringLiteral("SELECT u.email, c.id FROM users u"
                       " JOIN members mb ON mb.user_id = u.id AND mb.removed_at IS NULL"
                       " JOIN conversations c ON c.id = mb.conversation_id"
                       " WHERE u.kind = 'client' AND c.kind = 'external' AND c.sms = 1"
                       " AND c.closed_at IS NULL"
                       " AND replace(replace(replace(replace(u.phone, '+', ''), ' ', ''),"
                       " '-', ''), '.', '') = ?"
                       " ORDER BY COALESCE(c.last_message_at, c.created_at) DESC LIMIT 1"));
    query.bindText(from);
    if (auto done = query.exec(); !done)
        return ApiReply::error(done.error());
    if (!query.next()) {
        qCInfo(lcNotify) << "an inbound SMS matched no client conversation with SMS on";
        return twiml();
    }
    const QString email = query.text(0);
    const qint64 conversationId = query.integer(1);
    auto record = UserStore(m_context.db()).findByEmail(email);
    if (!record || !record.value())
        return twiml();
    const Principal client { record.value()->user, record.value()->firmId };
    const int media = std::clamp(form.value(QStringLiteral("NumMedia")).toInt(), 0, 10);
    if (media > 0) {
        // Its media are fetched after Twilio has its answer; recorded first, so none is lost.
        QJsonArray list;
        for (int i = 0; i < media; ++i)
            list.append(QJsonObject {
                { QStringLiteral("url"), form.value(QStringLiteral("MediaUrl%1").arg(i)) },
                { QStringLiteral("content_type"),
                    form.value(QStringLiteral("MediaContentType%1").arg(i)) } });
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        SqlQuery waiting(m_context.db(),
            QStringLiteral("INSERT INTO sms_inbound (message_sid, user_id, conversation_id, body,"
                           " media_json, next_attempt_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT(message_sid) DO NOTHING"));
        waiting.bindText(sid)
            .bind(client.userId())
            .bind(conversationId)
            .bindText(form.value(QStringLiteral("Body")))
            .bindText(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)))
            .bind(0)
            .bind(now);
        if (auto done = waiting.exec(); !done)
            return ApiReply::error(done.error());
        if (m_mediaWaiting)
            m_mediaWaiting();
        return twiml();
    }
    protocol::NewMessage message;
    message.clientTxnId = QStringLiteral("sms:") + sid; // Twilio's retries post it once
    message.body = form.value(QStringLiteral("Body"));
    auto sent = m_context.messages().send(
        client, conversationId, message, m_context.limits(), QStringLiteral("sms"));
    if (!sent) {
        qCWarning(lcNotify) << "an inbound SMS could not be posted:" << sent.error().code;
        return twiml(); // Twilio would only retry; the reason is logged
    }
    return twiml();
}

} // namespace parley::server
