// File names from outside: folders, control, format and unpaired surrogate characters go,
// long names are cut keeping the extension, and what is left is always valid text.
#include "protocol/filename.h"

#include <catch2/catch.hpp>

using namespace parley::protocol;

namespace {
QString clean(const QString &name)
{
    const Result<QString> result = sanitizeFileName(name);
    REQUIRE(result.ok());
    REQUIRE(QStringView(result.value()).isValidUtf16());
    return result.value();
}
} // namespace

TEST_CASE("folders, control and direction-changing characters are removed")
{
    CHECK(clean(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    CHECK(clean(QStringLiteral("C:\\Users\\a\\brief.docx")) == QStringLiteral("brief.docx"));
    CHECK(clean(QStringLiteral("invoice_\u202Efdp.exe")) == QStringLiteral("invoice_fdp.exe"));
    CHECK(clean(QStringLiteral("a\tb\nc.txt")) == QStringLiteral("abc.txt"));
    CHECK(clean(QStringLiteral("  .hidden. ")) == QStringLiteral("hidden"));
}

TEST_CASE("a surrogate pair stays, a lone half of one is removed")
{
    const QString emoji = QStringLiteral("\U0001F600");
    CHECK(clean(emoji + QStringLiteral(".png")) == emoji + QStringLiteral(".png"));
    // What JSON "\udddd" and "\ud83d" (halves without their partner) decode to.
    CHECK(clean(QStringLiteral("passwd") + QChar(0xDDDD) + QStringLiteral(".pdf"))
        == QStringLiteral("passwd.pdf"));
    CHECK(clean(QStringLiteral("a") + QChar(0xD83D)) == QStringLiteral("a"));
    CHECK(clean(QChar(0xDE00) + emoji + QChar(0xD83D) + QStringLiteral("b"))
        == emoji + QStringLiteral("b"));
    // A format character outside the Basic Multilingual Plane (a language tag) goes too.
    CHECK(clean(QStringLiteral("a\U000E0001b.txt")) == QStringLiteral("ab.txt"));
}

TEST_CASE("a long name is cut to the limit keeping its extension and whole characters")
{
    const QString longName = QString(300, u'a') + QStringLiteral(".pdf");
    const QString cut = clean(longName);
    CHECK(cut.size() == MaxFileNameChars);
    CHECK(cut.endsWith(QStringLiteral(".pdf")));

    QString emojis;
    for (int i = 0; i < 200; ++i)
        emojis += QStringLiteral("\U0001F600");
    const QString cutEmojis = clean(emojis);
    CHECK(cutEmojis.size() <= MaxFileNameChars);
    CHECK(cutEmojis.size() % 2 == 0);
}

TEST_CASE("a name with nothing usable left is invalid_file_name")
{
    for (const QString &name : { QString(), QStringLiteral("../"), QStringLiteral(" . "),
             QString(QChar(0xDC00)), QStringLiteral("\u202E\u200B") }) {
        const Result<QString> result = sanitizeFileName(name);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().is("invalid_file_name"));
    }
}
