// Documents from finished uploads, versions, and files on messages against the real server:
// Send pins a version, Share follows the latest until stopped (access cut at once, the
// conversations told), uploaded files travel with a message; who may read which blob.
#include "access/accesspolicy.h"
#include "app/servercontext.h"
#include "db/sqlquery.h"
#include "demoserver.h"
#include "serverdatabase.h"
#include "store/userstore.h"
#include "transferfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace parley::test;
using namespace parley;

namespace {

qint64 matterIdOf(HttpClient &client, const QString &number)
{
    const QJsonArray matters
        = client.get(QStringLiteral("/api/v1/matters")).json[QStringLiteral("matters")].toArray();
    for (const QJsonValue &matter : matters) {
        if (matter[QStringLiteral("number")].toString() == number)
            return matter[QStringLiteral("id")].toInteger();
    }
    return 0;
}

HttpReply createDocument(HttpClient &client, qint64 matter, const QString &upload)
{
    return client.post(QStringLiteral("/api/v1/matters/%1/documents").arg(matter),
        QJsonObject { { QStringLiteral("upload_id"), upload } });
}

HttpReply addVersion(HttpClient &client, qint64 document, const QString &upload, int base)
{
    return client.post(QStringLiteral("/api/v1/documents/%1/versions").arg(document),
        QJsonObject {
            { QStringLiteral("upload_id"), upload }, { QStringLiteral("base_version"), base } });
}

HttpReply sendFiles(HttpClient &client, qint64 conversation, const QString &txn,
    const QJsonArray &attachments, const QString &body = {})
{
    return client.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
        QJsonObject { { QStringLiteral("client_txn_id"), txn },
            { QStringLiteral("kind"), QStringLiteral("text") }, { QStringLiteral("body"), body },
            { QStringLiteral("attachments"), attachments } });
}

QJsonObject attachment(qint64 document, const QString &mode)
{
    return QJsonObject { { QStringLiteral("document_id"), document },
        { QStringLiteral("mode"), mode } };
}

// The message with this id as the conversation's history now shows it.
QJsonObject messageNow(HttpClient &client, qint64 conversation, qint64 id)
{
    const QJsonArray messages
        = client
              .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation))
              .json[QStringLiteral("messages")]
              .toArray();
    for (const QJsonValue &message : messages) {
        if (message[QStringLiteral("id")].toInteger() == id)
            return message.toObject();
    }
    return {};
}

QJsonObject firstAttachment(const QJsonObject &message)
{
    return message[QStringLiteral("attachments")].toArray().first().toObject();
}

// What AccessPolicy says portal clients may download (clients sign in through the portal,
// which comes later; the rule itself is checked here, on the server's own database).
struct ClientViews
{
    server::ServerContext context { protocol::Limits(), server::PasswordHasher() };

    explicit ClientViews(const ServerProcess &process)
    {
        REQUIRE(context.open(process.dataDir(), ServerDatabase::urlFor(process.dataDir())));
    }

    bool canRead(const QString &email, const QString &sha)
    {
        auto record = server::UserStore(context.db()).findByEmail(email);
        REQUIRE(record);
        REQUIRE(record.value());
        REQUIRE_FALSE(record.value()->user.isStaff());
        auto allowed = context.access().canReadBlob(
            server::Principal { record.value()->user, record.value()->firmId }, sha);
        REQUIRE(allowed);
        return allowed.value();
    }
};

} // namespace

