// Opening and saving message files.
#include "attachmentfiles.h"

#include "sync/transferqueue.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

namespace parley::ui::AttachmentFiles {

namespace {
void download(sync::TransferQueue *transfers, const protocol::Attachment &file,
    const QString &target, bool openWhenDone, QWidget *parent, Failed failed)
{
    QPointer<QWidget> alive(parent);
    transfers->enqueueDownload(file.sha256, file.name, target,
        [alive, openWhenDone, failed = std::move(failed)](const protocol::Result<QString> &path) {
            if (!alive)
                return;
            if (!path) {
                if (failed && !path.error().is("cancelled"))
                    failed(path.error());
                return;
            }
            if (openWhenDone)
                QDesktopServices::openUrl(QUrl::fromLocalFile(path.value()));
        });
}
} // namespace

void open(sync::TransferQueue *transfers, const protocol::Attachment &file, QWidget *parent,
    Failed failed)
{
    if (file.sha256.isEmpty())
        return; // a share whose access was removed
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                               .filePath(QStringLiteral("working copies/") + file.sha256.left(16));
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(file.name);
    if (QFileInfo::exists(target)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
        return;
    }
    download(transfers, file, target, true, parent, std::move(failed));
}

void saveAs(sync::TransferQueue *transfers, const protocol::Attachment &file, QWidget *parent,
    Failed failed)
{
    if (file.sha256.isEmpty())
        return;
    const QString target = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("AttachmentFiles", "Save File"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .filePath(file.name));
    if (target.isEmpty())
        return;
    download(transfers, file, target, false, parent, std::move(failed));
}

} // namespace parley::ui::AttachmentFiles
