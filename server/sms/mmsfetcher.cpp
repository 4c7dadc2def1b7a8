// Fetching MMS media and posting the reply.
#include "mmsfetcher.h"

#include "app/servercontext.h"
#include "common/clock.h"
#include "common/logcategories.h"
#include "db/sqlquery.h"
#include "protocol/digest.h"
#include "store/uploadstore.h"
#include "store/userstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkReply>

namespace parley::server {

namespace {
constexpr int MaxAttempts = 8;
const int RetrySeconds[] = { 30, 60, 300, 900, 3600 };

QString extensionFor(const QString &contentType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(contentType);
    const QString suffix = type.isValid() ? type.preferredSuffix() : QString();
    return suffix.isEmpty() ? QStringLiteral("bin") : suffix;
}
} // namespace

MmsFetcher::MmsFetcher(ServerContext &context, TwilioSettings settings, BlobFolder folder,
    const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(std::move(settings))
    , m_folder(std::move(folder))
    , m_clock(clock)
    , m_digest(protocol::Digest::Algorithm::Sha256)
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &MmsFetcher::pump);
}

void MmsFetcher::start()
{
    m_poll.start();
    pump();
}

void MmsFetcher::wake()
{
    QMetaObject::invokeMethod(this, &MmsFetcher::pump, Qt::QueuedConnection);
}

void MmsFetcher::pump()
{
    if (m_job)
        return;
    SqlQuery query(m_context.db(),
        QStringLiteral("SELECT message_sid, user_id, conversation_id, body, media_json, attempts"
                       " FROM sms_inbound WHERE state = 'pending' AND next_attempt_at <= ?"
                       " ORDER BY received_at LIMIT 1"));
    query.bind(m_clock.now().toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return;
    Job job;
    job.sid = query.text(0);
    job.userId = query.integer(1);
    job.conversationId = query.integer(2);
    job.body = query.text(3);
    job.media = QJsonDocument::fromJson(query.text(4).toUtf8()).array();
    job.attempts = int(query.integer(5));
    m_job = job;
    fetchNext();
}

void MmsFetcher::fetchNext()
{
    if (m_job->next >= m_job->media.size())
        return post();
    const QJsonObject medium = m_job->media.at(m_job->next).toObject();
    const QUrl url(medium.value(QLatin1String("url")).toString());
    // Only from Twilio itself: a signed request cannot make the server fetch elsewhere.
    if (!url.isValid() || url.host() != m_settings.baseUrl.host()
        || url.scheme() != m_settings.baseUrl.scheme() || url.port() != m_settings.baseUrl.port())
        return giveUp(QStringLiteral("a medium is not on the Twilio host"));
    m_partId = BlobFolder::newUploadId();
    m_part.setFileName(m_folder.partPath(m_partId));
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return retryLater(QStringLiteral("cannot write a part file"));
    m_digest = protocol::Digest(protocol::Digest::Algorithm::Sha256);
    m_received = 0;
    m_tooLarge = false;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
        "Basic "
            + (m_settings.accountSid + QLatin1Char(':') + m_settings.authToken)
                  .toUtf8()
                  .toBase64());
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_nam.get(request);
    reply->setReadBufferSize(256 * 1024);
    m_reply = reply;
    connect(reply, &QIODevice::readyRead, this, [this, reply] {
        while (reply->bytesAvailable() > 0 && !m_tooLarge) {
            const QByteArray piece = reply->read(64 * 1024);
            m_received += piece.size();
            if (m_received > MaxMediaBytes) {
                m_tooLarge = true;
                reply->abort();
                return;
            }
            m_digest.add(piece);
            m_part.write(piece);
        }
    });
    connect(reply, &QNetworkReply::finished, this, &MmsFetcher::mediumArrived);
}