TEST_CASE("a finished upload becomes a matter document; a new version must build on the latest")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterIdOf(lawyer, QStringLiteral("2026-0101"));
    const QByteArray first = randomBytes(20000);
    const QString upload = uploadBytes(lawyer, first, QStringLiteral("C:\\Users\\me\\Brief.docx"));
    REQUIRE_FALSE(upload.isEmpty());

    const HttpReply created = createDocument(lawyer, matter, upload);
    REQUIRE(created.status == 201);
    CHECK(created.json[QStringLiteral("name")].toString() == QLatin1String("Brief.docx"));
    const QJsonArray versions = created.json[QStringLiteral("versions")].toArray();
    REQUIRE(versions.size() == 1);
    CHECK(versions[0][QStringLiteral("sha256")].toString() == sha256Hex(first));
    CHECK(versions[0][QStringLiteral("size")].toInteger() == first.size());
    const qint64 document = created.json[QStringLiteral("id")].toInteger();
    bool listed = false;
    for (const QJsonValue &d :
        lawyer.get(QStringLiteral("/api/v1/matters/%1/documents").arg(matter))
            .json[QStringLiteral("documents")]
            .toArray())
        listed = listed || d[QStringLiteral("id")].toInteger() == document;
    CHECK(listed);

    // Unfinished, someone else's, missing, or on a matter the caller may not see: refused.
    const QString unfinished = createUpload(lawyer, 10, QStringLiteral("half.pdf"));
    const HttpReply notDone = createDocument(lawyer, matter, unfinished.section(u'/', -1));
    CHECK(notDone.status == 409);
    HttpClient paralegal(server.process.url());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    CHECK(createDocument(paralegal, matter, upload).status == 404);
    CHECK(lawyer.post(QStringLiteral("/api/v1/matters/%1/documents").arg(matter), QJsonObject())
              .status
        == 400);
    HttpClient partner(server.process.url());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());
    const qint64 restricted = matterIdOf(partner, RestrictedNumber);
    REQUIRE(restricted != 0);
    CHECK(createDocument(lawyer, restricted, upload).status == 404);

    const QByteArray second = randomBytes(30000);
    const HttpReply next
        = addVersion(lawyer, document, uploadBytes(lawyer, second, QStringLiteral("v2")), 1);
    REQUIRE(next.status == 201);
    CHECK(next.json[QStringLiteral("versions")].toArray().size() == 2);
    // Someone saved over version 1 again, not knowing of version 2: refused, naming it.
    const HttpReply stale = addVersion(
        lawyer, document, uploadBytes(lawyer, randomBytes(10), QStringLiteral("v")), 1);
    CHECK(stale.status == 409);
    CHECK(stale.errorCode() == QLatin1String("version_conflict"));
    CHECK(errorDetail(stale, "latest").toInt() == 2);
    CHECK(addVersion(lawyer, document, upload, 0).status == 400);
}

TEST_CASE("Send pins a version, Share follows the latest until stopped, and access follows")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterIdOf(lawyer, QStringLiteral("2026-0101"));
    const qint64 conversation
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("external"));
    REQUIRE(conversation != 0);
    const QByteArray v1 = randomBytes(5000);
    const QByteArray v2 = randomBytes(6000);
    const HttpReply created
        = createDocument(lawyer, matter, uploadBytes(lawyer, v1, QStringLiteral("Offer.pdf")));
    REQUIRE(created.status == 201);
    const qint64 document = created.json[QStringLiteral("id")].toInteger();

    const HttpReply sent = sendFiles(lawyer, conversation, QStringLiteral("send-1"),
        { attachment(document, QStringLiteral("copy")) });
    REQUIRE(sent.status == 201);
    CHECK(sent.json[QStringLiteral("kind")].toString() == QLatin1String("file"));
    const qint64 sentId = sent.json[QStringLiteral("id")].toInteger();
    const HttpReply shared = sendFiles(lawyer, conversation, QStringLiteral("share-1"),
        { attachment(document, QStringLiteral("share")) }, QStringLiteral("The latest offer"));
    REQUIRE(shared.status == 201);
    const qint64 sharedId = shared.json[QStringLiteral("id")].toInteger();
    CHECK(
        firstAttachment(shared.json)[QStringLiteral("mode")].toString() == QLatin1String("share"));

    ClientViews clients(server.process);
    const QString maria = QStringLiteral("maria.gonzalez@client.test");
    const QString james = QStringLiteral("james.whitfield@client.test");
    CHECK(clients.canRead(maria, sha256Hex(v1)));
    // Another matter's client cannot read it, whatever id they guess.
    CHECK_FALSE(clients.canRead(james, sha256Hex(v1)));

    REQUIRE(addVersion(lawyer, document, uploadBytes(lawyer, v2, QStringLiteral("Offer v2.pdf")), 1)
                .status
        == 201);
    const QJsonObject shareNow = firstAttachment(messageNow(lawyer, conversation, sharedId));
    CHECK(shareNow[QStringLiteral("version")].toInt() == 2);
    CHECK(shareNow[QStringLiteral("sha256")].toString() == sha256Hex(v2));
    CHECK_FALSE(shareNow[QStringLiteral("updated_at")].toString().isEmpty());
    const QJsonObject copyNow = firstAttachment(messageNow(lawyer, conversation, sentId));
    CHECK(copyNow[QStringLiteral("version")].toInt() == 1);
    CHECK(copyNow[QStringLiteral("sha256")].toString() == sha256Hex(v1));
    // Through the share the client sees version 2, through the copy still version 1.
    CHECK(clients.canRead(maria, sha256Hex(v2)));
    CHECK(clients.canRead(maria, sha256Hex(v1)));
    CHECK_FALSE(clients.canRead(james, sha256Hex(v2)));

    const HttpReply stopped = lawyer.send(
        "POST", QStringLiteral("/api/v1/documents/%1/stop-sharing").arg(document), {});
    REQUIRE(stopped.status == 200);
    CHECK_FALSE(stopped.json[QStringLiteral("shared")].toBool());
    // At once: the share shows stopped with nothing to download, the client cannot read the
    // latest version, the sent copy stays readable, and the conversation has the event.
    const QJsonObject afterStop = firstAttachment(messageNow(lawyer, conversation, sharedId));
    CHECK(afterStop[QStringLiteral("stopped")].toBool());
    CHECK(afterStop[QStringLiteral("sha256")].toString().isEmpty());
    CHECK_FALSE(clients.canRead(maria, sha256Hex(v2)));
    CHECK(clients.canRead(maria, sha256Hex(v1)));
    const QJsonArray history
        = lawyer
              .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation))
              .json[QStringLiteral("messages")]
              .toArray();
    int stopEvents = 0;
    for (const QJsonValue &message : history) {
        stopEvents += message[QStringLiteral("event")][QStringLiteral("type")].toString()
            == QLatin1String("share_stopped");
    }
    CHECK(stopEvents == 1);
    // Stopping again changes nothing and tells nobody twice.
    CHECK(lawyer.send("POST", QStringLiteral("/api/v1/documents/%1/stop-sharing").arg(document), {})
              .status
        == 200);
}

