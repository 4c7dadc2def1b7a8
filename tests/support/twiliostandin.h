// TwilioStandIn: a local HTTP server speaking Twilio's Messages API wire format
// (twilio_standin.py under Debian's python3), recording each request for the SMS tests.
#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace parley::test {

class TwilioStandIn
{
public:
    TwilioStandIn();
    ~TwilioStandIn();

    bool start();
    QString baseUrl() const;
    // Every request so far: {path, authorization, content_type, form: {To, From, Body...}}.
    QJsonArray requests() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace parley::test
