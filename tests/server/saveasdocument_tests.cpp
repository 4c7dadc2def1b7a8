// Saving a file a client sent with a message as a matter document, against the real server: the
// document's version 1 is those very bytes (the content-addressed blob, no copy), the author is
// the staff member who saved it, the audit log says where it came from; a file the message does
// not carry, a message without files, and a message the caller may not see all answer 404.
#include "mailfixture.h"
#include "portalclient.h"
#include "rowcount.h"
#include "transferfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

namespace {

HttpReply saveAsDocument(HttpClient &staff, qint64 message, const QJsonObject &body)
{
    return staff.post(QStringLiteral("/api/v1/messages/%1/save-as-document").arg(message), body);
}

QJsonObject withSha(const QString &sha256)
{
    return { { QStringLiteral("sha256"), sha256 } };
}

// Sends bytes as a file of a new message (staff API); the message.
QJsonObject sendFile(HttpClient &sender, qint64 conversation, const QByteArray &bytes,
    const QString &name, const QString &txn)
{
    const QString upload = uploadBytes(sender, bytes, name);
    REQUIRE_FALSE(upload.isEmpty());
    const HttpReply sent
        = sender.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
            { { QStringLiteral("client_txn_id"), txn },
                { QStringLiteral("kind"), QStringLiteral("text") },
                { QStringLiteral("body"), QString() },
                { QStringLiteral("attachments"),
                    QJsonArray { QJsonObject { { QStringLiteral("upload_id"), upload },
                        { QStringLiteral("mode"), QStringLiteral("file") } } } } });
    REQUIRE(sent.status == 201);
    return sent.json;
}

int documentsSaved(const QString &dataDir)
{
    return countRows(dataDir,
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document_saved'"
                       " AND message_id IS NOT NULL AND document_id IS NOT NULL"
                       " AND version IS NOT NULL"));
}

} // namespace

TEST_CASE("A client's file saved as a matter document is version 1 with the same bytes")
{
    InvitedClient f;
    const auto invited = f.invited(false);
    PortalClient browser(f.mailing.server.url());
    REQUIRE(browser.redeem(invited.second).status == 200);
    const QByteArray bytes = randomBytes(6000);
    const QString upload = browser.upload(bytes, QStringLiteral("signed lease.pdf"));
    REQUIRE_FALSE(upload.isEmpty());
    const HttpReply sent = browser.post(browser.path(invited.first, "messages"),
        { { QStringLiteral("client_txn_id"), QStringLiteral("p-lease") },
            { QStringLiteral("kind"), QStringLiteral("text") },
            { QStringLiteral("body"), QStringLiteral("Signed, as asked") },
            { QStringLiteral("attachments"),
                QJsonArray { QJsonObject { { QStringLiteral("upload_id"), upload },
                    { QStringLiteral("mode"), QStringLiteral("file") } } } } });
    REQUIRE(sent.status == 201);
    const qint64 message = sent.json[QStringLiteral("id")].toInteger();
    const QString sha256 = sha256Hex(bytes);
    REQUIRE(
        sent.json[QStringLiteral("attachments")][0][QStringLiteral("sha256")].toString() == sha256);
    const qint64 lawyerId
        = f.lawyer.get(QStringLiteral("/api/v1/me")).json[QStringLiteral("id")].toInteger();

    const HttpReply saved = saveAsDocument(f.lawyer, message, withSha(sha256));
    REQUIRE(saved.status == 201);
    CHECK(saved.json[QStringLiteral("matter_id")].toInteger() == f.matter);
    CHECK(saved.json[QStringLiteral("name")].toString() == QLatin1String("signed lease.pdf"));
    const QJsonArray versions = saved.json[QStringLiteral("versions")].toArray();
    REQUIRE(versions.size() == 1);
    CHECK(versions[0][QStringLiteral("number")].toInt() == 1);
    CHECK(versions[0][QStringLiteral("sha256")].toString() == sha256);
    CHECK(versions[0][QStringLiteral("size")].toInteger() == bytes.size());
    CHECK(versions[0][QStringLiteral("author_id")].toInteger() == lawyerId);
    CHECK(f.lawyer.get(QStringLiteral("/api/v1/blobs/") + sha256).raw == bytes);
    // The matter's documents list it; a name may be given.
    const HttpReply named = saveAsDocument(f.lawyer, message,
        { { QStringLiteral("sha256"), sha256.toUpper() },
            { QStringLiteral("name"), QStringLiteral("Lease (signed).pdf") } });
    REQUIRE(named.status == 201);
    CHECK(named.json[QStringLiteral("name")].toString() == QLatin1String("Lease (signed).pdf"));
    QStringList names;
    for (const QJsonValue &document :
        f.lawyer.get(QStringLiteral("/api/v1/matters/%1/documents").arg(f.matter))
            .json[QStringLiteral("documents")]
            .toArray())
        names.append(document[QStringLiteral("name")].toString());
    CHECK(names.contains(QStringLiteral("signed lease.pdf")));
    CHECK(names.contains(QStringLiteral("Lease (signed).pdf")));
    CHECK(documentsSaved(f.mailing.server.dataDir()) == 2);

    // Not a file of this message, a message without files, no message: all the same 404.
    const HttpReply wrong = saveAsDocument(f.lawyer, message, withSha(sha256Hex("other bytes")));
    CHECK(wrong.status == 404);
    const qint64 text = post(f.lawyer, invited.first, QStringLiteral("No files here"));
    CHECK(saveAsDocument(f.lawyer, text, withSha(sha256)).raw == wrong.raw);
    CHECK(saveAsDocument(f.lawyer, 999999, withSha(sha256)).raw == wrong.raw);
    CHECK(saveAsDocument(f.lawyer, message, {}).status == 400);
    // A client has no such route (the portal's session is no staff token).
    CHECK(browser
              .post(QStringLiteral("/api/v1/messages/%1/save-as-document").arg(message),
                  withSha(sha256))
              .status
        == 401);
    CHECK(documentsSaved(f.mailing.server.dataDir()) == 2);
}

