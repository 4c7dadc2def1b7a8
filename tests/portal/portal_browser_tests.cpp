// The client portal in a real browser: Debian's chromium driven by playwright-core
// (scenario.mjs) against the real parley-server, with invitations and codes read from a real
// SMTP server. What the client does must reach the firm: the desktop's Workspace (its core,
// as the app uses it) syncs the reply and the file. Screenshots of each screen at desktop and
// phone widths go to build/screenshots.
#include "../desktop/desktoptesthelpers.h"
#include "mailfixture.h"
#include "models/timelinemodel.h"
#include "sync/workspace.h"
#include "transferfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

namespace {

QString screenshotDir()
{
    const QString dir = QDir(qEnvironmentVariable("PARLEY_BUILD_DIR", QStringLiteral(".")))
                            .filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

// Runs one scenario of scenario.mjs; onStep gets the lines it prints before its result (and
// may answer on its standard input). Returns the result line.
QJsonObject runScenario(const QString &name, QJsonObject args,
    const std::function<void(QProcess &, const QJsonObject &)> &onStep = {})
{
    args.insert(QStringLiteral("shots"), screenshotDir());
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(PARLEY_PORTAL_TESTS_DIR));
    node.setProcessChannelMode(QProcess::SeparateChannels);
    node.start(QStringLiteral("node"),
        { QStringLiteral(PARLEY_PORTAL_TESTS_DIR "/scenario.mjs"), name,
            QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)) });
    REQUIRE(node.waitForStarted(10000));
    QJsonObject result;
    QByteArray pending;
    QDeadlineTimer deadline(600000);
    while (!deadline.hasExpired()) {
        const bool running = node.state() == QProcess::Running;
        if (running)
            node.waitForReadyRead(200);
        pending += node.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QJsonObject line = QJsonDocument::fromJson(pending.left(end)).object();
            pending.remove(0, end + 1);
            if (line.contains(QStringLiteral("step"))) {
                if (onStep)
                    onStep(node, line);
                else
                    node.write("go\n");
            } else if (line.contains(QStringLiteral("ok")))
                result = line;
        }
        QCoreApplication::processEvents();
        if (!running && node.bytesAvailable() == 0)
            break;
    }
    node.waitForFinished(10000);
    INFO("node stderr: " << node.readAllStandardError().toStdString());
    INFO("result: " << QJsonDocument(result).toJson().toStdString());
    REQUIRE(result[QStringLiteral("ok")].toBool());
    CHECK(result[QStringLiteral("thirdParty")].toArray().isEmpty());
    for (const QJsonValue &error : result[QStringLiteral("consoleErrors")].toArray())
        CHECK_FALSE(error.toString().contains(QStringLiteral("Content Security Policy")));
    return result;
}

struct BrowserFixture : InvitedClient
{
    QJsonObject args(const QString &token) const
    {
        return QJsonObject { { QStringLiteral("url"),
                                 mailing.server.url().toString(QUrl::StripTrailingSlash) },
            { QStringLiteral("token"), token },
            { QStringLiteral("maildir"), mailing.smtp.maildir() } };
    }
};