TEST_CASE("files on messages: checked against the conversation, the sender and the limits")
{
    ServerProcess process;
    QFile config(QDir(process.dataDir()).filePath(QStringLiteral("limits.ini")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write("[limits]\nshared_folder_files=3\n");
    config.close();
    REQUIRE(
        process.start({ QStringLiteral("--demo"), QStringLiteral("--config"), config.fileName() }));
    HttpClient lawyer(process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    HttpClient paralegal(process.url());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    const qint64 matter = matterIdOf(lawyer, QStringLiteral("2026-0101"));
    const qint64 external
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("external"));
    REQUIRE(external != 0);

    // An uploaded file travels with the message; others in the conversation may read it.
    const QByteArray bytes = randomBytes(4096);
    const QString upload = uploadBytes(lawyer, bytes, QStringLiteral("photo.jpg"));
    const HttpReply withFile = sendFiles(lawyer, external, QStringLiteral("file-1"),
        { QJsonObject { { QStringLiteral("mode"), QStringLiteral("file") },
            { QStringLiteral("upload_id"), upload } } });
    REQUIRE(withFile.status == 201);
    const QJsonObject file = firstAttachment(withFile.json);
    CHECK(file[QStringLiteral("name")].toString() == QLatin1String("photo.jpg"));
    CHECK(file[QStringLiteral("size")].toInteger() == bytes.size());
    CHECK(paralegal.get(QStringLiteral("/api/v1/blobs/") + sha256Hex(bytes)).raw == bytes);
    // Someone else's upload cannot be attached.
    const HttpReply notMine = sendFiles(paralegal, external, QStringLiteral("file-2"),
        { QJsonObject { { QStringLiteral("mode"), QStringLiteral("file") },
            { QStringLiteral("upload_id"), upload } } });
    CHECK(notMine.status == 404);

    // A document of another matter is not this conversation's to attach.
    const HttpReply document = createDocument(
        lawyer, matter, uploadBytes(lawyer, randomBytes(100), QStringLiteral("a.pdf")));
    const qint64 id = document.json[QStringLiteral("id")].toInteger();
    const qint64 otherMatter
        = conversationOf(lawyer, QStringLiteral("2026-0102"), QStringLiteral("external"));
    const HttpReply wrongMatter = sendFiles(
        lawyer, otherMatter, QStringLiteral("x-1"), { attachment(id, QStringLiteral("copy")) });
    CHECK(wrongMatter.status == 400);
    CHECK(errorDetail(wrongMatter, "field").toString()
        == QLatin1String("attachments[0].document_id"));

    // The shared folder holds three files here, two of them shared by the demo already: one
    // more fits, a second is refused.
    REQUIRE(sendFiles(lawyer, external, QStringLiteral("s-1"),
                { attachment(id, QStringLiteral("share")) })
                .status
        == 201);
    const HttpReply other = createDocument(
        lawyer, matter, uploadBytes(lawyer, randomBytes(100), QStringLiteral("b.pdf")));
    const HttpReply full = sendFiles(lawyer, external, QStringLiteral("s-2"),
        { attachment(other.json[QStringLiteral("id")].toInteger(), QStringLiteral("share")) });
    CHECK(full.status == 422);
    CHECK(full.errorCode() == QLatin1String("shared_folder_full"));
    CHECK(errorDetail(full, "limit").toInt() == 3);
    CHECK(errorDetail(full, "actual").toInt() == 4);
    // Sharing the already shared one again does not grow the folder.
    CHECK(sendFiles(
              lawyer, external, QStringLiteral("s-3"), { attachment(id, QStringLiteral("share")) })
              .status
        == 201);
}

TEST_CASE("the demo's documents have real bytes, stored once, that staff can download")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterIdOf(lawyer, QStringLiteral("2026-0101"));
    const QJsonArray documents
        = lawyer.get(QStringLiteral("/api/v1/matters/%1/documents").arg(matter))
              .json[QStringLiteral("documents")]
              .toArray();
    REQUIRE_FALSE(documents.isEmpty());
    for (const QJsonValue &document : documents) {
        for (const QJsonValue &version : document[QStringLiteral("versions")].toArray()) {
            const QString sha = version[QStringLiteral("sha256")].toString();
            const HttpReply bytes = lawyer.get(QStringLiteral("/api/v1/blobs/") + sha);
            INFO(document[QStringLiteral("name")].toString().toStdString());
            CHECK(bytes.status == 200);
            CHECK(bytes.raw.size() == version[QStringLiteral("size")].toInteger());
            CHECK(sha256Hex(bytes.raw) == sha);
        }
    }
}

TEST_CASE("a matter's message files: every file of its conversations, newest first, for staff "
          "who may see the matter")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    HttpClient paralegal(server.process.url());
    REQUIRE_FALSE(paralegal.login(Paralegal).isEmpty());
    HttpClient partner(server.process.url());
    REQUIRE_FALSE(partner.login(QStringLiteral("partner@demo.test")).isEmpty());
    const qint64 matter = matterIdOf(lawyer, QStringLiteral("2026-0101"));
    const qint64 external
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("external"));
    const qint64 internal
        = conversationOf(lawyer, QStringLiteral("2026-0101"), QStringLiteral("internal"));
    REQUIRE(external != 0);
    REQUIRE(internal != 0);
    const auto filesOf = [&](HttpClient &client, qint64 id) {
        return client.get(QStringLiteral("/api/v1/matters/%1/message-files").arg(id));
    };
    const QJsonArray before = filesOf(lawyer, matter).json[QStringLiteral("messages")].toArray();

    // A shared document with the clients, then a file among colleagues.
    const qint64 document = createDocument(
        lawyer, matter, uploadBytes(lawyer, randomBytes(300), QStringLiteral("Offer.pdf")))
                                .json[QStringLiteral("id")]
                                .toInteger();
    REQUIRE(sendFiles(lawyer, external, QStringLiteral("mf-1"),
                { attachment(document, QStringLiteral("share")) }, QStringLiteral("The offer."))
                .status
        == 201);
    const QString notes = uploadBytes(paralegal, randomBytes(200), QStringLiteral("Notes.txt"));
    REQUIRE(sendFiles(paralegal, internal, QStringLiteral("mf-2"),
                { QJsonObject { { QStringLiteral("mode"), QStringLiteral("file") },
                    { QStringLiteral("upload_id"), notes } } })
                .status
        == 201);
    // A message without files is not listed.
    REQUIRE(sendFiles(lawyer, external, QStringLiteral("mf-3"), {}, QStringLiteral("Hello")).status
        == 201);

    const HttpReply listed = filesOf(lawyer, matter);
    REQUIRE(listed.status == 200);
    const QJsonArray messages = listed.json[QStringLiteral("messages")].toArray();
    REQUIRE(messages.size() == before.size() + 2);
    const QJsonObject newest = messages.at(0).toObject();
    CHECK(newest[QStringLiteral("conversation_id")].toInteger() == internal);
    CHECK(firstAttachment(newest)[QStringLiteral("name")].toString() == QLatin1String("Notes.txt"));
    const QJsonObject shared = messages.at(1).toObject();
    CHECK(shared[QStringLiteral("body")].toString() == QLatin1String("The offer."));
    CHECK(firstAttachment(shared)[QStringLiteral("mode")].toString() == QLatin1String("share"));
    for (const QJsonValue &message : messages)
        CHECK_FALSE(message[QStringLiteral("attachments")].toArray().isEmpty());
    // Colleagues on the matter see the same list.
    CHECK(filesOf(paralegal, matter).json[QStringLiteral("messages")].toArray().size()
        == messages.size());

    // A restricted matter's files stay with its staff: to others it does not exist.
    const qint64 restricted = matterIdOf(partner, QStringLiteral("2026-0110"));
    REQUIRE(restricted != 0);
    CHECK(filesOf(partner, restricted).status == 200);
    const HttpReply hidden = filesOf(lawyer, restricted);
    CHECK(hidden.status == 404);
    CHECK(hidden.errorCode() == QLatin1String("not_found"));
    CHECK(filesOf(lawyer, 999999).status == 404);
    HttpClient anonymous(server.process.url());
    CHECK(filesOf(anonymous, matter).status == 401);
}

