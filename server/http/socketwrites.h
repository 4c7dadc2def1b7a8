// Writing answers on plain and TLS sockets alike: what is still to go out, when some went,
// and closing our side once all of it has. On a QSslSocket bytesToWrite() counts only what is
// not yet encrypted, so the encrypted bytes still queued are counted too.
#pragma once

#include <QtGlobal>
#include <functional>

class QObject;
class QTcpSocket;

namespace parley::server {

// Bytes written to the socket that have not yet left for the network.
qint64 unsentBytes(const QTcpSocket *socket);
// Calls sent (in context) each time some of what was written left for the network.
void onBytesSent(QTcpSocket *socket, QObject *context, const std::function<void()> &sent);
// Ends our direction of the connection (call once unsentBytes() is 0) but keeps reading: closing
// with unread input makes the kernel reset the connection, which can destroy the answer in
// flight.
void closeWriteSide(QTcpSocket *socket);

} // namespace parley::server
