// The Twilio stand-in as a child process.
#include "twiliostandin.h"

#include "localservice.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace parley::test {

TwilioStandIn::TwilioStandIn() = default;

TwilioStandIn::~TwilioStandIn()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool TwilioStandIn::start()
{
    m_port = freeLoopbackPort();
    m_process = std::make_unique<QProcess>();
    m_process->start(debianPython(),
        { QStringLiteral(PARLEY_TEST_SUPPORT_DIR "/twilio_standin.py"), QString::number(m_port),
            QDir(m_dir.path()).filePath(QStringLiteral("requests.jsonl")) });
    if (!m_process->waitForStarted(10000))
        return false;
    return waitUntilListening(m_port, *m_process);
}

QString TwilioStandIn::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QJsonArray TwilioStandIn::requests() const
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("requests.jsonl")));
    QJsonArray list;
    if (!file.open(QIODevice::ReadOnly))
        return list;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            list.append(QJsonDocument::fromJson(line).object());
    }
    return list;
}

} // namespace parley::test
