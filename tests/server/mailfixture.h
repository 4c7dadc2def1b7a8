// MailingServer: a demo parley-server mailing through a real SMTP server (Debian's
// python3-aiosmtpd) with a clock tests can move, and helpers to read what arrived and to set
// up client conversations through the staff API. Shared by the notification and portal tests.
#pragma once

#include "demoserver.h"
#include "smtpserver.h"
#include "twiliostandin.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <catch2/catch.hpp>

namespace parley::test {

inline const QString Firm = QStringLiteral("Harbor & Lane LLP");
inline const QString TwilioSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
inline const QString TwilioToken = QStringLiteral("twilio-auth-token-for-tests");

// A demo server mailing through a real SMTP server, with a clock tests can move.
struct MailingServer
{
    SmtpServer smtp;
    ServerProcess server;
    QString clockFile;

    // extraConfig: more of parley.ini, e.g. "[server]\npublic_url=...".
    explicit MailingServer(
        bool smtpUp = true, const TwilioStandIn *twilio = nullptr, const QString &extraConfig = {})
    {
        if (smtpUp) {
            const bool started = smtp.start();
            INFO(smtp.errorString().toStdString());
            REQUIRE(started);
        } else {
            REQUIRE(smtp.start()); // to learn a port, then down
            smtp.stop();
        }
        clockFile = QDir(server.dataDir()).filePath(QStringLiteral("clock"));
        const QString config = QDir(server.dataDir()).filePath(QStringLiteral("parley.ini"));
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[firm]\nname=%1\n[smtp]\nurl=%2\nfrom=notices@harbor.test\n"
                                  "[testing]\nclock_file=%3\n")
                       .arg(Firm, smtp.url(), clockFile)
                       .toUtf8());
        if (twilio)
            file.write(QStringLiteral("[sms]\ntwilio_base_url=%1\naccount_sid=%2\nauth_token=%3\n"
                                      "sender_id=+15550006666\n")
                           .arg(twilio->baseUrl(), TwilioSid, TwilioToken)
                           .toUtf8());
        file.write(extraConfig.toUtf8());
        file.close();
        const bool started
            = server.start({ QStringLiteral("--demo"), QStringLiteral("--config"), config });
        INFO(server.errorString().toStdString());
        REQUIRE(started);
    }

    // Moves the server's clock to now + seconds.
    void advance(qint64 seconds)
    {
        // Replaced whole, so that the server never reads a half-written file.
        QSaveFile file(clockFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(seconds));
        REQUIRE(file.commit());
    }

    // Moves past the invitations' hour, lets the unread reminders that fall due then go out
    // (each with a fresh link), and moves two minutes more, so that a link asked for next is
    // not held back as a repeat.
    void expireInvitations()
    {
        advance(61 * 60);
        settledMail();
        advance(63 * 60);
    }

    // What arrived once the server had time to send anything due (it looks every second).
    QJsonArray settledMail()
    {
        QThread::msleep(3000);
        return smtp.messages();
    }

    // Waits until count emails arrived (and a moment more, to see that no others follow).
    QJsonArray waitForMail(int count, int settleMs = 2500)
    {
        QDeadlineTimer deadline(30000);
        QJsonArray mail;
        while (!deadline.hasExpired()) {
            mail = smtp.messages();
            if (mail.size() >= count)
                break;
            QCoreApplication::processEvents();
            QThread::msleep(200);
        }
        QThread::msleep(settleMs);
        return smtp.messages();
    }
};

inline QString partText(const QJsonObject &mail, const QString &type)
{
    for (const QJsonValue &part : mail[QStringLiteral("parts")].toArray()) {
        if (part[QStringLiteral("type")].toString() == type)
            return part[QStringLiteral("text")].toString();
    }
    return {};
}

inline int withSubject(const QJsonArray &mail, const QString &prefix)
{
    return int(std::count_if(mail.begin(), mail.end(), [&](const QJsonValue &message) {
        return message[QStringLiteral("subject")].toString().startsWith(prefix);
    }));
}

inline QString inviteToken(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("/portal/invite/([A-Za-z0-9_-]{20,})"));
    return link.match(text).captured(1);
}

// The one-time code of a security-code email.
inline QString sixDigits(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("\\b([0-9]{6})\\b"));
    return code.match(text).captured(1);
}

