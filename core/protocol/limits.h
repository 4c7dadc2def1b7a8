// Limits: the server's policy limits and the checks that name them in their errors.
#pragma once

#include "result.h"

#include <QString>

namespace parley::protocol {

struct Limits
{
    qint64 messageChars = 65518;
    int filesPerMessage = 130;
    qint64 staffFileBytes = 5368709120LL; // 5 GB
    qint64 clientFileBytes = 104857600LL; // 100 MB
    int sharedFolderFiles = 130;
    int titleChars = 200;
    int nameChars = 200;
    int clientTxnIdChars = 64;
    int membersPerConversation = 500;

    Result<void> checkMessageBody(const QString &body) const;
    Result<void> checkFilesPerMessage(qsizetype count) const;
    // fromClient: a portal client's upload, held to the smaller limit.
    Result<void> checkFileSize(qint64 bytes, bool fromClient) const;
    Result<void> checkSharedFolder(qsizetype count) const;
    // A short text field (title, name): not longer than maxChars.
    static Result<void> checkTextLength(const QString &field, const QString &text, qint64 maxChars);

    friend bool operator==(const Limits &, const Limits &) = default;
};

// Characters as people count them: Unicode code points, not UTF-16 units.
qint64 characterCount(const QString &text);

} // namespace parley::protocol
