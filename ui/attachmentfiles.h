// AttachmentFiles: a file on a message opened with the system application (downloaded once
// per content into the cache folder, so two versions of one name never overwrite each other)
// or saved where the user says; both go through the transfer queue.
#pragma once

#include "protocol/attachment.h"
#include "protocol/error.h"

#include <functional>

class QWidget;

namespace parley::sync {
class TransferQueue;
}

namespace parley::ui::AttachmentFiles {

// failed is called (unless the user cancelled) when the download does not finish.
using Failed = std::function<void(const protocol::Error &error)>;

void open(sync::TransferQueue *transfers, const protocol::Attachment &file, QWidget *parent,
    Failed failed = {});
// Asks where, then downloads the file there.
void saveAs(sync::TransferQueue *transfers, const protocol::Attachment &file, QWidget *parent,
    Failed failed = {});

} // namespace parley::ui::AttachmentFiles
