// Policy limit checks; every failure names its limit with "limit" and "actual".
#include "limits.h"

namespace parley::protocol {

qint64 characterCount(const QString &text)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

Result<void> Limits::checkMessageBody(const QString &body) const
{
    const qint64 count = characterCount(body);
    if (count > messageChars)
        return Error::limit(ErrorCode::MessageTooLong,
            QStringLiteral("The message is %1 characters long; the limit is %2 characters.")
                .arg(count)
                .arg(messageChars),
            messageChars, count);
    return {};
}

Result<void> Limits::checkFilesPerMessage(qsizetype count) const
{
    if (count > filesPerMessage)
        return Error::limit(ErrorCode::TooManyFiles,
            QStringLiteral("A message can carry at most %1 files; this one has %2.")
                .arg(filesPerMessage)
                .arg(count),
            filesPerMessage, count);
    return {};
}

Result<void> Limits::checkFileSize(qint64 bytes, bool fromClient) const
{
    const qint64 limit = fromClient ? clientFileBytes : staffFileBytes;
    if (bytes > limit)
        return Error::limit(ErrorCode::FileTooLarge,
            QStringLiteral("The file is %1 bytes; the limit is %2 bytes per file.")
                .arg(bytes)
                .arg(limit),
            limit, bytes);
    return {};
}

Result<void> Limits::checkSharedFolder(qsizetype count) const
{
    if (count > sharedFolderFiles)
        return Error::limit(ErrorCode::SharedFolderFull,
            QStringLiteral("A shared folder holds at most %1 files; this one would hold %2.")
                .arg(sharedFolderFiles)
                .arg(count),
            sharedFolderFiles, count);
    return {};
}

Result<void> Limits::checkTextLength(const QString &field, const QString &text, qint64 maxChars)
{
    const qint64 count = characterCount(text);
    if (count > maxChars) {
        Error error = Error::limit(ErrorCode::InvalidField,
            QStringLiteral("The field \"%1\" is %2 characters long; the limit is %3.")
                .arg(field)
                .arg(count)
                .arg(maxChars),
            maxChars, count);
        error.details.insert(QStringLiteral("field"), field);
        return error;
    }
    return {};
}

} // namespace parley::protocol