TEST_CASE("Every download is audited with the document version it read")
{
    DemoServer server;
    HttpClient lawyer(server.process.url());
    REQUIRE_FALSE(lawyer.login(Lawyer).isEmpty());
    const qint64 matter = matterIdOf(lawyer, QStringLiteral("2026-0101"));
    const QByteArray v1 = randomBytes(4000);
    const QByteArray v2 = randomBytes(3000);
    const HttpReply created
        = createDocument(lawyer, matter, uploadBytes(lawyer, v1, QStringLiteral("Brief.pdf")));
    REQUIRE(created.status == 201);
    const qint64 document = created.json[QStringLiteral("id")].toInteger();
    const HttpReply second
        = addVersion(lawyer, document, uploadBytes(lawyer, v2, QStringLiteral("Brief.pdf")), 1);
    REQUIRE(second.status == 201);
    const QJsonArray versions = second.json[QStringLiteral("versions")].toArray();
    REQUIRE(versions.size() == 2);
    qint64 firstVersion = 0;
    for (const QJsonValue &version : versions) {
        if (version[QStringLiteral("number")].toInt() == 1)
            firstVersion = version[QStringLiteral("id")].toInteger();
    }
    REQUIRE(firstVersion != 0);

    // The downloads audited so far, oldest first: {actor, document, version, detail}.
    const auto downloads = [&] {
        server::ServerContext database { protocol::Limits(), server::PasswordHasher() };
        REQUIRE(database.open(
            server.process.dataDir(), ServerDatabase::urlFor(server.process.dataDir())));
        server::SqlQuery query(database.db(),
            QStringLiteral("SELECT actor_id, document_id, version, matter_id, detail FROM"
                           " audit_log WHERE action = 'file_downloaded' ORDER BY id"));
        REQUIRE(query.exec());
        QList<QJsonObject> rows;
        while (query.next()) {
            QJsonObject row = QJsonDocument::fromJson(query.text(4).toUtf8()).object();
            row.insert(QStringLiteral("actor"), query.integer(0));
            row.insert(QStringLiteral("document"), query.integer(1));
            row.insert(QStringLiteral("version"), query.integer(2));
            row.insert(QStringLiteral("matter"), query.integer(3));
            rows.append(row);
        }
        return rows;
    };
    const qint64 lawyerId
        = lawyer.get(QStringLiteral("/api/v1/me")).json[QStringLiteral("id")].toInteger();
    const QString blob = QStringLiteral("/api/v1/blobs/") + sha256Hex(v1);

    // The old version, whole: one entry naming that version of that document.
    REQUIRE(lawyer.get(blob).raw == v1);
    QList<QJsonObject> audited = downloads();
    REQUIRE(audited.size() == 1);
    CHECK(audited.last()[QStringLiteral("actor")].toInteger() == lawyerId);
    CHECK(audited.last()[QStringLiteral("document")].toInteger() == document);
    CHECK(audited.last()[QStringLiteral("version")].toInteger() == firstVersion);
    CHECK(audited.last()[QStringLiteral("matter")].toInteger() == matter);
    CHECK(audited.last()[QStringLiteral("sha256")].toString() == sha256Hex(v1));
    CHECK(audited.last()[QStringLiteral("length")].toInteger() == v1.size());

    // A resumed download is audited with its range; HEAD and a matching ETag serve no bytes.
    const HttpReply rest = lawyer.send("GET", blob, {}, { { "Range", "bytes=1000-" } });
    REQUIRE(rest.status == 206);
    CHECK(lawyer.send("HEAD", blob, {}).status == 200);
    CHECK(
        lawyer.send("GET", blob, {}, { { "If-None-Match", '"' + sha256Hex(v1).toLatin1() + '"' } })
            .status
        == 304);
    audited = downloads();
    REQUIRE(audited.size() == 2);
    CHECK(audited.last()[QStringLiteral("first_byte")].toInteger() == 1000);
    CHECK(audited.last()[QStringLiteral("length")].toInteger() == v1.size() - 1000);

    // Refused: nothing served, nothing audited as read.
    HttpClient client(server.process.url());
    CHECK(client.get(blob).status == 401);
    CHECK(downloads().size() == 2);
}
