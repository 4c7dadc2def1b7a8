// ConnectionTakeover: a handler that takes whole connections away from QtHttpServer when
// their request head asks for something it must stream (uploads and downloads of files
// far larger than memory; QtHttpServer 6.4 keeps every request body in memory).
#pragma once

class QTcpSocket;

namespace parley::server {

struct HttpHead;

class ConnectionTakeover
{
public:
    virtual ~ConnectionTakeover() = default;
    virtual bool claims(const HttpHead &head) const = 0;
    // The socket's unread bytes start with the claimed request's head.
    virtual void takeOver(QTcpSocket *socket) = 0;
};

} // namespace parley::server