void MmsFetcher::mediumArrived()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (!m_tooLarge) {
        while (reply->bytesAvailable() > 0) {
            const QByteArray piece = reply->readAll();
            m_received += piece.size();
            m_digest.add(piece);
            m_part.write(piece);
        }
    }
    m_part.close();
    if (m_tooLarge || m_received > MaxMediaBytes) {
        m_folder.removePart(m_partId);
        return giveUp(QStringLiteral("a medium is larger than 5 MB"));
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        m_folder.removePart(m_partId);
        return retryLater(QStringLiteral("fetching a medium answered %1").arg(status));
    }
    auto record = UserStore(m_context.db()).find(m_job->userId);
    if (!record || !record.value()) {
        m_folder.removePart(m_partId);
        return giveUp(QStringLiteral("the client is gone"));
    }
    const QString sha256 = QString::fromLatin1(m_digest.result().toHex());
    const QString type
        = m_job->media.at(m_job->next).toObject().value(QLatin1String("content_type")).toString();
    UploadRow row;
    row.id = m_partId;
    row.firmId = record.value()->firmId;
    row.userId = m_job->userId;
    row.length = m_received;
    row.name = QStringLiteral("MMS %1.%2").arg(m_job->next + 1).arg(extensionFor(type));
    row.createdAt = m_clock.now();
    row.expiresAt = row.createdAt.addDays(1);
    UploadStore uploads(m_context.db());
    if (auto created = uploads.create(row); !created) {
        m_folder.removePart(m_partId);
        return retryLater(QStringLiteral("cannot record the medium"));
    }
    if (auto promoted = m_folder.promote(m_partId, sha256); !promoted)
        return retryLater(QStringLiteral("cannot store the medium"));
    if (auto completed = uploads.complete(m_partId, sha256, m_received); !completed)
        return retryLater(QStringLiteral("cannot record the medium"));
    m_job->uploadIds.append(m_partId);
    ++m_job->next;
    fetchNext();
}

void MmsFetcher::post()
{
    auto record = UserStore(m_context.db()).find(m_job->userId);
    if (!record || !record.value())
        return giveUp(QStringLiteral("the client is gone"));
    const Principal client { record.value()->user, record.value()->firmId };
    protocol::NewMessage message;
    message.clientTxnId = QStringLiteral("sms:") + m_job->sid;
    message.body = m_job->body;
    for (const QString &uploadId : std::as_const(m_job->uploadIds))
        message.attachments.append(protocol::NewAttachment { 0, QStringLiteral("file"), uploadId });
    auto sent = m_context.messages().send(
        client, m_job->conversationId, message, m_context.limits(), QStringLiteral("sms"));
    if (!sent)
        return giveUp(QStringLiteral("the reply was refused: %1").arg(sent.error().code));
    SqlQuery done(m_context.db(),
        QStringLiteral("UPDATE sms_inbound SET state = 'posted' WHERE message_sid = ?"));
    done.bindText(m_job->sid);
    (void)done.exec();
    qCInfo(lcNotify) << "posted a picture message reply with" << m_job->uploadIds.size() << "media";
    const QString sid = m_job->sid;
    m_job.reset();
    Q_EMIT processed(sid, true);
    wake();
}

void MmsFetcher::retryLater(const QString &reason)
{
    const int attempts = m_job->attempts + 1;
    if (attempts >= MaxAttempts)
        return giveUp(reason);
    const int delay = RetrySeconds[std::min<int>(attempts - 1, int(std::size(RetrySeconds)) - 1)];
    SqlQuery later(m_context.db(),
        QStringLiteral("UPDATE sms_inbound SET attempts = ?, next_attempt_at = ?, last_error = ?"
                       " WHERE message_sid = ?"));
    later.bind(attempts)
        .bind(m_clock.now().addSecs(delay).toMSecsSinceEpoch())
        .bindText(reason)
        .bindText(m_job->sid);
    (void)later.exec();
    qCInfo(lcNotify) << "a picture message will be fetched again:" << reason;
    m_job.reset();
}

void MmsFetcher::giveUp(const QString &reason)
{
    SqlQuery failed(m_context.db(),
        QStringLiteral(
            "UPDATE sms_inbound SET state = 'failed', last_error = ? WHERE message_sid = ?"));
    failed.bindText(reason).bindText(m_job->sid);
    (void)failed.exec();
    qCWarning(lcNotify) << "a picture message could not be posted:" << reason;
    const QString sid = m_job->sid;
    m_job.reset();
    Q_EMIT processed(sid, false);
}

} // namespace parley::server