QString fileSha256(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

TEST_CASE("A client reads, replies and uploads 5 MB in the browser; the firm's desktop gets it")
{
    const bool mfa = GENERATE(false, true);
    BrowserFixture f;
    const QString text = mfa ? QStringLiteral("Our settlement position, in confidence.")
                             : QStringLiteral("Please look at the draft before Friday.");
    const auto [conversation, token] = f.invited(mfa, text);
    const HttpReply status
        = f.lawyer.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
            QJsonObject { { QStringLiteral("client_txn_id"), QStringLiteral("status-1") },
                { QStringLiteral("kind"), QStringLiteral("status") },
                { QStringLiteral("body"), QStringLiteral("Discovery is complete.") } });
    REQUIRE(status.status == 201);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("signed-statement.pdf"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(randomBytes(5 * 1000 * 1000));
    }
    const QString reply = mfa ? QStringLiteral("Agreed, with the code.")
                              : QStringLiteral("Here is my signed statement.");
    QJsonObject args = f.args(token);
    args.insert(QStringLiteral("mfa"), mfa);
    args.insert(QStringLiteral("expect"), text);
    args.insert(QStringLiteral("expectStatus"), QStringLiteral("Discovery is complete."));
    args.insert(QStringLiteral("reply"), reply);
    args.insert(QStringLiteral("file"), file);
    const QJsonObject result = runScenario(QStringLiteral("flow"), args,
        [&, &conversation = conversation](QProcess &node, const QJsonObject &) {
            post(f.lawyer, conversation, QStringLiteral("Thanks, received."));
            node.write("go\n");
        });
    const auto has = [](const QJsonValue &list, const QString &wanted) {
        return list.toArray().contains(QJsonValue(wanted));
    };
    CHECK(has(result[QStringLiteral("titles")], QStringLiteral("Settlement")));
    CHECK(has(result[QStringLiteral("boldTitles")], QStringLiteral("Settlement")));
    CHECK(has(result[QStringLiteral("unreadBadges")], QStringLiteral("1 unread")));
    // The spent invitation left the address bar.
    CHECK(result[QStringLiteral("url")].toString().endsWith(
        QStringLiteral("/portal/c/%1").arg(conversation)));
    CHECK(result[QStringLiteral("statusShown")].toInt() >= 1);

    // The firm's desktop core syncs the reply and the file.
    QNetworkAccessManager nam;
    net::ApiClient login(&nam, f.mailing.server.url());
    sync::Workspace workspace(&nam, f.mailing.server.url(), signIn(login, Lawyer));
    workspace.start();
    REQUIRE(waitFor([&] { return workspace.mattersReady(); }));
    QSignalSpy conversationsLoaded(&workspace, &sync::Workspace::conversationsLoaded);
    workspace.selectMatter(f.matter);
    REQUIRE(conversationsLoaded.wait(20000));
    workspace.selectConversation(conversation);
    models::TimelineModel *timeline = workspace.timeline();
    REQUIRE(waitFor([&] { return rowsWithBody(timeline, reply) == 1; }));
    protocol::Message arrived;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        if (timeline->messageAt(row).body == reply)
            arrived = timeline->messageAt(row);
    }
    CHECK(arrived.channel == QLatin1String("portal"));
    CHECK(arrived.senderId == f.client);
    REQUIRE(arrived.attachments.size() == 1);
    CHECK(arrived.attachments.first().name == QLatin1String("signed-statement.pdf"));
    CHECK(arrived.attachments.first().size == 5 * 1000 * 1000);
    CHECK(arrived.attachments.first().sha256 == fileSha256(file));
}

TEST_CASE("Expired and used links explain themselves in the browser; a fresh one is sent")
{
    BrowserFixture f;
    const auto [conversation, token] = f.invited(false, QStringLiteral("Welcome aboard."));
    QJsonObject args = f.args(token);
    // The client opened the link once already (elsewhere).
    HttpClient elsewhere(f.mailing.server.url());
    REQUIRE(elsewhere
                .post(QStringLiteral("/api/v1/portal/invitations/redeem"),
                    QJsonObject { { QStringLiteral("token"), token } })
                .status
        == 200);
    args.insert(QStringLiteral("label"), QStringLiteral("link-used"));
    const QJsonObject used = runScenario(QStringLiteral("problem"), args);
    CHECK(used[QStringLiteral("heading")].toString() == QLatin1String("This link has been used"));
    CHECK(used[QStringLiteral("address")].toString() == QLatin1String("/portal/"));

    const auto [second, fresh] = f.invited(false, QStringLiteral("A second matter thread."));
    f.mailing.expireInvitations();
    QJsonObject late = f.args(fresh);
    late.insert(QStringLiteral("label"), QStringLiteral("link-expired"));
    late.insert(QStringLiteral("askFresh"), true);
    const QString linkSubject = QStringLiteral("Your sign-in link");
    const int linksBefore = withSubject(f.mailing.smtp.messages(), linkSubject);
    const QJsonObject expired = runScenario(QStringLiteral("problem"), late);
    CHECK(expired[QStringLiteral("heading")].toString() == QLatin1String("This link has expired"));
    CHECK(expired[QStringLiteral("asked")].toBool());
    // A fresh link arrives (unread reminders falling due may come in between).
    QDeadlineTimer deadline(30000);
    while (withSubject(f.mailing.smtp.messages(), linkSubject) == linksBefore
        && !deadline.hasExpired())
        QThread::msleep(200);
    CHECK(withSubject(f.mailing.smtp.messages(), linkSubject) == linksBefore + 1);
    (void)conversation;
    (void)second;
}

