// Recording stream frames for tests.
#include "streamprobe.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace parley::test {

StreamProbe::StreamProbe(const QUrl &serverUrl)
    : m_url(serverUrl)
{
    m_url.setScheme(serverUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                 : QStringLiteral("ws"));
    m_url.setPath(QStringLiteral("/api/v1/stream"));
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
}

bool StreamProbe::open()
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(m_url);
    return connected.wait(15000);
}

void StreamProbe::sendJson(const QJsonObject &frame)
{
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

bool StreamProbe::authenticate(const QString &token, std::optional<qint64> since)
{
    QJsonObject frame { { QStringLiteral("type"), QStringLiteral("auth") },
        { QStringLiteral("token"), token } };
    if (since)
        frame.insert(QStringLiteral("since"), *since);
    sendJson(frame);
    const QJsonObject answer = waitFor([](const QJsonObject &f) {
        const QString type = f.value(QStringLiteral("type")).toString();
        return type == QLatin1String("ready") || type == QLatin1String("error");
    });
    return answer.value(QStringLiteral("type")).toString() == QLatin1String("ready");
}

QJsonObject StreamProbe::waitFor(
    const std::function<bool(const QJsonObject &)> &predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype checked = 0;
    for (;;) {
        for (; checked < m_frames.size(); ++checked) {
            if (predicate(m_frames.at(checked)))
                return m_frames.at(checked);
        }
        if (deadline.hasExpired())
            return {};
        QTest::qWait(20);
    }
}

bool StreamProbe::waitForClose(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy closed(&m_socket, &QWebSocket::disconnected);
    return closed.wait(timeoutMs) || m_socket.state() == QAbstractSocket::UnconnectedState;
}

std::function<bool(const QJsonObject &)> batchWithMessageBody(const QString &body)
{
    return [body](const QJsonObject &frame) {
        if (frame.value(QStringLiteral("type")).toString() != QLatin1String("batch"))
            return false;
        const QJsonArray changes = frame.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &change : changes) {
            const QJsonObject object = change.toObject();
            if (object.value(QStringLiteral("type")).toString() == QLatin1String("message")
                && object.value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("body"))
                        .toString()
                    == body)
                return true;
        }
        return false;
    };
}

} // namespace parley::test
