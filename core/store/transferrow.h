// TransferRow: an upload or download kept in the cache until it finishes, so the transfer
// queue takes it up again after the app restarts (an upload resumes at its tus URL, a
// download from its part file).
#pragma once

#include <QMetaType>
#include <QString>

namespace parley::store {

struct TransferRow
{
    qint64 id = 0; // set by the store
    QString direction = QStringLiteral("upload"); // upload | download
    QString path; // upload: the source file; download: the target file
    QString name;
    QString sha256; // download
    QString uploadUrl; // upload, once the server created it
    qint64 matterId = 0; // upload: becomes a new document of this matter (0: none)
    bool paused = false;

    friend bool operator==(const TransferRow &, const TransferRow &) = default;
};

} // namespace parley::store

Q_DECLARE_METATYPE(parley::store::TransferRow)
