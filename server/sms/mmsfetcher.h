// MmsFetcher: posts picture-message replies recorded by InboundSms (sms_inbound): each medium
// is fetched from Twilio (Basic auth; only from the configured Twilio host, at most
// MaxMediaBytes each, streamed to a part file while hashed), stored as a blob through an
// upload of the client's, and the reply is posted as theirs with the media as files (channel
// sms, once per MessageSid). A failed fetch is retried with back-off, also after a restart.
#pragma once

#include "protocol/digest.h"
#include "transfer/blobfolder.h"
#include "twiliosettings.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class QNetworkReply;

namespace parley::server {

class Clock;
class ServerContext;

class MmsFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxMediaBytes = 5 * 1024 * 1024; // Twilio's MMS limit

    // context and clock are not owned and must outlive the fetcher.
    MmsFetcher(ServerContext &context, TwilioSettings settings, BlobFolder folder,
        const Clock &clock, QObject *parent = nullptr);

    void start();
    void wake();

Q_SIGNALS:
    // A recorded reply was posted (true) or given up on (false).
    void processed(const QString &messageSid, bool posted);

private:
    struct Job
    {
        QString sid;
        qint64 userId = 0;
        qint64 conversationId = 0;
        QString body;
        QJsonArray media; // [{url, content_type}]
        int attempts = 0;
        QStringList uploadIds;
        int next = 0;
    };

    void pump();
    void fetchNext();
    void mediumArrived();
    void post();
    void retryLater(const QString &reason);
    void giveUp(const QString &reason);

    ServerContext &m_context;
    TwilioSettings m_settings;
    BlobFolder m_folder;
    const Clock &m_clock;
    QNetworkAccessManager m_nam;
    QTimer m_poll;
    std::optional<Job> m_job;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    protocol::Digest m_digest;
    QString m_partId;
    qint64 m_received = 0;
    bool m_tooLarge = false;
};

} // namespace parley::server
