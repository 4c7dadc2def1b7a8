// FileSend: Send ▸ / Share ▸ Client Portal as one job: uploads the local files added (through
// the transfer queue), finds the matter's client conversation with exactly the chosen
// clients (or starts one), and posts one message carrying the documents (a copy each for
// Send, a live link for Share) and the uploaded files, with the optional text. The composer
// uses it too, for files attached to a message in the conversation shown.
#pragma once

#include "protocol/message.h"
#include "protocol/result.h"

#include <QObject>
#include <functional>
#include <optional>

namespace parley::net {
class ApiClient;
}

namespace parley::sync {

class TransferQueue;

struct FileSendRequest
{
    qint64 matterId = 0;
    QString mode = QStringLiteral("copy"); // copy (Send) | share (Share)
    QList<qint64> recipientIds; // the clients chosen
    // Whom the server adds with them (Matter::spousesJoining): a conversation that has them
    // too is still the one with the chosen clients.
    QList<qint64> joinedByServer;
    QList<qint64> documentIds;
    QStringList localFiles; // paths, uploaded and sent as files
    QString body;
    // Post to this conversation (the composer's) instead of finding one with the recipients.
    std::optional<qint64> conversationId;
};

class FileSend : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const protocol::Result<protocol::Message> &)>;

    // Runs the whole job and deletes itself after calling done.
    static void run(net::ApiClient *api, TransferQueue *queue, const FileSendRequest &request,
        Done done, QObject *parent = nullptr);

private:
    FileSend(net::ApiClient *api, TransferQueue *queue, FileSendRequest request, Done done,
        QObject *parent);
    void uploadNext();
    void findConversation();
    void post(qint64 conversationId);
    void finish(const protocol::Result<protocol::Message> &result);

    net::ApiClient *m_api;
    TransferQueue *m_queue;
    FileSendRequest m_request;
    Done m_done;
    QStringList m_uploadIds;
    int m_nextFile = 0;
};

} // namespace parley::sync
