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
    for (const QChar c : base) {
        // Cc: control characters; Cf: format characters such as U+202E, which can make
        // "invoice_fdp.exe" display as "invoice_exe.pdf".
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            continue;
        clean.append(c);
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
