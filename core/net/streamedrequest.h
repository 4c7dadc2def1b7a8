// StreamedRequest: one HTTP/1.1 request whose body is a window of a file, written to its own
// TCP (or TLS) connection in large pieces with a bounded write queue, and its small answer.
// QNetworkAccessManager moves request bodies in small pieces across its HTTP thread, which
// caps an upload far below the disk's speed; chunk uploads use this instead.
#pragma once

#include "protocol/piecebuffers.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace parley::net {

struct StreamedAnswer
{
    int status = 0; // 0: no answer (connection failed or dropped)
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QString networkError; // when status is 0

    QByteArray header(const QByteArray &lowerName) const;
};

class StreamedRequest : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    StreamedRequest(const QUrl &url, const QByteArray &method, Headers headers,
        const QString &filePath, qint64 offset, qint64 length, QObject *parent = nullptr);
    ~StreamedRequest() override;

    void start();
    // Drops the connection; finished() is not emitted.
    void abort();

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished(const parley::net::StreamedAnswer &answer);

private:
    void sendHead();
    void pump();
    void readAnswer();
    void finish(const QString &networkError = {});

    QUrl m_url;
    QByteArray m_method;
    Headers m_headers;
    QFile m_file;
    protocol::PieceBuffers m_buffers { 8 };
    qint64 m_offset;
    qint64 m_length;
    qint64 m_remaining = 0;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_received;
    QTimer m_idle;
    bool m_done = false;
};

} // namespace parley::net
