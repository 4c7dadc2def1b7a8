// Send and Share as one job.
#include "filesend.h"

#include "net/apiclient.h"
#include "protocol/conversation.h"
#include "protocol/newconversation.h"
#include "protocol/newmessage.h"
#include "transferqueue.h"

#include <QFileInfo>
#include <QSet>
#include <QUuid>

namespace parley::sync {

void FileSend::run(net::ApiClient *api, TransferQueue *queue, const FileSendRequest &request,
    Done done, QObject *parent)
{
    auto *job = new FileSend(api, queue, request, std::move(done), parent);
    job->uploadNext();
}

FileSend::FileSend(
    net::ApiClient *api, TransferQueue *queue, FileSendRequest request, Done done, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_queue(queue)
    , m_request(std::move(request))
    , m_done(std::move(done))
{ }

void FileSend::uploadNext()
{
    if (m_nextFile >= m_request.localFiles.size())
        return m_request.conversationId ? post(*m_request.conversationId) : findConversation();
    const QString path = m_request.localFiles.at(m_nextFile++);
    m_queue->enqueueUpload(
        path, QFileInfo(path).fileName(), [this](const protocol::Result<QString> &uploadId) {
            if (!uploadId)
                return finish(uploadId.error());
            m_uploadIds.append(uploadId.value());
            uploadNext();
        });
}

void FileSend::findConversation()
{
    const QSet<qint64> wanted(m_request.recipientIds.begin(), m_request.recipientIds.end());
    const QSet<qint64> joined(m_request.joinedByServer.begin(), m_request.joinedByServer.end());
    m_api->conversations(m_request.matterId,
        [this, wanted, joined](
            const protocol::Result<QList<protocol::Conversation>> &conversations) {
            if (!conversations)
                return finish(conversations.error());
            // The client conversation with the clients chosen.
            for (const protocol::Conversation &conversation : conversations.value()) {
                if (conversation.kind != QLatin1String("external"))
                    continue;
                QSet<qint64> clients;
                for (const protocol::Member &member : conversation.members) {
                    if (member.isActive() && member.kind == QLatin1String("client"))
                        clients.insert(member.userId);
                }
                // Besides the chosen clients only those the server adds with them (a spouse),
                // also where one of those was taken out on purpose.
                if (clients.contains(wanted) && (clients - wanted).subtract(joined).isEmpty())
                    return post(conversation.id);
            }
            protocol::NewConversation start;
            start.matterId = m_request.matterId;
            start.kind = QStringLiteral("external");
            start.memberIds = m_request.recipientIds;
            m_api->createConversation(
                start, [this](const protocol::Result<protocol::Conversation> &created) {
                    if (!created)
                        return finish(created.error());
                    post(created->id);
                });
        });
}

void FileSend::post(qint64 conversationId)
{
    protocol::NewMessage message;
    message.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.body = m_request.body;
    for (qint64 id : m_request.documentIds)
        message.attachments.append(protocol::NewAttachment { id, m_request.mode, {} });
    for (const QString &uploadId : m_uploadIds)
        message.attachments.append(protocol::NewAttachment { 0, QStringLiteral("file"), uploadId });
    m_api->sendMessage(conversationId, message,
        [this](const protocol::Result<protocol::Message> &sent) { finish(sent); });
}

void FileSend::finish(const protocol::Result<protocol::Message> &result)
{
    if (m_done)
        m_done(result);
    deleteLater();
}

} // namespace parley::sync
