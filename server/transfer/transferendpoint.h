// TransferEndpoint: one family of streamed routes (tus uploads, blob downloads). For each
// request head it answers at once or asks for the body through a BodySink.
#pragma once

#include "transferreply.h"

#include <functional>
#include <memory>

namespace parley::server {

struct HttpHead;

// Receives a request body piece by piece as it arrives; never the whole of it.
class BodySink
{
public:
    virtual ~BodySink() = default;
    // False when the bytes cannot be kept (disk full...): the connection answers finish().
    virtual bool write(const QByteArray &piece) = 0;
    // False while the sink is still busy with what it was given: the connection stops
    // reading until resume() is called.
    virtual bool ready() const { return true; }
    // The whole body arrived (or write() refused): the answer.
    virtual TransferReply finish() = 0;
    // The connection was lost or cancelled before the end of the body.
    virtual void abandon() = 0;

    // Set by the connection: cuts it off (e.g. a newer request for the same upload).
    std::function<void()> cancel;
    // Set by the connection: reading goes on after ready() said no.
    std::function<void()> resume;
};

class TransferEndpoint
{
public:
    virtual ~TransferEndpoint() = default;

    virtual bool claims(const QString &path) const = 0;

    struct Start
    {
        TransferReply reply; // the answer, unless sink is set
        std::unique_ptr<BodySink> sink; // read the body into it, then answer its finish()
    };
    virtual Start start(const HttpHead &head) = 0;
};

} // namespace parley::server