TEST_CASE("Five wrong codes lock a protected conversation in the browser")
{
    BrowserFixture f;
    const QString secret = QStringLiteral("The offer is 2.4 million.");
    const auto [conversation, token] = f.invited(true, secret);
    QJsonObject args = f.args(token);
    args.insert(QStringLiteral("secret"), secret);
    const QJsonObject result = runScenario(QStringLiteral("lockout"), args);
    const QJsonArray messages = result[QStringLiteral("messages")].toArray();
    REQUIRE(messages.size() == 5);
    CHECK(messages.first().toString().contains(QStringLiteral("4 tries left")));
    CHECK(messages.last().toString().contains(QStringLiteral("locked")));
    CHECK(result[QStringLiteral("openDisabled")].toBool());
    CHECK(result[QStringLiteral("protectedShown")].toInt() == 0);
    (void)conversation;
}

TEST_CASE("Another client's conversation is refused; a stopped share disappears")
{
    BrowserFixture f;
    const QString text = QStringLiteral("Documents for your review.");
    const auto [conversation, token] = f.invited(false, text);

    const qint64 otherMatter = matterId(f.lawyer, QStringLiteral("2026-0102"));
    const auto otherClient = clientOf(f.lawyer, otherMatter);
    REQUIRE(otherClient.first != 0);
    const qint64 foreign = startConversation(f.lawyer, otherMatter, otherClient.first, false);
    const QString foreignText = QStringLiteral("Estate inventory, for the executor only.");
    post(f.lawyer, foreign, foreignText);

    SECTION("another client's conversation address shows nothing of it")
    {
        QJsonObject args = f.args(token);
        args.insert(QStringLiteral("expect"), text);
        args.insert(QStringLiteral("foreign"), foreign);
        args.insert(QStringLiteral("foreignText"), foreignText);
        args.insert(QStringLiteral("own"), conversation);
        const QJsonObject result = runScenario(QStringLiteral("foreign"), args);
        CHECK(result[QStringLiteral("leaked")].toInt() == 0);
        CHECK(result[QStringLiteral("afterSignOut")].toString()
            == QLatin1String("Sign in to your client portal"));
    }

    SECTION("a share stopped while the client looks is gone at the next load")
    {
        const QString upload
            = uploadBytes(f.lawyer, randomBytes(20000), QStringLiteral("offer.pdf"));
        const HttpReply document
            = f.lawyer.post(QStringLiteral("/api/v1/matters/%1/documents").arg(f.matter),
                QJsonObject { { QStringLiteral("upload_id"), upload } });
        REQUIRE(document.status == 201);
        const qint64 documentId = document.json[QStringLiteral("id")].toInteger();
        const HttpReply shared
            = f.lawyer.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                QJsonObject { { QStringLiteral("client_txn_id"), QStringLiteral("share-1") },
                    { QStringLiteral("kind"), QStringLiteral("text") },
                    { QStringLiteral("body"), QString() },
                    { QStringLiteral("attachments"),
                        QJsonArray { QJsonObject { { QStringLiteral("document_id"), documentId },
                            { QStringLiteral("mode"), QStringLiteral("share") } } } } });
        REQUIRE(shared.status == 201);
        QJsonObject args = f.args(token);
        args.insert(QStringLiteral("expect"), text);
        args.insert(QStringLiteral("document"), QStringLiteral("offer.pdf"));
        const QJsonObject result = runScenario(
            QStringLiteral("share"), args, [&](QProcess &node, const QJsonObject &step) {
                CHECK(step[QStringLiteral("before")].toInt() == 1);
                const HttpReply stopped = f.lawyer.send("POST",
                    QStringLiteral("/api/v1/documents/%1/stop-sharing").arg(documentId), {});
                CHECK(stopped.status == 200);
                node.write("go\n");
            });
        CHECK(result[QStringLiteral("before")].toInt() == 1);
        CHECK(result[QStringLiteral("after")].toInt() == 0);
    }
}

