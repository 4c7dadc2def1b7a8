// SmtpServer: a real SMTP server for the mailer's tests: Debian's python3-aiosmtpd on a
// loopback port, storing what arrives in a Maildir; messages() reads it back through
// Python's MIME parser (mailparse.py) so tests assert on parsed emails, not on raw text.
#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace parley::test {

class SmtpServer
{
public:
    SmtpServer();
    ~SmtpServer();

    // Starts on a free port (or the one it had, after stop()); false with errorString().
    bool start();
    void stop();
    quint16 port() const { return m_port; }
    QString url() const;
    QString errorString() const { return m_error; }
    // The Maildir the received emails are stored in (new/ holds one file per email).
    QString maildir() const;

    // Every email received so far, parsed: {envelope_to, from, to, subject, message_id,
    // content_type, defects, parts: [{type, charset, text}]}.
    QJsonArray messages() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace parley::test
