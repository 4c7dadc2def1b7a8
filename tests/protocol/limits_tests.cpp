// Every policy limit: at the limit passes, one over fails with an error naming the limit.
#include "protocol/limits.h"
#include "protocol/newconversation.h"
#include "protocol/newmessage.h"

#include <catch2/catch.hpp>

using namespace parley::protocol;

namespace {
void requireLimitError(const Result<void> &r, const char *code, qint64 limit, qint64 actual)
{
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().is(code));
    CHECK(r.error().details.value(QStringLiteral("limit")).toInteger() == limit);
    CHECK(r.error().details.value(QStringLiteral("actual")).toInteger() == actual);
    CHECK(r.error().message.contains(QString::number(limit)));
}

NewMessage textMessage(const QString &body)
{
    NewMessage m;
    m.clientTxnId = QStringLiteral("txn");
    m.body = body;
    return m;
}
} // namespace

TEST_CASE("defaults are the products' limits")
{
    const Limits limits;
    CHECK(limits.messageChars == 65518);
    CHECK(limits.filesPerMessage == 130);
    CHECK(limits.staffFileBytes == 5368709120LL);
    CHECK(limits.clientFileBytes == 104857600LL);
    CHECK(limits.sharedFolderFiles == 130);
}

TEST_CASE("characters are counted as code points")
{
    CHECK(characterCount(QStringLiteral("abc")) == 3);
    CHECK(characterCount(QString::fromUtf8("😀😀")) == 2); // four UTF-16 units
    CHECK(characterCount(QString()) == 0);
}

TEST_CASE("message body limit")
{
    const Limits limits;
    CHECK(limits.checkMessageBody(QString(65518, QLatin1Char('x'))).ok());
    requireLimitError(limits.checkMessageBody(QString(65519, QLatin1Char('x'))),
        ErrorCode::MessageTooLong, 65518, 65519);

    // Emoji count once each: 65,518 of them fit although they are 131,036 UTF-16 units.
    QString emoji;
    for (int i = 0; i < 65518; ++i)
        emoji += QString::fromUtf8("😀");
    CHECK(textMessage(emoji).validate(limits).ok());
    requireLimitError(textMessage(emoji + QLatin1Char('!')).validate(limits),
        ErrorCode::MessageTooLong, 65518, 65519);
}

TEST_CASE("a configured limit is the one enforced")
{
    Limits limits;
    limits.messageChars = 10;
    requireLimitError(textMessage(QStringLiteral("eleven char")).validate(limits),
        ErrorCode::MessageTooLong, 10, 11);
}

TEST_CASE("files per message limit")
{
    const Limits limits;
    CHECK(limits.checkFilesPerMessage(130).ok());
    requireLimitError(limits.checkFilesPerMessage(131), ErrorCode::TooManyFiles, 130, 131);

    NewMessage m = textMessage(QStringLiteral("files"));
    for (int i = 0; i < 131; ++i)
        m.attachments.append(NewAttachment { i + 1, QStringLiteral("copy") });
    requireLimitError(m.validate(limits), ErrorCode::TooManyFiles, 130, 131);
}

TEST_CASE("file size limits differ for staff and clients")
{
    const Limits limits;
    CHECK(limits.checkFileSize(5368709120LL, false).ok());
    requireLimitError(limits.checkFileSize(5368709121LL, false), ErrorCode::FileTooLarge,
        5368709120LL, 5368709121LL);
    CHECK(limits.checkFileSize(104857600LL, true).ok());
    requireLimitError(
        limits.checkFileSize(104857601LL, true), ErrorCode::FileTooLarge, 104857600LL, 104857601LL);
}

TEST_CASE("shared folder limit")
{
    const Limits limits;
    CHECK(limits.checkSharedFolder(130).ok());
    requireLimitError(limits.checkSharedFolder(131), ErrorCode::SharedFolderFull, 130, 131);
}

TEST_CASE("new message shape rules")
{
    const Limits limits;
    CHECK(textMessage(QStringLiteral("hello")).validate(limits).ok());

    NewMessage noTxn = textMessage(QStringLiteral("hello"));
    noTxn.clientTxnId.clear();
    CHECK(noTxn.validate(limits).error().is(ErrorCode::MissingField));

    NewMessage longTxn = textMessage(QStringLiteral("hello"));
    longTxn.clientTxnId = QString(65, QLatin1Char('t'));
    CHECK(longTxn.validate(limits).error().is(ErrorCode::InvalidField));

    CHECK(
        textMessage(QStringLiteral("   \n")).validate(limits).error().is(ErrorCode::InvalidField));
}

TEST_CASE("new conversation shape rules")
{
    const Limits limits;
    NewConversation external { 9, QStringLiteral("external"), QStringLiteral("Will"), { 20 }, true,
        true };
    CHECK(external.validate(limits).ok());

    NewConversation noMatter = external;
    noMatter.matterId.reset();
    CHECK(noMatter.validate(limits).error().is(ErrorCode::MissingField));

    NewConversation direct { std::nullopt, QStringLiteral("direct"), {}, { 8 }, false, false };
    CHECK(direct.validate(limits).ok());
    NewConversation directWithMatter = direct;
    directWithMatter.matterId = 9;
    CHECK(directWithMatter.validate(limits).error().is(ErrorCode::InvalidField));
    NewConversation lonely = direct;
    lonely.memberIds.clear();
    CHECK(lonely.validate(limits).error().is(ErrorCode::InvalidField));

    NewConversation internalSms { 9, QStringLiteral("internal"), {}, {}, false, true };
    CHECK(internalSms.validate(limits).error().details.value(QStringLiteral("field")).toString()
        == QStringLiteral("sms"));

    NewConversation longTitle = external;
    longTitle.title = QString(201, QLatin1Char('t'));
    const auto r = longTitle.validate(limits);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().details.value(QStringLiteral("limit")).toInt() == 200);
    CHECK(r.error().details.value(QStringLiteral("field")).toString() == QStringLiteral("title"));
}