TEST_CASE("A message the firm deletes reads as deleted in the portal at the next load")
{
    BrowserFixture f;
    const QString text = QStringLiteral("Sent to the wrong client, please ignore.");
    const auto [conversation, token] = f.invited(false, text);
    qint64 messageId = 0;
    for (const QJsonValue &message :
        f.lawyer.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation))
            .json[QStringLiteral("messages")]
            .toArray()) {
        if (message[QStringLiteral("body")].toString() == text)
            messageId = message[QStringLiteral("id")].toInteger();
    }
    REQUIRE(messageId != 0);
    QJsonObject args = f.args(token);
    args.insert(QStringLiteral("expect"), text);
    const QJsonObject result = runScenario(
        QStringLiteral("deleted"), args, [&](QProcess &node, const QJsonObject &) {
            CHECK(f.lawyer.send("DELETE", QStringLiteral("/api/v1/messages/%1").arg(messageId), {})
                      .status
                == 200);
            node.write("go\n");
        });
    CHECK(result[QStringLiteral("stillShown")].toInt() == 0);
}

TEST_CASE("A conversation the firm closes stays readable in the portal, without a composer")
{
    BrowserFixture f;
    const QString text = QStringLiteral("Our final invoice is attached for your records.");
    const auto [conversation, token] = f.invited(false, text);
    REQUIRE(conversation != 0);
    QJsonObject args = f.args(token);
    args.insert(QStringLiteral("expect"), text);
    const QJsonObject result = runScenario(
        QStringLiteral("closed"), args, [&](QProcess &node, const QJsonObject &) {
            CHECK(f.lawyer.post(QStringLiteral("/api/v1/matters/%1/close").arg(f.matter), {}).status
                == 200);
            node.write("go\n");
        });
    CHECK(result[QStringLiteral("composerBefore")].toInt() == 1);
    CHECK(result[QStringLiteral("composerAfter")].toInt() == 0);
    CHECK(result[QStringLiteral("stillShown")].toInt() == 1);
    CHECK(result[QStringLiteral("notice")].toString().contains(QStringLiteral("closed")));
}

TEST_CASE("A browser upload cut off by the server going away resumes where it stopped")
{
    BrowserFixture f;
    const QString text = QStringLiteral("Please send the full bank statements.");
    const auto [conversation, token] = f.invited(false, text);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("statements.zip"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(randomBytes(30 * 1000 * 1000));
    }
    QJsonObject args = f.args(token);
    args.insert(QStringLiteral("expect"), text);
    args.insert(QStringLiteral("reply"), QStringLiteral("All statements attached."));
    args.insert(QStringLiteral("file"), file);
    const QJsonObject result
        = runScenario(QStringLiteral("resume"), args, [&](QProcess &node, const QJsonObject &) {
              f.mailing.server.kill();
              REQUIRE(f.mailing.server.restartOnSamePort());
              node.write("go\n");
          });
    CHECK(result[QStringLiteral("atCut")].toDouble() > 10e6);
    CHECK(result[QStringLiteral("errors")].toInt() == 0);

    const QJsonArray messages
        = f.lawyer.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation))
              .json[QStringLiteral("messages")]
              .toArray();
    QJsonObject reply;
    for (const QJsonValue &message : messages) {
        if (message[QStringLiteral("body")].toString() == QLatin1String("All statements attached."))
            reply = message.toObject();
    }
    REQUIRE_FALSE(reply.isEmpty());
    const QJsonArray files = reply[QStringLiteral("attachments")].toArray();
    REQUIRE(files.size() == 1);
    CHECK(files.first()[QStringLiteral("size")].toInteger() == 30 * 1000 * 1000);
    CHECK(files.first()[QStringLiteral("sha256")].toString() == fileSha256(file));
}