TEST_CASE("A file in a conversation the caller may not see, or of no matter, is not found")
{
    InvitedClient f;
    HttpClient partner(f.mailing.server.url());
    REQUIRE_FALSE(partner.login(Partner).isEmpty());
    // The restricted matter is the partner's alone.
    const qint64 restricted = conversationOf(partner, RestrictedNumber, QStringLiteral("external"));
    REQUIRE(restricted != 0);
    const QByteArray secret = randomBytes(3000);
    const QJsonObject hidden = sendFile(
        partner, restricted, secret, QStringLiteral("falcon.pdf"), QStringLiteral("s-1"));
    const qint64 hiddenId = hidden[QStringLiteral("id")].toInteger();
    const HttpReply refused = saveAsDocument(f.lawyer, hiddenId, withSha(sha256Hex(secret)));
    CHECK(refused.status == 404);
    CHECK(saveAsDocument(f.lawyer, 999999, withSha(sha256Hex(secret))).raw == refused.raw);
    CHECK(saveAsDocument(partner, hiddenId, withSha(sha256Hex(secret))).status == 201);

    // A direct conversation belongs to no matter.
    const qint64 partnerId
        = partner.get(QStringLiteral("/api/v1/me")).json[QStringLiteral("id")].toInteger();
    const HttpReply direct = f.lawyer.post(QStringLiteral("/api/v1/conversations"),
        { { QStringLiteral("kind"), QStringLiteral("direct") },
            { QStringLiteral("member_ids"), QJsonArray { partnerId } } });
    REQUIRE(direct.status == 201);
    const QByteArray note = randomBytes(2000);
    const QJsonObject sent = sendFile(f.lawyer, direct.json[QStringLiteral("id")].toInteger(), note,
        QStringLiteral("note.pdf"), QStringLiteral("d-1"));
    CHECK(saveAsDocument(f.lawyer, sent[QStringLiteral("id")].toInteger(), withSha(sha256Hex(note)))
              .raw
        == refused.raw);
    CHECK(documentsSaved(f.mailing.server.dataDir()) == 1);
}
