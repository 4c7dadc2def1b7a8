// TransferConnection: one connection taken from QtHttpServer for a streamed request: reads
// the head, feeds the body to the endpoint's sink as it arrives, streams the answer with a
// bounded write queue, then closes. Memory stays bounded whatever the body's size.
#pragma once

#include "protocol/piecebuffers.h"
#include "transferendpoint.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace parley::server {

struct TransferLimits
{
    qint64 maxHeaderBytes = 64 * 1024;
    int idleTimeoutMs = 60 * 1000;
    qint64 readBufferBytes = 2 * 1024 * 1024; // the kernel holds back the rest
    qint64 writeQueueBytes = 1024 * 1024;
    qint64 pieceBytes = 1024 * 1024;
};

class TransferConnection : public QObject
{
    Q_OBJECT
public:
    using EndpointFor = std::function<TransferEndpoint *(const QString &path)>;

    // buffers (not owned) outlives the connection.
    TransferConnection(QTcpSocket *socket, EndpointFor endpoints, const TransferLimits &limits,
        protocol::PieceBuffers *buffers);
    ~TransferConnection() override;

    // Told the status of the answer and the time since the request head arrived.
    using Answered = std::function<void(int status, qint64 elapsedNs)>;
    void setAnswered(Answered answered) { m_answered = std::move(answered); }

    void readAvailable();

private:
    enum class State { Head, Body, Answering, Closing };

    void startRequest(const QByteArray &rawHead);
    void feedBody();
    void answer(TransferReply reply);
    void pump();
    void closeAfterAnswer();
    void abandonSink();
    void cutOff(const char *reason);

    QTcpSocket *m_socket;
    EndpointFor m_endpoints;
    TransferLimits m_limits;
    protocol::PieceBuffers *m_buffers;
    State m_state = State::Head;
    QByteArray m_head;
    std::unique_ptr<BodySink> m_sink;
    qint64 m_bodyRemaining = 0;
    bool m_drainAfterAnswer = false; // the body was not read: discard it after the answer
    QByteArray m_buffer;
    TransferReply m_reply;
    qint64 m_streamRemaining = 0;
    QTimer m_idle;
    QElapsedTimer m_requestTimer;
    Answered m_answered;
};

} // namespace parley::server
