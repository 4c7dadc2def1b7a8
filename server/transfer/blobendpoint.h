// BlobEndpoint: GET and HEAD /api/v1/blobs/{sha256}: a file's bytes streamed from the blob
// folder, with ETag (the sha256), If-None-Match, Range and If-Range, so a download resumes.
// Who may read a blob is AccessPolicy::canReadBlob; anyone else gets 404. Every GET that
// serves bytes is audited first (DownloadAudit); a HEAD or a 304 serves none.
#pragma once

#include "blobfolder.h"
#include "transferauth.h"
#include "transferendpoint.h"

namespace parley::server {

class AccessPolicy;
class DownloadAudit;

class BlobEndpoint : public TransferEndpoint
{
public:
    static constexpr auto Path = "/api/v1/blobs/";

    BlobEndpoint(CallerOf caller, AccessPolicy &access, DownloadAudit &audit, BlobFolder folder);

    bool claims(const QString &path) const override;
    Start start(const HttpHead &head) override;

private:
    TransferReply answer(const HttpHead &head);

    CallerOf m_caller;
    AccessPolicy &m_access;
    DownloadAudit &m_audit;
    BlobFolder m_folder;
};

} // namespace parley::server
