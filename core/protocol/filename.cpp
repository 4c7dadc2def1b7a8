// Sanitising file names.
#include "filename.h"

#include "error.h"

namespace parley::protocol {

Result<QString> sanitizeFileName(const QString &name)
{
    QString base = name;
    const qsizetype slash = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (slash >= 0)
        base = base.mid(slash + 1);
    QString clean;
    clean.reserve(base.size());
    for (qsizetype i = 0; i < base.size(); ++i) {
        char32_t point = base.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(point) && i + 1 < base.size()
            && base.at(i + 1).isLowSurrogate()) {
            point = QChar::surrogateToUcs4(base.at(i), base.at(i + 1));
            width = 2;
        }
        // Cc: control characters; Cf: format characters such as U+202E, which can make
        // "invoice_fdp.exe" display as "invoice_exe.pdf"; Cs: half of a surrogate pair with
        // no other half (a JSON \u escape can make one), which is not valid text.
        const QChar::Category category = QChar::category(point);
        if (category != QChar::Other_Control && category != QChar::Other_Format
            && category != QChar::Other_Surrogate)
            clean.append(QStringView(base).mid(i, width));
        i += width - 1;
    }
    while (!clean.isEmpty() && (clean.front().isSpace() || clean.front() == u'.'))
        clean.remove(0, 1);
    while (!clean.isEmpty() && (clean.back().isSpace() || clean.back() == u'.'))
        clean.chop(1);
    if (clean.isEmpty())
        return Error::make(ErrorCode::InvalidFileName,
            QStringLiteral("The file name is empty once folders and control characters are "
                           "removed."));
    if (clean.size() > MaxFileNameChars) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        const QString extension = dot > 0 && clean.size() - dot <= 16 ? clean.mid(dot) : QString();
        qsizetype keep = MaxFileNameChars - extension.size();
        // Never cut between the two halves of a surrogate pair (an emoji, say): a lone half
        // is not valid text and turns into U+FFFD on its way to UTF-8.
        if (clean.at(keep - 1).isHighSurrogate())
            --keep;
        clean = clean.left(keep) + extension;
    }
    return clean;
}

} // namespace parley::protocol