// A six-digit code other than code.
inline QString wrongCode(const QString &code)
{
    return code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

inline qint64 matterId(HttpClient &client, const QString &number)
{
    for (const QJsonValue &matter :
        client.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray()) {
        if (matter[QStringLiteral("number")].toString() == number)
            return matter[QStringLiteral("id")].toInteger();
    }
    return 0;
}

// The first client party of a matter: {id, email}.
inline QPair<qint64, QString> clientOf(HttpClient &client, qint64 matter)
{
    const QJsonArray parties = client.get(QStringLiteral("/api/v1/matters/%1").arg(matter))
                                   .json[QStringLiteral("parties")]
                                   .toArray();
    for (const QJsonValue &party : parties) {
        if (party[QStringLiteral("role")].toString() == QLatin1String("client"))
            return { party[QStringLiteral("user_id")].toInteger(),
                party[QStringLiteral("email")].toString() };
    }
    return {};
}

inline qint64 startConversation(
    HttpClient &lawyer, qint64 matter, qint64 client, bool mfa, bool sms = false)
{
    const HttpReply created = lawyer.post(QStringLiteral("/api/v1/conversations"),
        QJsonObject { { QStringLiteral("matter_id"), matter },
            { QStringLiteral("kind"), QStringLiteral("external") },
            { QStringLiteral("title"), QStringLiteral("Settlement") },
            { QStringLiteral("member_ids"), QJsonArray { client } },
            { QStringLiteral("require_mfa"), mfa }, { QStringLiteral("sms"), sms } });
    REQUIRE(created.status == 201);
    return created.json[QStringLiteral("id")].toInteger();
}

inline qint64 post(HttpClient &sender, qint64 conversation, const QString &body)
{
    static int txn = 0;
    const HttpReply sent = sender.post(
        QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
        QJsonObject { { QStringLiteral("client_txn_id"), QStringLiteral("notify-%1").arg(++txn) },
            { QStringLiteral("kind"), QStringLiteral("text") }, { QStringLiteral("body"), body } });
    REQUIRE(sent.status == 201);
    return sent.json[QStringLiteral("id")].toInteger();
}

// The newest email to address whose subject starts with subject, once it arrived (other
// notices may come in between); fails the test when none comes.
inline QJsonObject newestMail(
    MailingServer &mailing, const QString &address, const QString &subject)
{
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const QJsonArray mail = mailing.smtp.messages();
        for (qsizetype i = mail.size() - 1; i >= 0; --i) {
            const QJsonObject message = mail.at(i).toObject();
            if (message[QStringLiteral("subject")].toString().startsWith(subject)
                && message[QStringLiteral("to")].toString().contains(address))
                return message;
        }
        QThread::msleep(200);
    }
    FAIL("no email to " << address.toStdString() << " with the subject " << subject.toStdString());
    return {};
}

// A mailing demo server, the lawyer signed in, and the first client of matter 2026-0101, to
// whom conversations are started and invitations mailed (and texts sent, given a Twilio).
struct InvitedClient
{
    MailingServer mailing;
    HttpClient lawyer { mailing.server.url() };
    qint64 matter = 0;
    qint64 client = 0;
    QString email;

    explicit InvitedClient(const TwilioStandIn *twilio = nullptr)
        : mailing(true, twilio)
    {
        REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
        matter = matterId(lawyer, QStringLiteral("2026-0101"));
        std::tie(client, email) = clientOf(lawyer, matter);
        REQUIRE(client != 0);
    }

    // Starts a conversation with the client, posts text to it, and returns it with the
    // token of the invitation that arrived.
    QPair<qint64, QString> invited(bool mfa, const QString &text = QStringLiteral("Hello"))
    {
        const int before = mailing.smtp.messages().size();
        const qint64 conversation = startConversation(lawyer, matter, client, mfa);
        post(lawyer, conversation, text);
        const QJsonArray mail = mailing.waitForMail(before + 1, 500);
        REQUIRE(mail.size() > before);
        const QString token
            = inviteToken(partText(mail.last().toObject(), QStringLiteral("text/plain")));
        REQUIRE_FALSE(token.isEmpty());
        return { conversation, token };
    }

    // The newest email to the client whose subject starts with subject, once it arrived
    // (other notices, such as the unread reminder, may come in between).
    QJsonObject mailTo(const QString &subject) { return newestMail(mailing, email, subject); }

    // The code of the newest security-code email to the client.
    QString securityCode()
    {
        const QString code = sixDigits(
            partText(mailTo(QStringLiteral("Your security code")), QStringLiteral("text/plain")));
        REQUIRE(code.size() == 6);
        return code;
    }
};

} // namespace parley::test
