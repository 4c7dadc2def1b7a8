// Building replies.
#include "apireply.h"

#include "common/errors.h"

namespace parley::server {

ApiReply ApiReply::ok(QJsonObject body, int status)
{
    return ApiReply { status, std::move(body), {} };
}

ApiReply ApiReply::error(const protocol::Error &error)
{
    return ApiReply { httpStatusFor(error), error.toBody(), {} };
}

} // namespace parley::server
