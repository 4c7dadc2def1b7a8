// TusEndpoint: /api/v1/uploads/ as tus 1.0.0 core with the creation, checksum (sha1,
// sha256), expiration and termination extensions. Bytes go straight to the upload's part
// file; a complete upload becomes a content-addressed blob. Only the uploader sees an upload.
#pragma once

#include "blobfolder.h"
#include "protocol/digest.h"
#include "protocol/limits.h"
#include "store/uploadstore.h"
#include "transferauth.h"
#include "transferendpoint.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace parley::server {

using protocol::Digest;

class TusEndpoint : public QObject, public TransferEndpoint
{
    Q_OBJECT
public:
    static constexpr auto Path = "/api/v1/uploads";

    struct Options
    {
        qint64 expiryMs = 24LL * 60 * 60 * 1000; // an unfinished upload lives this long idle
        int sweepIntervalMs = 60 * 60 * 1000;
        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    };

    TusEndpoint(CallerOf caller, UploadStore uploads, BlobFolder folder, protocol::Limits limits,
        Options options, QObject *parent = nullptr);
    ~TusEndpoint() override;

    bool claims(const QString &path) const override;
    Start start(const HttpHead &head) override;

    // Removes the part files of unfinished uploads past their expiry.
    void sweepExpired();

private:
    class Writer;
    friend class Writer;

    // What this process knows of an upload between requests: the whole-file digest up to
    // offset, and the request writing to it now.
    struct Live
    {
        qint64 offset = 0;
        Digest digest { Digest::Algorithm::Sha256 };
        Writer *writer = nullptr;
    };

    TransferReply options(const HttpHead &head);
    TransferReply create(const HttpHead &head, const Principal &principal);
    Start patch(const HttpHead &head, const UploadRow &row);
    TransferReply describe(const UploadRow &row);
    TransferReply terminate(const UploadRow &row);
    // Cuts off a request still writing this upload and drops a chunk a crash left unverified.
    protocol::Result<qint64> settle(const UploadRow &row);
    // The digest of the part's first offset bytes, from memory or read back from disk.
    protocol::Result<Digest> digestUpTo(const QString &id, qint64 offset);
    QByteArray expiresHeader(const QDateTime &at) const;
    TransferReply withTus(TransferReply reply) const;

    CallerOf m_caller;
    UploadStore m_uploads;
    BlobFolder m_folder;
    protocol::Limits m_limits;
    Options m_options;
    QHash<QString, Live> m_live;
    QTimer m_sweep;
};

} // namespace parley::server
