// libFuzzer target: the protocol's JSON decoders, fed what a server or client could send (a
// request body, a /sync answer, a stream frame, a cached row). Every decoder must give a value
// or a typed error, never crash; and a decoded value must survive its own wire form unchanged,
// since the desktop caches values as toJson() and reads them back with fromJson().
#include "protocol/attachment.h"
#include "protocol/change.h"
#include "protocol/conversation.h"
#include "protocol/document.h"
#include "protocol/documentversion.h"
#include "protocol/error.h"
#include "protocol/filename.h"
#include "protocol/limits.h"
#include "protocol/login.h"
#include "protocol/matter.h"
#include "protocol/member.h"
#include "protocol/message.h"
#include "protocol/newconversation.h"
#include "protocol/newdocument.h"
#include "protocol/newmessage.h"
#include "protocol/party.h"
#include "protocol/receipt.h"
#include "protocol/smsrule.h"
#include "protocol/syncbatch.h"
#include "protocol/user.h"
#include "protocol/wiretime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

using namespace parley::protocol;

namespace {

[[noreturn]] void broken(const char *what, const QJsonObject &json)
{
    std::fprintf(stderr, "protocol_json_fuzzer: %s\ninput: %s\n", what,
        QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::abort();
}

// Decodes json as T; a value must decode again from its own toJson() to an equal value.
template<typename T>
void roundTrip(const QJsonObject &json, const char *type)
{
    const Result<T> decoded = T::fromJson(json, QStringLiteral("fuzz"));
    if (!decoded) {
        if (decoded.error().code.isEmpty())
            broken("a decoding error without a code", json);
        return;
    }
    const QJsonObject wire = decoded.value().toJson();
    const Result<T> again = T::fromJson(wire);
    if (!again)
        broken(type, wire);
    if (!(again.value() == decoded.value()))
        broken(type, wire);
}

void decodeObject(const QJsonObject &json)
{
    roundTrip<Attachment>(json, "Attachment does not survive its wire form");
    roundTrip<Change>(json, "Change does not survive its wire form");
    roundTrip<Conversation>(json, "Conversation does not survive its wire form");
    roundTrip<Document>(json, "Document does not survive its wire form");
    roundTrip<DocumentVersion>(json, "DocumentVersion does not survive its wire form");
    roundTrip<LoginRequest>(json, "LoginRequest does not survive its wire form");
    roundTrip<LoginResponse>(json, "LoginResponse does not survive its wire form");
    roundTrip<Matter>(json, "Matter does not survive its wire form");
    roundTrip<Member>(json, "Member does not survive its wire form");
    roundTrip<Message>(json, "Message does not survive its wire form");
    roundTrip<NewConversation>(json, "NewConversation does not survive its wire form");
    roundTrip<NewDocument>(json, "NewDocument does not survive its wire form");
    roundTrip<NewDocumentVersion>(json, "NewDocumentVersion does not survive its wire form");
    roundTrip<NewAttachment>(json, "NewAttachment does not survive its wire form");
    roundTrip<NewMessage>(json, "NewMessage does not survive its wire form");
    roundTrip<Party>(json, "Party does not survive its wire form");
    roundTrip<Receipt>(json, "Receipt does not survive its wire form");
    roundTrip<SyncBatch>(json, "SyncBatch does not survive its wire form");
    roundTrip<User>(json, "User does not survive its wire form");

    // The server's policy checks after decoding a request body.
    const Limits limits;
    if (const auto message = NewMessage::fromJson(json))
        (void)message.value().validate(limits);
    if (const auto conversation = NewConversation::fromJson(json))
        (void)conversation.value().validate(limits);

    // A sync answer or stream batch, each change decoded as the desktop applies it.
    if (const auto batch = SyncBatch::fromJson(json)) {
        for (const Change &change : batch.value().changes) {
            if (change.type == QLatin1String("message"))
                (void)Message::fromJson(change.data);
            else if (change.type == QLatin1String("conversation"))
                (void)Conversation::fromJson(change.data);
            else if (change.type == QLatin1String("matter"))
                (void)Matter::fromJson(change.data);
            else if (change.type == QLatin1String("receipt"))
                (void)Receipt::fromJson(change.data);
            else if (change.type == QLatin1String("user"))
                (void)User::fromJson(change.data);
            else if (change.type == QLatin1String("document"))
                (void)Document::fromJson(change.data);
        }
    }
    // A stream error frame.
    (void)Error::fromJson(json.value(QStringLiteral("error")).toObject());

    // Strings anywhere in the object go through the free-text readers too.
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!it.value().isString())
            continue;
        const QString text = it.value().toString();
        (void)fromWireTime(text);
        (void)characterCount(text);
        (void)isDomesticNumber(text);
        (void)smsEligibility(text, text);
        if (const auto name = sanitizeFileName(text)) {
            const QString &clean = name.value();
            if (clean.isEmpty() || clean.size() > MaxFileNameChars || clean.contains(u'/')
                || clean.contains(u'\\') || !QStringView(clean).isValidUtf16())
                broken("sanitizeFileName let an unsafe name through", json);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
        static_cast<qsizetype>(size));
    // An API error answer, as the desktop reads any non-2xx body.
    (void)Error::fromBody(bytes, 400);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        decodeObject(document.object());
    } else if (document.isArray()) {
        // Cached lists (attachments, parties) are arrays of wire objects.
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            if (value.isObject())
                decodeObject(value.toObject());
        }
    }
    return 0;
}
