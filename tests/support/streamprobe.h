// StreamProbe: a test's WebSocket client of /api/v1/stream that records every frame.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>
#include <QUrl>
#include <QWebSocket>
#include <functional>

namespace parley::test {

class StreamProbe
{
public:
    explicit StreamProbe(const QUrl &serverUrl);

    // For wss://: the TLS settings to connect with (e.g. the test's own CA).
    void setSslConfiguration(const QSslConfiguration &configuration)
    {
        m_socket.setSslConfiguration(configuration);
    }
    // Connects; false when the socket did not open.
    bool open();
    void sendJson(const QJsonObject &frame);
    // Sends the auth frame and waits for "ready"; false on an error frame or a timeout.
    bool authenticate(const QString &token, std::optional<qint64> since = std::nullopt);
    // Waits until a recorded frame satisfies the predicate; returns it (empty on timeout).
    QJsonObject waitFor(
        const std::function<bool(const QJsonObject &)> &predicate, int timeoutMs = 15000);
    // Waits until the server closes the socket.
    bool waitForClose(int timeoutMs = 15000);

    const QList<QJsonObject> &frames() const { return m_frames; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QUrl m_url;
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
};

// A predicate for a batch frame holding a message with this body.
std::function<bool(const QJsonObject &)> batchWithMessageBody(const QString &body);

} // namespace parley::test
